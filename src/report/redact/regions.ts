/**
 * Countries and regions, which people name in brackets after their number ("+44 7700 900123
 * (UK)", "+49 170 1234567 (Deutschland)", "+81 90-1234-5678 (日本)"): there the bracket says
 * where the number is, not whose it is. Country names in every language the masking reads come
 * from the browser's own region names (Intl.DisplayNames), so none are shipped; states and
 * regions, which the browser does not name, are listed. The set is built on the first bracket
 * that needs it.
 */

const LANGUAGES = `en de fr es it pt nl ru pl sv da nb tr ja zh zh-Hant ko cs sk hr sr-Latn bg uk
  el ro hu fi et lt ca vi id ms he ar th hi`.split(/\s+/);

/**
 * Region names that are also first names in the languages read ("Call me at … (Jordan)" names a
 * person as often as a country; "Kuba" is Jakub, "Mauricio" Maurice): masking stays their reading.
 */
const NAME_LIKE = new Set(
  `jordan chad georgia india israel kenya kenia maurice mauricio maurício maurici dominique
  dominica kuba iran francia montserrat`.split(/\s+/),
);

/** Nations within a country, which the browser does not name: "(England)", "(Schottland)". */
const NATIONS = `england|scotland|wales|northern ireland|great britain|britain|angleterre|écosse|
  pays de galles|inglaterra|escocia|gales|inghilterra|scozia|galles|schottland|nordirland|engeland|
  schotland|anglia|szkocja|англия|шотландия`
  .split('|')
  .map((name) => name.trim());

/**
 * States, provinces and regions, which the browser does not name either, in the languages people
 * write them in ("(Texas)", "(Bayern)", "(Cataluña)", "(Małopolska)", "(Татарстан)"): the
 * largest subdivisions of the countries whose languages are read. Those that are also first names
 * are left out (Georgia, Virginia, Victoria, Alberta, Lorraine, Montana, Washington, Devon, Kent).
 */
const SUBDIVISIONS =
  `alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|
  hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|
  michigan|minnesota|mississippi|missouri|nebraska|nevada|new hampshire|new jersey|new mexico|
  new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|
  south carolina|south dakota|tennessee|texas|utah|vermont|west virginia|wisconsin|wyoming|
  ontario|quebec|québec|british columbia|manitoba|saskatchewan|nova scotia|new brunswick|
  newfoundland|prince edward island|yukon|nunavut|new south wales|queensland|tasmania|
  western australia|south australia|northern territory|yorkshire|cornwall|essex|surrey|
  lancashire|cumbria|bayern|bavaria|baden-württemberg|sachsen|saxony|niedersachsen|
  nordrhein-westfalen|nrw|hessen|hesse|thüringen|brandenburg|berlin|hamburg|bremen|saarland|
  rheinland-pfalz|schleswig-holstein|mecklenburg-vorpommern|sachsen-anhalt|tirol|tyrol|
  steiermark|styria|kärnten|salzburg|vorarlberg|niederösterreich|oberösterreich|burgenland|
  wien|zürich|genève|geneva|vaud|tessin|ticino|wallis|valais|graubünden|luzern|aargau|
  bretagne|normandie|occitanie|provence|alsace|bourgogne|auvergne|nouvelle-aquitaine|
  île-de-france|corse|picardie|savoie|hauts-de-france|grand est|wallonie|wallonia|flandre|
  vlaanderen|flanders|andalucía|andalucia|cataluña|catalunya|cataluna|galicia|euskadi|
  país vasco|comunidad valenciana|comunitat valenciana|aragón|aragon|asturias|cantabria|
  navarra|extremadura|castilla y león|castilla-la mancha|canarias|baleares|la rioja|
  lombardia|piemonte|veneto|toscana|lazio|campania|sicilia|sardegna|puglia|calabria|liguria|
  emilia-romagna|marche|umbria|abruzzo|molise|basilicata|trentino|friuli|valle d'aosta|
  são paulo|rio de janeiro|minas gerais|bahia|paraná|rio grande do sul|santa catarina|
  pernambuco|ceará|goiás|espírito santo|distrito federal|jalisco|nuevo león|nuevo leon|cdmx|
  yucatán|puebla|oaxaca|chiapas|sinaloa|veracruz|guanajuato|querétaro|baja california|
  quintana roo|estado de méxico|noord-holland|zuid-holland|gelderland|noord-brabant|brabant|
  utrecht|limburg|friesland|groningen|drenthe|overijssel|flevoland|zeeland|skåne|västra götaland|
  småland|dalarna|gotland|norrland|jylland|sjælland|mazowsze|mazowieckie|małopolska|
  małopolskie|śląsk|śląskie|pomorze|pomorskie|wielkopolska|wielkopolskie|dolny śląsk|
  maharashtra|karnataka|kerala|tamil nadu|gujarat|rajasthan|punjab|uttar pradesh|
  west bengal|telangana|haryana|bihar|odisha|assam|java|jawa barat|jawa tengah|jawa timur|
  sumatra|bali|татарстан|башкортостан|подмосковье|крым|сибирь|урал`
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
  for (const name of [...NATIONS, ...SUBDIVISIONS]) names.add(name);
  for (const name of NAME_LIKE) names.delete(name);
  return names;
}

export function isRegion(words: string): boolean {
  regions ??= regionNames();
  return regions.has(words.toLowerCase().replace(/\s+/g, ' '));
}
