import { retentionDays } from '../../content/knowledge/storage.json';
import { lookup } from './catalogs.ts';
import type { Locale } from './ids.ts';

// Apart from the data (index.ts), so a page can render knowledge texts before it loads the data.

/**
 * Figures the data defines once and texts quote (`{retention}` days): every knowledge text
 * gets them, so a text never restates a number the data may change. Only this one figure of
 * the data is bundled with it.
 */
const DATA_PARAMS: Record<string, number> = { retention: retentionDays };

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
    const template = lookup('knowledge', locale, k) ?? k;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name] ?? DATA_PARAMS[name];
      if (value === undefined) return whole;
      // Depth limit: a reference never needs more than two hops, and cycles must not hang.
      if (typeof value === 'string' && value.startsWith('@') && depth < 2)
        return render(value.slice(1), depth + 1);
      return String(value);
    });
  };
  return render(key, 0);
}
