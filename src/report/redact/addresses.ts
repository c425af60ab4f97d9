import { PARTICLES, isCommon, phrases } from './lexicon.ts';
import { wordAt } from './reader.ts';
import { atWordStart, spansOf, type Span } from './spans.ts';
import { UNITS, unitAt } from './units.ts';

/**
 * Street addresses: a street word and a house number in each language's order ("12 Main Street",
 * "12 rue de la Paix", "Hauptstraße 5", "Calle Mayor 3", "Via Roma 10", "ul. Długa 5", "ул.
 * Ленина, д. 5", "Storgatan 5", "Atatürk Caddesi No: 12"), with the postcode and
 * town that follow; lines that are only a postcode and a town. Labelled addresses and those in
 * Chinese and Japanese are in address-lines.ts.
 */
const START = String.raw`(?<![\p{L}\p{M}\p{N}_.'’-])`;
const NOT_BEFORE_STREET = /[\p{L}\p{M}\p{N}_.'’-]/u;
/** After a first digit: it does not follow a word (cheaper than a leading lookbehind). */
const AFTER_NON_WORD = String.raw`(?<![\p{L}\p{M}\p{N}_.'’-]\d)`;
const WORD = String.raw`[\p{L}\p{M}][\p{L}\p{M}'’.-]*`;

const EN_TYPES =
  'street|st|road|rd|avenue|ave|boulevard|blvd|lane|ln|terrace|crescent|parkway|pkwy|highway|hwy';
/** English street words that are ordinary words too: only capitalised ("7 Rosewood Close"). */
const EN_CAPITAL_TYPES =
  'Drive|Dr|Way|Close|Place|Court|Ct|Square|Sq|Circle|Trail|Row|Mews|Gardens|Grove|Hill|Walk|Park|Green|Loop|Alley|Plaza|Quay|Rise|Heights';
const numberFirst = (types: string, flags: string) =>
  new RegExp(
    String.raw`\d${AFTER_NON_WORD}\d{0,4}[A-Za-z]?[ \t]+(?<words>(?:${WORD}[ \t]+){1,3})(?:${types})\.?(?![\p{L}\p{N}])`,
    flags,
  );
const EN_STREET = numberFirst(EN_TYPES, 'giu');
const EN_CAPITAL_STREET = numberFirst(EN_CAPITAL_TYPES, 'gu');

/** French number first, then the street word and its name: "8 bis avenue Victor Hugo". */
const FR_STREET = new RegExp(
  String.raw`\d${AFTER_NON_WORD}\d{0,3}(?:[ \t]?(?:bis|ter|[a-d]))?,?[ \t]+(?:rue|avenue|av\.|boulevard|bd|blvd|place|pl\.|allée|allee|impasse|chemin|quai|route|cours|passage|rte|faubourg)[ \t]+`,
  'giu',
);
/** Street word first, then its name and the number: "Calle de Alcalá 120", "via Roma, 10". */
const NAME_FIRST_STREET = new RegExp(
  String.raw`(?:${phrases(`
    rue|avenue|boulevard|chemin|route|quai|allée|impasse|calle|c/|avenida|avda.|av.|paseo|pso.|plaza|pza.|carrer|camino|carretera|ctra.|ronda|
    travesía|via|viale|v.le|piazza|p.zza|piazzale|corso|largo|vicolo|strada|contrada|lungomare|
    rua|travessa|praça|estrada|alameda|rodovia|ul.|ulica|al.|aleja|pl.|plac|os.|osiedle|
    ulicy|ulicę|alei|placu|osiedlu|улица|улице|улицу|улицы|ул.|проспект|проспекте|проспекта|
    просп.|пр-т|переулок|переулке|пер.|шоссе|бульвар|бульваре|набережная|наб.|площадь|пл.|
    вул.|вулиця|вулиці|вулицю|пров.|провулок|бульв.|площа|str.|strada|bd.|b-dul|bulevardul|calea|
    aleea|șoseaua|soseaua|piața|splaiul|jl.|jalan|gg.|gang|οδός|οδ.|λεωφόρος|λεωφ.|бул.|
    булевард|bulevar|trg`)})[ \t]+`,
  'giu',
);
const STREET_SUFFIXES =
  'straße|strasse|str\\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee|pfad|steig|zeile|kai|graben|straat|laan|plein|gracht|kade|dijk|singel|steeg|gatan|gata|gate|vägen|väg|gränd|torget|veien|vei|veg|plass|vej|gade|allé|stræde|plads|torv';
/**
 * German, Dutch and Nordic compounds: "Musterweg 12a", "Kerkstraat 12", "Goethestr. 21",
 * "Storgatan 5", "Nørregade 10", "Bjørkeveien 3".
 */
const COMPOUND_STREET = new RegExp(
  String.raw`${START}(?<street>[\p{L}\p{M}-]{2,}(?:${STREET_SUFFIXES}))[ \t]*(?=\d)`,
  'giu',
);
/** "Frankfurter Allee 12": a capitalised word, then the street word on its own. */
const TWO_WORD_STREET =
  /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}-]+[ \t](?:Straße|Strasse|Str\.|Allee|Weg|Platz|Ring|Damm|Ufer|Gasse|Chaussee|Markt)[ \t]*(?=\d)/gu;
