import { describe, expect, it, vi } from 'vitest';
import type { ExtensionApi } from '../../../src/inpage/extension-api';
import { requestHintTexts } from '../../../src/inpage/hint-texts';

const api = (answer: () => Promise<unknown>) =>
  ({ runtime: { sendMessage: vi.fn(answer) } }) as unknown as ExtensionApi;

describe('hint texts asked from the worker', () => {
  it("asks for the page's language and takes the texts it is given", async () => {
    const texts = { 'hint.dismiss': 'Schließen' };
    const de = api(async () => ({ ok: true, texts }));
    await expect(requestHintTexts(de, 'de', 'available|available|')).resolves.toEqual(texts);
    expect(de.runtime.sendMessage).toHaveBeenCalledWith({
      type: 'hint-texts',
      locale: 'de',
      situation: 'available|available|',
    });
  });

  it.each([
    ['no answer', async () => undefined],
    ['a refusal', async () => ({ ok: false })],
    ['texts that are not strings', async () => ({ ok: true, texts: { 'hint.label': 42 } })],
    ['a list', async () => ({ ok: true, texts: ['x'] })],
    [
      'a reloaded extension',
      async () => {
        throw new Error('Extension context invalidated.');
      },
    ],
  ])('gives nothing for %s', async (_label, answer) => {
    await expect(requestHintTexts(api(answer), 'en', 'unknown|unknown|')).resolves.toBeUndefined();
  });
});
