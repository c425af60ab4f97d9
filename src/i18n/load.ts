import {
  catalogOf,
  catalogPath,
  provideCatalog,
  type Catalog,
  type Family,
} from '../knowledge/catalogs';
import type { Locale } from '../knowledge/ids';
import type { StartSlice, StartTexts } from '../knowledge/start-slice';

type Loaders<T> = Record<string, () => Promise<T>>;

/**
 * Every catalog the pages may need, one chunk per file, found by directory: a new language
 * needs no line here. (The hint texts reach the content script through the worker:
 * src/background/hint-texts.ts.)
 */
const LOADERS: Loaders<Catalog> = {
  ...import.meta.glob<Catalog>('../../content/locales/*/ui.json', { import: 'default' }),
  ...import.meta.glob<Catalog>('../../content/locales/*/knowledge.json', { import: 'default' }),
  ...import.meta.glob<Catalog>('../../content/locales/*/report.json', { import: 'default' }),
  ...import.meta.glob<Catalog>('../../content/locales/*/export.json', { import: 'default' }),
  ...import.meta.glob<Catalog>('../../content/locales/*/guide.json', { import: 'default' }),
};

/** Each language's first screen: its `ui` texts and the list cut from its knowledge at build time. */
const START_LOADERS: Loaders<StartTexts> = import.meta.glob<StartTexts>(
  '../../content/locales/*/ui.json',
  { query: '?start', import: 'default' },
);

/**
 * What a page loads: catalog families, and `start`, the popup's first screen (StartTexts), which
 * brings the `ui` family of its language with it.
 */
export type Part = Family | 'start';

/** The popup's start screen: its own texts and the list of known messages, one file (StartTexts). */
export const START_PARTS: readonly Part[] = ['start'];

const slices = new Map<Locale, StartSlice>();
const pending = new Map<string, Promise<void>>();

/** The start screen's list in `locale`, once loaded. */
export const startSliceOf = (locale: Locale): StartSlice | undefined => slices.get(locale);

function fileFor<T>(loaders: Loaders<T>, family: Family, locale: Locale) {
  const path = Object.keys(loaders).find((p) => {
    const where = catalogPath(p);
    return where?.family === family && where.locale === locale;
  });
  return path === undefined ? undefined : loaders[path];
}

function register(locale: Locale, { ui, slice }: StartTexts): void {
  slices.set(locale, slice);
  if (!catalogOf('ui', locale)) provideCatalog('ui', locale, ui);
}

/**
 * Start texts had without a file (the message bundle: bundled-start.ts); `start` in that
 * language then loads nothing.
 */
export function provideStartTexts(locale: Locale, texts: StartTexts): void {
  const key = `start/${locale}`;
  if (pending.has(key)) return;
  register(locale, texts);
  pending.set(key, Promise.resolve());
}

function loadOne(part: Part, locale: Locale): Promise<void> {
  const key = `${part}/${locale}`;
  let loading = pending.get(key);
  if (!loading) {
    if (part === 'start') {
      const load = fileFor(START_LOADERS, 'ui', locale);
      if (!load) return Promise.resolve();
      loading = load().then((texts) => register(locale, texts));
    } else if (catalogOf(part, locale)) {
      // Brought by `start` already.
      return Promise.resolve();
    } else {
      const load = fileFor(LOADERS, part, locale);
      if (!load) return Promise.resolve();
      loading = load().then((catalog) => provideCatalog(part, locale, catalog));
    }
    pending.set(key, loading);
  }
  return loading;
}

export const loaded = (locale: Locale, parts: readonly Part[]) =>
  parts.every((part) =>
    part === 'start' ? slices.has(locale) : catalogOf(part, locale) !== undefined,
  );

/** Loads the locale's parts (each file once, in parallel). */
export function loadCatalogs(locale: Locale, parts: readonly Part[]): Promise<void> {
  return Promise.all(parts.map((part) => loadOne(part, locale))).then(() => undefined);
}