/** Nordic streets whose word stands alone after a name: "Karl Johans gate 22". */
const NORDIC_TWO_WORD_STREET =
  /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}-]+(?:[ \t]\p{Lu}[\p{L}-]+)?[ \t](?:gate|gata|gatan|vei|veien|vej|väg|vägen|allé|plass|plads|torg|torget)[ \t]*(?=\d)/gu;
/** Turkish: names, the street word, then "No: 12": "Atatürk Caddesi No: 12", "Gül Sk. No 5". */
const TR_STREET =
  /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}-]+(?:[ \t]\p{Lu}[\p{L}-]+){0,2}[ \t](?:Caddesi|Cadde|Cad\.|Cd\.|Sokak|Sokağı|Sok\.|Sk\.|Bulvarı|Blv\.)(?=[ \t,])/gu;
/** Finnish compounds, capitalised ("martie 2024" is a Romanian date): "Hämeenkatu 20 A 5". */
const FI_STREET =
  /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}-]+(?:katu|kadulla|tie|tiellä|kuja|polku|väylä|kaari)[ \t]*(?=\d)/gu;
/** Lithuanian: the name, then the street word: "Gedimino pr. 9-12", "Laisvės al. 53-4". */
const LT_STREET =
  /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}-]+[ \t](?:g\.|gatvė|pr\.|prospektas|al\.|alėja|pl\.|plentas|skg\.|skersgatvis|tak\.)[ \t]*(?=\d)/gu;
/**
 * Estonian: "Pärnu mnt 22-5", "Rüütli tänav 3". Not "tee" (road), which is also "do": "Siis tee
 * 2 korda".
 */
const ET_STREET =
  /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}-]+[ \t](?:mnt|maantee|tn|tänav|pst|puiestee|põik|väljak)\.?[ \t]*(?=\d)/gu;
/**
 * Hebrew: the street word, with the prefix glued to it ("ברחוב": in the street), the name, the
 * number, then a flat and the town with its postcode: "רחוב ויצמן 8, חיפה 3436208". Hebrew has no
 * capitals to tell a town from the next words, so the town is taken only before a postcode.
 */
const HE_STREET =
  /(?<!\p{Script=Hebrew})[ובהלמש]?(?:רחוב|רח['׳]|שדרות|שד['׳]|סמטת)[ \t]+\p{Script=Hebrew}+(?:[ \t]\p{Script=Hebrew}+){0,2}[ \t]+\d{1,4}(?![\d.,:/]\d)(?:[ \t]+דירה[ \t]+\d{1,4})?(?:,?[ \t]+\p{Script=Hebrew}+(?:[ \t]\p{Script=Hebrew}+)?[ \t]+\d{5,7}(?!\d))?/gu;
/**
 * Russian puts the name before the street word, in the case the sentence gives it, and often "дом"
 * before the number: "на Невском проспекте, дом 28", "Садовая улица, д. 5".
 */
const RU_STREET =
  /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}-]+[ \t](?:проспект[еау]?|улиц[аеуы]|переул(?:ок|ке|ка)|шоссе|бульвар[еау]?|набережн(?:ая|ой|ую)|площад(?:ь|и))(?=[ \t]*,?[ \t]*(?:д\.|дом)?[ \t]*\d)/gu;
/**
 * Post office boxes, with the postcode and town after them: "PO Box 1234, Nairobi 00100",
 * "Postfach 10 20 30", "Apartado de correos 45", "а/я 12".
 */
const PO_BOX =
  /(?<![\p{L}\p{N}])(?:P\.?[ \t]?O\.?[ \t]?Box|Post[ \t]Office[ \t]Box|Postfach|Postbus|Apartado(?:[ \t]de[ \t]correos)?|Casella[ \t]postale|Caixa[ \t]postal|Boîte[ \t]postale|B\.P\.|Skrytka[ \t]pocztowa|а\/я|абонентский[ \t]ящик)[ \t]*(?:No\.?[ \t]*|#[ \t]*)?\d{1,6}(?:[ \t]\d{2,3}){0,2}(?![\p{L}\p{N}])/giu;
/** Hungarian: the name, then the street word: "Váci utca 12.", "Andrássy út 5". */
const HU_STREET =
  /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}-]+[ \t](?:utca|út|útja|tér|tere|körút|köz|sor|u\.)[ \t]*(?=\d)/gu;
