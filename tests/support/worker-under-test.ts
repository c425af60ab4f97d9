import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RouterEffects } from '../../src/background/router';

/**
 * For a describe block that sends messages to the worker's router: each test starts with empty
 * storage and no network (a fetch answers `{}`), and the returned effects record each opening of
 * the flow afresh.
 */
export function workerUnderTest(): RouterEffects & { openFlow: ReturnType<typeof vi.fn> } {
  const effects = { openFlow: vi.fn(async () => undefined) };
  beforeEach(() => {
    fakeBrowser.reset();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}')),
    );
    effects.openFlow.mockClear();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
  return effects;
}
