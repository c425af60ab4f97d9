import { describe, expect, it } from 'vitest';
import {
  bundledStartTexts,
  decodeStartMessage,
  encodeStartMessage,
  START_MESSAGE,
} from '../../../src/i18n/bundled-start';
import type { StartTexts } from '../../../src/knowledge/start-slice';

const texts: StartTexts = {
  ui: { 'start.title': 'What do you see?', 'price.note': 'Costs $1 or $name$ or $$ a month' },
  slice: {
    alerts: [{ id: 'storage-full', title: 'Not enough storage', patterns: ['not enough', '$9'] }],
    symptoms: [{ id: 'stuck_estimating', title: 'It stays stuck' }],
  },
};

/** What a browser's `i18n.getMessage` returns for a message text: `$$` is a literal `$`. */
const asBrowserReturns = (message: string) => message.replaceAll('$$', '$');

describe('the start texts in the message bundle', () => {
  it('come back as they were written, `$` signs included', () => {
    const message = encodeStartMessage('fr', texts);
    expect(decodeStartMessage(asBrowserReturns(message), 'fr')).toEqual(texts);
  });

  it('leave no `$` that a browser would read as a placeholder', () => {
    const message = encodeStartMessage('en', texts);
    expect(message.replaceAll('$$', '')).not.toContain('$');
  });

  it('are not used for another language than the one the popup picked', () => {
    const message = asBrowserReturns(encodeStartMessage('de', texts));
    expect(decodeStartMessage(message, 'de')).toEqual(texts);
    expect(decodeStartMessage(message, 'en')).toBeUndefined();
  });

  it.each([
    ['a missing message (the browser returns "")', ''],
    ['text that is not JSON', '{"locale":"en",'],
    ['JSON of another shape', '["en"]'],
    ['no texts', '{"locale":"en"}'],
    [
      'a text that is not a string',
      '{"locale":"en","texts":{"ui":{"a":1},"slice":{"alerts":[],"symptoms":[]}}}',
    ],
    [
      'an alert without its wordings',
      '{"locale":"en","texts":{"ui":{},"slice":{"alerts":[{"id":"a","title":"A"}],"symptoms":[]}}}',
    ],
    [
      'a symptom without a title',
      '{"locale":"en","texts":{"ui":{},"slice":{"alerts":[],"symptoms":[{"id":"s"}]}}}',
    ],
  ])('are refused when the message is %s', (_case, message) => {
    expect(decodeStartMessage(message, 'en')).toBeUndefined();
  });

  it('are read through the browser, by name, and refused when the browser throws', () => {
    const asked: string[] = [];
    const getMessage = (name: string) => {
      asked.push(name);
      return asBrowserReturns(encodeStartMessage('ja', texts));
    };
    expect(bundledStartTexts(getMessage, 'ja')).toEqual(texts);
    expect(asked).toEqual([START_MESSAGE]);
    const broken = () => {
      throw new Error('Extension context invalidated.');
    };
    expect(bundledStartTexts(broken, 'ja')).toBeUndefined();
  });
});