/** German streets named with a preposition: "Am Lindenhof 7", "An der Alster 12". */
const PREPOSITION_STREET =
  /(?<![\p{L}\p{N}])(?:Am|An der|An den|Im|In der|Auf der|Auf dem|Unter den|Zum|Zur)[ \t](?<name>\p{Lu}[\p{L}-]+)[ \t]*(?=\d)/gu;
/** Everyday compounds with a street suffix: "Speicherplatz 5 GB". */
const NOT_STREETS = new Set(
  'speicherplatz arbeitsplatz steckplatz parkplatz spielplatz umweg ausweg rückweg lösungsweg'.split(
    ' ',
  ),
);

/** The number, a second one after a dash or slash, and a Spanish or Catalan floor and door ("4º izq.", "3r 2a"). */
const HOUSE_NUMBER =
  /[ \t]*(?:,[ \t]*)?(?:[Nn][º°o][.:]?[ \t]*|nr\.?[ \t]*|д\.?[ \t]*|дом[ \t]*)?\d{1,4}(?:(?:[a-zA-Z]|[ \t][a-zA-Z](?!\.))(?![\p{L}\p{N}]))?(?:[ \t]*[-/][ \t]*\d{1,4}[a-zA-Z]?)?(?:,?[ \t]*\d{1,2}(?:[º°ª]|[rnta](?![\p{L}\p{N}]))(?:[ \t]?(?:[A-Za-z]|\d{1,2}[ªa])(?![\p{L}\p{N}]))?)?(?![\p{L}\p{N}]|[.,]\d)/uy;

/** Never a size or a count: "1000 GB" is not a postcode and a town. */
const POSTCODE = String.raw`(?:(?:[A-Z]{1,2}-)?\d{4,6}(?:[ \t]?(?![KMGT]B)[A-Z]{2}(?![\p{L}]))?|\d{5}-\d{3}|\d{4}-\d{3}|\d{3}-\d{4}|\d{2}-\d{3}|\d{3}[ \t]\d{2}|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]{2}[ \t]\d{5}(?:-\d{4})?)(?![ \t]?${UNITS})`;
/**
 * One to three capitalised words, never across a full stop: "Frankfurt am Main", "São Paulo",
 * "Kadıköy/İstanbul".
 */
const TOWN = String.raw`\p{Lu}[\p{L}'’-]*(?:(?:[ \t](?:(?:am|an|der|sur|en|de|la|le|del|di|im|upon|on)[ \t])?|\/)\p{Lu}[\p{L}'’-]*){0,2}`;
/** Postcode and town after a street: ", 75002 Paris", " in 04109 Leipzig", ", Town, IL 62704". */
const TOWN_AFTER = new RegExp(
  String.raw`[ \t]*(?:,[ \t]*)?(?:\r?\n[ \t]*|(?:in|à|en|a|em|te)[ \t]+)?(?:(?:${POSTCODE})[ \t]+${TOWN}|(?:[мг]\.[ \t]*)?${TOWN},?[ \t]+(?:${POSTCODE}))(?![\p{L}\p{N}])`,
  'uy',
);
/** A line that is only a postcode and a town, a British postcode, or "Town, ST 12345". */
const TOWN_LINES = new RegExp(
  String.raw`(?<=^|\n)[ \t]*(?:${POSTCODE})[ \t]+${TOWN}[ \t]*(?=\r?\n|$)|(?<![\p{L}\p{N}])[A-Z]{1,2}\d[A-Z\d]?[ \t]\d(?![KMGT]B)[A-Z]{2}(?![\p{L}\p{N}])|(?<![\p{L}\p{M}\p{N}'’.-])${TOWN},[ \t]+[A-Z]{2}[ \t]\d{5}(?:-\d{4})?(?![\p{L}\p{N}])`,
  'gu',
);

function sticky(pattern: RegExp, text: string, at: number): number | undefined {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : undefined;
}

/** The end of the house number at `at`, unless it is a size or a count ("Platz 5 GB"). */
function houseNumberEnd(text: string, at: number): number | undefined {
  const end = sticky(HOUSE_NUMBER, text, at);
  return end === undefined || unitAt(text, end) ? undefined : end;
}

