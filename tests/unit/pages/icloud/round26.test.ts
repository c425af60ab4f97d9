import { describe, expect, it } from 'vitest';
import { withoutOthers } from '../../../../src/pages/icloud/line-owner';
import { parseIcloudPage } from '../../../../src/pages/icloud/parse-dom';
import { parseStorageText } from '../../../../src/pages/icloud/storage-text';
import { FIXED_NOW, htmlDocument } from '../fixtures';
import { copied, describePanelRounds } from './panel-rounds';
import { U } from './read-as';
import {
  ARIA,
  BIDI,
  FAMILY,
  FREE_WORDS,
  LOWER_UNIT,
  NAMED,
  NOW_FIRST,
  NUMBERS,
  OF_YOUR,
  PERSIAN,
  PLAN_NAMES,
  SPLIT,
  TERMS,
  UNIT_ONCE,
  UNREAD,
} from './round26-probes';

/** Probes read otherwise, by where, language and probe text, with why. */
const LEFT = new Map<string, string>([
  [
    'page en used and total',
    "a term and its value are apart; no rule pairs 'Used' with one size and 'Total' with another (not tried)",
  ],
  ['paste en used and total', 'the same'],
  ['page de used and total', 'the same'],
  ['paste de used and total', 'the same'],
  ['page fr used and total', 'the same'],
  ['paste fr used and total', 'the same'],
  ['page ja used and total', 'the same'],
  ['paste ja used and total', 'the same'],
  [
    'page fr de vos',
    "the paste box drops the possessive (pastedForms); the page's grammar knows only the English 'of your' (OF_BEFORE_WHOLE), and icloud.js has 8 B left",
  ],
  [
    "paste en the plan's line over members",
    'a pasted line naming the family heads the line below it (headedByOther): unread, safe',
  ],
]);

describePanelRounds(
  'round 26',
  [
    ['a bar’s attributes', ARIA],
    ['terms and values', TERMS],
    ['one unit for two figures', UNIT_ONCE],
    ['of your', OF_YOUR],
    ['lower-case units', LOWER_UNIT],
    ['Persian', PERSIAN],
    ['a word for now first', NOW_FIRST],
    ['free words', FREE_WORDS],
    ['family views', FAMILY],
    ['members named', NAMED],
    ['decimal commas and groups', NUMBERS],
    ['bidi marks', BIDI],
    ['figures split over elements', SPLIT],
    ['what stays unread', UNREAD],
  ],
  LEFT,
);

/** The plan the page reader states, or U. */
function pagePlan(heading: string, body: string): string {
  const o = parseIcloudPage(
    htmlDocument(
      `<!doctype html><html><body><main><section><h2>${heading}</h2>${body}</section></main></body></html>`,
    ),
    'https://www.icloud.com/settings/',
    FIXED_NOW,
  );
  return (o.kind === 'icloud-storage' && o.plan) || U;
}

const pastePlan = (heading: string, body: string) =>
  parseStorageText(withoutOthers(copied(heading, body))).plan ?? U;

/** Plans left read otherwise, by language and probe text, with why. */
const LEFT_PLANS = new Map<string, string>([]);

describe('round 26: the plan named beside the usage', () => {
  for (const [where, read] of [
    ['page', pagePlan],
    ['paste', pastePlan],
  ] as const) {
    const cases = PLAN_NAMES.map(
      (c) => [...c, LEFT_PLANS.get(`${where} ${c[2]} ${c[3]}`)] as const,
    );
    it.each(cases.filter((c) => c[5] === undefined))(
      `${where} %s: %s`,
      (heading, body, lang, what, want) => {
        expect(read(heading, body), `${lang} ${what}`).toBe(want);
      },
    );
    it.fails.each(cases.filter((c) => c[5] !== undefined))(
      `${where}, left: %s: %s`,
      (heading, body, _lang, _what, want) => {
        expect(read(heading, body)).toBe(want);
      },
    );
  }
});
