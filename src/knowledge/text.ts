import { retentionDays } from '../../content/knowledge/storage.json';
import { ageUnit } from './age.ts';
import { lookup, type Params } from './catalogs.ts';
import type { Locale } from './ids.ts';

// Apart from the data (index.ts), so a page can render knowledge texts before it loads the data.

/**
 * Figures the data defines once and texts quote (`{retention}` days): every knowledge text
 * gets them, so a text never restates a number the data may change. Only this one figure of
 * the data is bundled with it.
 */
export const DATA_PARAMS: Readonly<Record<string, number>> = { retention: retentionDays };

/**
 * A count's noun in the form the language's plural rules pick: `{days} {days|one:day|other:days}`
 * renders "1 day" and "2 days" (and French "0 jour"). Forms are named by Intl.PluralRules
 * categories; a category a text does not list falls back to its "other". A text param picks the
 * form named by its value (`{appleBackupStatus|outage:an outage|other:an issue or outage}`), so a
 * sentence says what is known and keeps its general wording where the value is not given. A range
 * names both ends (`{min}–{max} {min-max|one:minute|other:minutes}`): its noun takes the range's
 * form, which is not always its end's ("0–1 minutes" in English, "0 à 1 minute" in French).
 */
const PLURAL = /\{(\w+)(?:-(\w+))?\|([^{}]+)\}/g;
const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * The Intl.PluralRules category of a count in the language ("one" for French 0 and 1.5), or of
 * the range from `count` to `end`.
 */
export function pluralCategory(locale: Locale, count: number, end?: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale) as RangeRules | undefined;
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  if (end === undefined) return rules.select(count);
  // Not in TypeScript's library yet; a browser without it gets the end's form.
  return rules.selectRange?.(count, end) ?? rules.select(end);
}

type RangeRules = Intl.PluralRules & {
  selectRange?: (start: number, end: number) => Intl.LDMLPluralRule;
};

function formFor(wanted: string, forms: string): string {
  let other = '';
  for (const form of forms.split('|')) {
    const colon = form.indexOf(':');
    const category = form.slice(0, colon);
    if (category === wanted) return form.slice(colon + 1);
    if (category === 'other') other = form.slice(colon + 1);
  }
  return other;
}

const COUNT_FORMATS = new Map<Locale, Intl.NumberFormat>();

/**
 * A number in a sentence as the language writes it ("1,234", "1.234", French "1 234" with a
 * narrow no-break space, so the number never breaks across lines). `String(n)` would show
 * every language the English digits without grouping.
 */
export function formatCount(locale: Locale, n: number): string {
  let format = COUNT_FORMATS.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    COUNT_FORMATS.set(locale, format);
  }
  return format.format(n);
}

/**
 * A count of days said as an age, `{days|age}`: "about 4 years", "6 Tagen" (the `age.*` texts,
 * whose unit `ageUnit` picks), so a backup's age reads the same in every sentence. A param
 * `<name>Approximate`, whatever its value (renderers may write it as text), marks the count as a
 * guess, said without an exact day count.
 */
const AGE = /\{(\w+)\|age\}/g;

/** The param that marks an age param as a guess (`daysApproximate` for `{days|age}`). */
export const approximateParam = (name: string) => `${name}Approximate`;

export function ageText(locale: Locale, days: number, approximate = false): string {
  const { unit, n } = ageUnit(days, approximate);
  return text(locale, `age.${unit}`, { n });
}

/**
 * A template's forms filled in: a count's age (`{days|age}`), its noun's plural
 * (`{days|one:day|other:days}`) and the words a known value picks. The popup's and the summary's
 * own sentences go through this too (fillQuoted).
 */
export function fillForms(locale: Locale, template: string, params: Params): string {
  if (!template.includes('|')) return template;
  return template
    .replace(AGE, (whole, name: string) => {
      const days = params[name];
      return typeof days === 'number'
        ? ageText(locale, days, params[approximateParam(name)] !== undefined)
        : whole;
    })
    .replace(PLURAL, (_, name: string, endName: string | undefined, forms: string) => {
      const value = params[name] ?? DATA_PARAMS[name];
      const end = endName === undefined ? undefined : params[endName];
      return formFor(
        typeof value === 'number'
          ? pluralCategory(locale, value, typeof end === 'number' ? end : undefined)
          : String(value),
        forms,
      );
    });
}

/**
 * A param whose value starts with "@" names another text key (e.g. `{cause: '@cause.network.title'}`)
 * and is rendered in the same locale with the same params, so composed sentences stay localised.
 */
export function text(
  locale: Locale,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const render = (k: string, depth: number): string => {
    const template = fillForms(locale, lookup('knowledge', locale, k) ?? k, params);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name] ?? DATA_PARAMS[name];
      if (value === undefined) return whole;
      // Depth limit: a reference never needs more than two hops, and cycles must not hang.
      if (typeof value === 'string' && value.startsWith('@') && depth < 2)
        return render(value.slice(1), depth + 1);
      return typeof value === 'number' ? formatCount(locale, value) : value;
    });
  };
  return render(key, 0);
}
