import { describe, expect, it, vi } from 'vitest';
import type { ExtensionApi } from '../../../src/inpage/extension-api';
import { reportStatus } from '../../../src/inpage/report-status';
import type { AppleStatusObservation } from '../../../src/pages/observation';

const api = (answer: () => Promise<unknown>) =>
  ({ runtime: { sendMessage: vi.fn(answer) } }) as unknown as ExtensionApi;

const observation = {
  kind: 'apple-status',
  icloudBackup: { state: 'available' },
} as unknown as AppleStatusObservation;

describe('the status reading reported, with the hint texts asked in the same message', () => {
  it("sends the reading once with the page's language and takes the texts it is given", async () => {
    const texts = { 'hint.dismiss': 'Schließen' };
    const de = api(async () => ({ ok: true, texts }));
    const hint = { locale: 'de', situation: 'available|available|' } as const;
    await expect(reportStatus(de, observation, hint)).resolves.toEqual(texts);
    expect(de.runtime.sendMessage).toHaveBeenCalledOnce();
    expect(de.runtime.sendMessage).toHaveBeenCalledWith({
      type: 'observation',
      site: 'status',
      observation,
      hint,
    });
  });

  it.each([
    ['no answer', async () => undefined],
    ['a refusal', async () => ({ ok: false })],
    ['an answer without texts (the situation was dismissed)', async () => ({ ok: true })],
    ['texts that are not strings', async () => ({ ok: true, texts: { 'hint.label': 42 } })],
    ['a list', async () => ({ ok: true, texts: ['x'] })],
    [
      'a reloaded extension',
      async () => {
        throw new Error('Extension context invalidated.');
      },
    ],
  ])('gives no texts for %s', async (_label, answer) => {
    const hint = { locale: 'en', situation: 'unknown|unknown|' } as const;
    await expect(reportStatus(api(answer), observation, hint)).resolves.toBeUndefined();
  });
});
