// Not the knowledge index: the popup's first screen renders through this, and the index carries
// the whole knowledge data with it.
import { interpolate, lookup, type Params } from '../knowledge/catalogs.ts';
import type { Locale } from '../knowledge/ids.ts';
import { text } from '../knowledge/text.ts';

/** Quotes inside a quoted value take the inner form: 「「設定」を閉じる」 is 「『設定』を閉じる」. */
const NESTED_QUOTES: readonly (readonly [string, string, string, string])[] = [
  ['「', '」', '『', '』'],
  ['“', '”', '‘', '’'],
];

/** The values a template quotes, their own quotes turned into inner ones. */
function nestQuotes(template: string, params: Params): Params {
  const nested = Object.entries(params).map(([name, value]) => {
    const pair = NESTED_QUOTES.find(([open, close]) =>
      template.includes(`${open}{${name}}${close}`),
    );
    if (!pair || typeof value !== 'string') return [name, value];
    const [open, close, innerOpen, innerClose] = pair;
    return [name, value.replaceAll(open, innerOpen).replaceAll(close, innerClose)];
  });
  return Object.fromEntries(nested) as Params;
}

/** Fills a template; a value it quotes keeps its own quotes as inner ones. */
export const fillQuoted = (template: string, params: Params = {}): string =>
  interpolate(template, nestQuotes(template, params));

/** Params naming other texts ("@cause.x.title") rendered, and quoted ones nested. */
export function renderedParams(locale: Locale, template: string, params: Params = {}): Params {
  const rendered = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'string' && value.startsWith('@')
        ? text(locale, value.slice(1), params)
        : value,
    ]),
  );
  return nestQuotes(template, rendered);
}

/** A knowledge sentence, a title it quotes keeping its own quotes as inner ones. */
export function knowledgeText(locale: Locale, key: string, params?: Params): string {
  const template = lookup('knowledge', locale, key);
  return text(
    locale,
    key,
    template === undefined ? params : renderedParams(locale, template, params),
  );
}
