/**
 * Cities, which people name in brackets after a device to tell two apart ("iPhone 13 (Chicago)",
 * "iPad (München)"): there the bracket says where the device is, not whose it is. The English
 * names of about 400 cities come from the browser's own time zones (America/Chicago,
 * Europe/Warsaw), so none are shipped; the local forms of large cities, and large cities without a
 * time zone of their own or under a new name (Kyiv, Kolkata), are listed in Latin and Cyrillic
 * letters only, since a bracket is read for a name only in scripts with capitals. Cities that are
 * also first names stay out ("(Sofia)", "(Austin)", "(Florence)"): masking stays their reading.
 */

const LOCAL_NAMES = `münchen|köln|frankfurt|hamburg|düsseldorf|stuttgart|leipzig|nürnberg|
  marseille|lyon|toulouse|lille|genève|bruxelles|brussel|antwerpen|milano|roma|torino|napoli|
  firenze|venezia|genova|bologna|barcelona|valencia|sevilla|málaga|porto|den haag|rotterdam|
  göteborg|malmö|københavn|warszawa|kraków|wrocław|gdańsk|poznań|łódź|praha|manchester|birmingham|
  liverpool|leeds|glasgow|edinburgh|montréal|san francisco|seattle|boston|miami|osaka|kyoto|москва|
  санкт-петербург|київ|киев|одеса|одесса|львів|харків|ankara|izmir|hà nội|sài gòn|mumbai|delhi|kyiv|kolkata|yangon|kathmandu|
  bangalore`;

/** Time-zone cities that are also names or words ("(Sofia)", "(Regina)", "(Easter)"). */
const NAME_LIKE = new Set(
  `santiago sofia regina adelaide darwin hobart phoenix stanley samara beulah jamaica aden chita
  lindeman vienna lima marengo knox louisville juneau nome sitka monticello center christmas
  easter dawson mendoza merida chatham wallis oral wake sydney`.split(/\s+/),
);

let cities: Set<string> | undefined;

/** Lower case, accents folded: "Kraków" and "Krakow", "São Paulo" and "Sao_Paulo" alike. */
const fold = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\s_]+/g, ' ')
    .toLowerCase()
    .trim();

function cityNames(): Set<string> {
  const names = new Set<string>();
  const zones =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  for (const zone of zones) {
    const [area, ...rest] = zone.split('/');
    // Antarctic stations bear people's names; "Etc/…" are offsets.
    if (area === 'Antarctica' || area === 'Etc' || rest.length === 0) continue;
    names.add(fold(rest.at(-1)!));
  }
  for (const name of LOCAL_NAMES.split('|')) names.add(fold(name));
  for (const name of NAME_LIKE) names.delete(name);
  return names;
}

export function isCity(words: string): boolean {
  cities ??= cityNames();
  return cities.has(fold(words));
}
