import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadCatalogs } from '../../../src/i18n/load';
import { sessionItem } from '../../../src/storage/items';
import { newSession } from '../../../src/storage/session';
import { App, START_PARTS } from '../../../src/ui/App';

// The flow's code (checks, engine, storage writes) loads only when the test lets it.
const engine = vi.hoisted(() => {
  let load = () => {};
  const loaded = new Promise<void>((resolve) => (load = resolve));
  return { load: () => load(), loaded, asked: false };
});
vi.mock('../../../src/ui/flow-engine', async (original) => {
  engine.asked = true;
  await engine.loaded;
  return original();
});

describe('the popup before the flow has loaded', () => {
  // As the popup's page does before its first render (entrypoints/popup/main.tsx).
  beforeAll(() => loadCatalogs('en', START_PARTS));
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('shows a new start screen at once, keeps a choice made there, and loads the rest after', async () => {
    const fresh = { session: null, observations: null, preferences: null };
    const resumed = { ...fresh, session: { ...newSession(new Date()), screen: 'results' } };
    const start = render(<App languageTag="en-US" stored={{ values: fresh }} />);
    const results = render(<App languageTag="en-US" stored={{ values: resumed }} />);
    const first = within(start.container);

    expect(first.getByRole('heading', { name: 'What do you see?' })).toBeTruthy();
    expect(first.getAllByRole('button', { name: /.+/ }).length).toBeGreaterThan(6);
    // Progress waits for the checks: a frame, never a start screen first.
    expect(results.container.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(within(results.container).queryByRole('heading')).toBeNull();
    // The rest is asked for once the start screen is on screen, not before.
    await waitFor(() => expect(engine.asked).toBe(true));

    fireEvent.click(first.getByRole('button', { name: "I don't know / no message" }));
    expect(first.getByRole('heading', { name: 'What do you see?' })).toBeTruthy();
    engine.load();
    expect(await first.findByText('Question 1')).toBeTruthy();
    await waitFor(async () =>
      expect(((await sessionItem.getValue()) as { screen: string }).screen).toBe('questions'),
    );
    expect(
      await within(results.container).findByRole('heading', { name: 'What to do now' }),
    ).toBeTruthy();
    expect(screen.queryAllByRole('heading', { name: 'What do you see?' })).toHaveLength(0);
  });
});