/** A street's name: up to six words, small words like "de la" included. */
function streetNameEnd(text: string, at: number): number | undefined {
  let end: number | undefined;
  for (let count = 0, pos = at; count < 6; count++) {
    const word = wordAt(text, pos);
    const lower = word?.text.toLowerCase() ?? '';
    // After its first word a street's name may hold an everyday word, capitalised: "Av.
    // Insurgentes Sur 1602", "Calle Real Nueva 4".
    const named = count > 0 && /^\p{Lu}/u.test(word?.text ?? '');
    if (!word || (isCommon(lower) && !named && !PARTICLES.has(lower) && !/^[ld]['’]/u.test(lower)))
      break;
    // "Str. Memorandumului nr. 28", "Jl. Merdeka No. 45": the number's own word ends the name.
    if (count > 0 && /^(?:nr|no)$/u.test(lower)) break;
    end = word.end;
    pos = end + (text[end] === ' ' || text[end] === '\t' ? 1 : 0);
    if (pos === end) break;
  }
  return end;
}

/** "Flat 2, 14 Albert Road", "1600 Elm St. Apt 4": the flat belongs to the address. */
const UNIT_BEFORE = /(?:flat|apt\.?|apartment|suite|unit)[ \t]+[\p{L}\p{N}-]{1,5},?[ \t]+$/iu;
const UNIT_AFTER =
  /,?[ \t]+(?:flat|apt\.?|apartment|suite|unit|#|кв\.?|m\.|ap\.|bl\.|sc\.|et\.|rt|rw|ет\.|ап\.|вх\.)[ \t]*[\p{L}\p{N}-]{1,5}(?![\p{L}\p{N}])/iuy;

/** The street with the flat before or after it, and the postcode and town that follow. */
function withTown(text: string, start: number, end: number): Span {
  const flat = UNIT_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  // Flat, block, staircase, in any number: "bl. 3A, sc. 2, ap. 41", "RT 02/RW 05".
  for (
    let next = sticky(UNIT_AFTER, text, end);
    next !== undefined;
    next = sticky(UNIT_AFTER, text, end)
  )
    end = next;
  return { start: start - (flat?.[0].length ?? 0), end: sticky(TOWN_AFTER, text, end) ?? end };
}

/**
 * Everyday words that name streets too ("12 Main St", "4 New Road", "9 Old Mill Lane"): they
 * count when the street is written as a name, every word and the street word capitalised.
 */
const SMALL_WORDS = new Set(
  'the a an and or of to in on at for with my your our is are was'.split(' '),
);

function isStreetName(words: string[], street: string, capitalOnly: boolean): boolean {
  const asName = /^\p{Lu}/u.test(street) && words.every((w) => /^\p{Lu}/u.test(w));
  return words.every(
    (w) =>
      (capitalOnly ? /^\p{Lu}/u.test(w) : true) &&
      (!isCommon(w) || (asName && !SMALL_WORDS.has(w.toLowerCase()))),
  );
}

function* numberFirstStreets(text: string): Generator<Span> {
  for (const pattern of [EN_STREET, EN_CAPITAL_STREET])
    for (const match of text.matchAll(pattern)) {
      const words = match.groups?.words?.trim().split(/[ \t]+/) ?? [];
      const street = match[0].slice(
        match[0].lastIndexOf(match.groups!.words!) + match.groups!.words!.length,
      );
      if (!isStreetName(words, street, pattern === EN_CAPITAL_STREET)) continue;
      yield withTown(text, match.index, match.index + match[0].length);
    }
  for (const match of text.matchAll(FR_STREET)) {
    const end = streetNameEnd(text, match.index + match[0].length);
    if (end !== undefined) yield withTown(text, match.index, end);
  }
}

/** Past a quote around a street's name: "бул. „Витоша“ 89". */
const pastQuote = (text: string, at: number) => at + (/[„“”"«»]/u.test(text[at] ?? '') ? 1 : 0);

function* nameFirstStreets(text: string): Generator<Span> {
  for (const match of atWordStart(NAME_FIRST_STREET, text, NOT_BEFORE_STREET)) {
    const nameEnd = streetNameEnd(text, pastQuote(text, match.index + match[0].length));
    const end = nameEnd === undefined ? undefined : houseNumberEnd(text, pastQuote(text, nameEnd));
    if (end !== undefined) yield withTown(text, match.index, end);
  }
  for (const pattern of [
    COMPOUND_STREET,
    TWO_WORD_STREET,
    NORDIC_TWO_WORD_STREET,
    TR_STREET,
    FI_STREET,
    HU_STREET,
    LT_STREET,
    ET_STREET,
    RU_STREET,
    PREPOSITION_STREET,
  ])
    for (const match of text.matchAll(pattern)) {
      const { street = '', name = '' } = match.groups ?? {};
      const end = houseNumberEnd(text, match.index + match[0].length);
      if (end !== undefined && !NOT_STREETS.has(street.toLowerCase()) && !isCommon(name))
        yield withTown(text, match.index, end);
    }
}

export function* streetAddresses(text: string): Generator<Span> {
  yield* numberFirstStreets(text);
  yield* nameFirstStreets(text);
  yield* spansOf(HE_STREET, text);
  for (const match of text.matchAll(PO_BOX))
    yield withTown(text, match.index, match.index + match[0].length);
  for (const match of text.matchAll(TOWN_LINES))
    yield { start: match.index, end: match.index + match[0].length };
}
