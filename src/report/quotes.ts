// Not the knowledge index: the popup's first screen renders through this, and the index carries
// the whole knowledge data with it.
import { interpolate, lookup, type Params } from '../knowledge/catalogs.ts';
import type { Locale } from '../knowledge/ids.ts';
import { fillForms, formatCount, text } from '../knowledge/text.ts';

/**
 * Each language's quotes and the kind a quotation inside them takes: 「「設定」を閉じる」 is
 * 「『設定』を閉じる」, „Tippe auf „Jetzt sichern““ is „Tippe auf ‚Jetzt sichern‘“, and « » holds
 * “ ” in French, Spanish and Italian (French sets « » apart with no-break spaces, “ ” not).
 */
const NESTED_QUOTES: readonly { outer: readonly [string, string]; inner: string }[] = [
  { outer: ['「', '」'], inner: '『$1』' },
  { outer: ['『', '』'], inner: '「$1」' },
  { outer: ['„', '“'], inner: '‚$1‘' },
  { outer: ['“', '”'], inner: '‘$1’' },
  { outer: ['‘', '’'], inner: '“$1”' },
  { outer: ['«', '»'], inner: '“$1”' },
  { outer: ['"', '"'], inner: "'$1'" },
];

// None of the marks means anything in a pattern, so they go into one as they are.
const SPACE = '[ \\u00a0\\u202f]?';

/**
 * A quotation in the value: its marks matched as a pair. ’ closes ‘ ’ but is also the apostrophe,
 * so it closes a quotation only where no letter follows ("‘Don’t’"); the other closing marks may
 * run straight into the text ("「設定」を閉じる").
 */
const quotation = ([open, close]: readonly [string, string]) =>
  new RegExp(`${open}${SPACE}(.*?)${SPACE}${close}${close === '’' ? '(?!\\p{L})' : ''}`, 'gu');

/** The values a template quotes, their own quotes turned into inner ones. */
function nestQuotes(template: string, params: Params): Params {
  const nested = Object.entries(params).map(([name, value]) => {
    if (typeof value !== 'string') return [name, value];
    const pair = NESTED_QUOTES.find(({ outer: [open, close] }) =>
      new RegExp(`${open}${SPACE}\\{${name}\\}${SPACE}${close}`).test(template),
    );
    return [name, pair ? value.replace(quotation(pair.outer), pair.inner) : value];
  });
  return Object.fromEntries(nested) as Params;
}

/**
 * Numbers written the language's way, except a count a plural form in the template picks by
 * (`{days|one:…}`, either end of `{min-max|one:…}`): the knowledge's renderer needs that one as
 * a number.
 */
function localizeCounts(locale: Locale, template: string, params: Params): Params {
  const picksForm = (name: string) =>
    template.includes(`{${name}|`) ||
    template.includes(`{${name}-`) ||
    template.includes(`-${name}|`);
  const entries = Object.entries(params).map(([name, value]) =>
    typeof value === 'number' && !picksForm(name)
      ? [name, formatCount(locale, value)]
      : [name, value],
  );
  return Object.fromEntries(entries) as Params;
}

/**
 * Fills a template; a value it quotes keeps its own quotes as inner ones. Given the language, its
 * plural and value forms are picked (fillForms, as the knowledge's texts get them) and its
 * numbers written that language's way.
 */
export function fillQuoted(template: string, params: Params = {}, locale?: Locale): string {
  if (!locale) return interpolate(template, nestQuotes(template, params));
  const formed = fillForms(locale, template, params);
  return interpolate(formed, nestQuotes(formed, localizeCounts(locale, formed, params)));
}

/**
 * Params naming other texts ("@cause.x.title") rendered, numbers written the language's way,
 * and quoted ones nested.
 */
export function renderedParams(locale: Locale, template: string, params: Params = {}): Params {
  const rendered = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'string' && value.startsWith('@')
        ? text(locale, value.slice(1), params)
        : value,
    ]),
  );
  return nestQuotes(template, localizeCounts(locale, template, rendered));
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
