import type { Locale } from '../knowledge/ids.ts';
import type { Params } from '../engine/types.ts';

/** A size as the engine writes it into a sentence's parameters (formatBytes in English). */
const ENGLISH_SIZE = /^(\d+(?:\.\d+)?) (MB|GB|TB)$/;
const UNITS: Record<string, string> = { MB: 'megabyte', GB: 'gigabyte', TB: 'terabyte' };

/**
 * The engine fills sizes into its sentences in English ("351.6 MB"), as its own summaries are
 * English; a sentence shown in another language says them that language's way ("351,6 Mo",
 * "1,9 GB"), with formatBytes' options, so they read as in the storage panel. Kept apart from
 * the engine's storage math, which would bring the knowledge data into the popup's first screen.
 */
export function localizeSizes(params: Params | undefined, locale: Locale): Params | undefined {
  if (params === undefined || locale === 'en') return params;
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      const size = typeof value === 'string' ? ENGLISH_SIZE.exec(value) : null;
      if (!size) return [name, value];
      const format = new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: UNITS[size[2]!],
        unitDisplay: 'short',
        maximumFractionDigits: 1,
        useGrouping: false,
      });
      return [name, format.format(Number(size[1])).replace(/[\u00a0\u202f]/g, ' ')];
    }),
  );
}
