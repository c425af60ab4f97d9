import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../i18n';
import { loadCatalogs, loaded, type Part } from '../i18n/load';

/**
 * Whether every catalog of these families is loaded for each of the locales, starting the
 * loads on first use: a view renders its texts only then, so no other language flashes first.
 */
export function useCatalogs(locales: readonly Locale[], families: readonly Part[]): boolean {
  const ready = locales.every((l) => loaded(l, families));
  const [, setVersion] = useState(0);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void Promise.all(locales.map((l) => loadCatalogs(l, families))).then(() => {
      if (live) setVersion((v) => v + 1);
    });
    return () => {
      live = false;
    };
  }, [locales.join(), families.join(), ready]);
  return ready;
}

/**
 * The locale to show: `wanted` once its catalogs are loaded, until then the one shown before
 * (a language switch keeps the page readable while the new texts load); undefined at first and
 * while `wanted` is not known yet.
 */
export function useShownLocale(
  wanted: Locale | undefined,
  families: readonly Part[],
): Locale | undefined {
  // Kept as it renders, not after: a change of `families` right after the first render (the
  // popup loading the rest at its first use) must not blank the page.
  const shown = useRef<Locale>();
  const ready = useCatalogs(wanted ? [wanted] : [], families) && wanted !== undefined;
  if (ready) shown.current = wanted;
  return shown.current;
}
