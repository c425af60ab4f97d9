/**
 * Countries and regions, which people name in brackets after their number ("+44 7700 900123
 * (UK)", "+49 170 1234567 (Deutschland)", "+81 90-1234-5678 (日本)"): there the bracket says
 * where the number is, not whose it is. Their names in every language the masking reads come
 * from the browser's own region names (Intl.DisplayNames), so no list is shipped; they are built
 * on the first bracket that needs them.
 */

const LANGUAGES = `en de fr es it pt nl ru pl sv da nb tr ja zh zh-Hant ko cs sk hr sr-Latn bg uk
  el ro hu fi et lt ca vi id ms he ar th hi`.split(/\s+/);

/**
 * Region names that are also first names in the languages read ("Call me at … (Jordan)" names a
 * person as often as a country; "Kuba" is Jakub, "Mauricio" Maurice): masking stays their reading.
 */
const NAME_LIKE = new Set(
  `jordan chad georgia india israel kenya kenia maurice mauricio maurício maurici dominique
  dominica kuba iran francia`.split(/\s+/),
);

/** Nations within a region, which the browser does not name: "(England)", "(Schottland)". */
const NATIONS = `england|scotland|wales|northern ireland|great britain|britain|angleterre|écosse|
  pays de galles|inglaterra|escocia|gales|inghilterra|scozia|galles|schottland|nordirland|engeland|
  schotland|anglia|szkocja|англия|шотландия`
  .split('|')
  .map((name) => name.trim());

let regions: Set<string> | undefined;

function regionNames(): Set<string> {
  const names = new Set<string>();
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const codes = [...letters]
    .flatMap((a) => [...letters].map((b) => a + b))
    .filter((code) => english.of(code));
  // English short names too: "(UK)", "(US)", "(Hong Kong)".
  const displays = [
    new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none', style: 'short' }),
    ...LANGUAGES.map((language) => new Intl.DisplayNames([language], { type: 'region' })),
  ];
  for (const display of displays)
    for (const code of codes) {
      const name = display.of(code);
      if (name && name !== code) names.add(name.toLowerCase());
    }
  for (const name of NATIONS) names.add(name);
  for (const name of NAME_LIKE) names.delete(name);
  return names;
}

export function isRegion(words: string): boolean {
  regions ??= regionNames();
  return regions.has(words.toLowerCase().replace(/\s+/g, ' '));
}
