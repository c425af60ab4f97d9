import { expect } from 'vitest';
import type { Locale } from '../../src/i18n';
import { catalogOf } from '../../src/knowledge/catalogs';
import type { Facts } from '../../src/engine/facts';
import { CREATED_AT } from '../unit/report/fixtures';

/** Round 25's checks of rendered texts, shared by the summary's and the popup's probes. */
export const PLACEHOLDER = /\{\w+(?:\|[^{}]*)?\}/;

/** English words no text in another language needs (Apple's product names aside). */
const ENGLISH = /\b(?:the|and|your|with|this|that|from|steps?|hours|days|outage|unknown)\b/i;

/** French sets : ; ! ? apart with a no-break space; a plain space or none is a slip. */
const FRENCH_SPACING = /(?:[\p{L}\d)»] |[\p{L}\d)»])[;!?](?!\S*\/)|[\p{L}\d)»] :/u;

/** Japanese and Chinese write 。：（） full-width between their own characters. */
const HALF_WIDTH_CJK =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}][.:(]|\)[\p{sc=Han}\p{sc=Hiragana}]/u;

/** A filled text that ends with a period followed by the template's own. */
const DOUBLED = /(?<!\.)\.\.(?!\.)|。。|\.。|。\./;

/** The general wording each status text falls back to, in a language: never said where known. */
export function generalStatusWordings(locale: Locale): string[] {
  const wordings = new Set<string>();
  for (const family of ['knowledge', 'report', 'ui'] as const) {
    for (const template of Object.values(catalogOf(family, locale) ?? {})) {
      // Only the forms naming the state; `{appleBackupStatus|outage:er|other:es}` agrees with it.
      for (const [, forms] of template.matchAll(/\{appleBackupStatus\|(issue:[^{}]+)\}/g)) {
        const other = forms!.split('|').find((form) => form.startsWith('other:'));
        if (other) wordings.add(other.slice('other:'.length));
      }
    }
  }
  return [...wordings].filter((w) => w.length > 0);
}

const at = CREATED_AT.toISOString();
export const OUTAGE_READ: Facts = {
  appleBackupStatus: 'outage',
  sources: { appleBackupStatus: { source: 'apple-status', at } },
};
export const ISSUE_ANSWERED: Facts = {
  appleBackupStatus: 'issue',
  sources: { appleBackupStatus: { source: 'user', at } },
};

export function lintText(locale: Locale, out: string, what: string) {
  expect(out, what).not.toMatch(PLACEHOLDER);
  expect(out, what).not.toMatch(DOUBLED);
  if (locale !== 'en') expect(out, what).not.toMatch(ENGLISH);
  if (locale === 'fr') expect(out, what).not.toMatch(FRENCH_SPACING);
  if (locale === 'ja' || locale === 'zh') expect(out, what).not.toMatch(HALF_WIDTH_CJK);
}
