import { streetAddresses } from './addresses.ts';
import { phrases } from './lexicon.ts';
import { CJK_UNITS, MONTHS, UNITS } from './units.ts';
import { CJK, HANGUL, WALL, atWordStart, spansOf, type Span } from './spans.ts';

/**
 * Addresses found by their label ("Address: …", "Anschrift …", "住所：…", "주소: …": the rest of
 * the sentence), Japanese postcodes and block addresses ("〒150-0001", "梅田3丁目1番3号"),
 * Chinese street addresses ("建国路88号") and Korean road addresses ("테헤란로 152").
 */
const LABELS = phrases(`
  address|home address|postal address|mailing address|adresse|anschrift|wohnadresse|
  postanschrift|lieferadresse|adresse postale|dirección|direccion|domicilio|indirizzo|endereço|
  endereco|morada|adres|woonadres|адрес|adress|adresim|
  adresa|bydliště|doručovací adresa|osoite|toimitusosoite|kotiosoite|адреса|
  адреса для доставки|διεύθυνση|διεύθυνση αποστολής|adresă|adresa de livrare|cím|lakcím|
  szállítási cím|địa chỉ|alamat|alamat pengiriman|adresas|aadress|adreça|כתובת|العنوان|عنوان|
  ที่อยู่|पता`);
/** A colon after the label: "IP address 192.168.1.1", "my address is right" are not addresses. */
const LABELLED = new RegExp(
  String.raw`(?:${LABELS})[ \t]*[:：][ \t]*|(?:住所|地址|住址)(?:[:：は是]|)[ \t]*|주소(?:[:：]|는|은)?[ \t]*`,
  'giu',
);
/**
 * Words for "address" and "living at" without a colon ("adresa Vukovarska 112, …", "bytom
 * Obchodná 7, …", "alamat Lot 45, …", "ที่อยู่ 123/45 …"): only before a street, or before what
 * looks like one, a capitalised word or two and a house number, or a number with a slash.
 */
const NEAR_LABELLED = new RegExp(
  String.raw`(?:${phrases(`adresa|adresas|aadress|alamat|bytom|адрес|adreça|ที่อยู่|my address is|
  my home address is|mon adresse est|mi dirección es|mi direccion es|il mio indirizzo è|
  meu endereço é|mijn adres is|mitt adress är|min adresse er|mój adres to|мой адрес|моя адреса|
  адреса моя|alamat saya|alamat rumah saya|địa chỉ của tôi là|địa chỉ tôi là|địa chỉ nhà tôi là`)})[ \t]+`,
  'giu',
);
/**
 * A capitalised word or two and a house number, a number with a slash, or a house number and
 * capitalised words where the street word is left out ("123 Nguyễn Huệ").
 */
const STREET_SHAPE =
  /\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]\p{L}[\p{L}'’-]*){0,2},?[ \t]*\d{1,4}(?![\d.,:]\d)|\d{1,5}\/\d{1,4}(?!\d)|\d{1,5}[a-zA-Z]?,?[ \t]+\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){1,3}/uy;
/**
 * The value ends with its line or its sentence ("…, 75002 Paris. The router…"): a stop after a
 * word (not after a number: "ul. 5."), or a Hindi danda.
 */
const VALUE_END =
  /\r?\n|。|।|(?<=\p{Ll}{3}|[\p{Script=Hangul}\p{Script=Hebrew}\p{Script=Arabic}])[.!?;](?=\s)/u;
/** Thai has no stops: an address there ends with its postcode. */
const THAI_POSTCODE = /(?=\d)(?<=\p{Script=Thai}[ \t]+)\d{5}(?!\d)/u;
/** Words no address contains, which start what the note says next: "…, error 4010", "…, 1. März". */
const NOT_ADDRESS_WORDS = new RegExp(
  String.raw`[ \t,;(、，](?:\p{L}*(?:error|fehler|erreur|errore|erro|fout)\p{L}*|code|ios|ipados|macos|version|build|since|seit|depuis|desde|dal|sinds|\d{1,2}\.?[ \t]?(?:${MONTHS}))(?![\p{L}])`,
  'iu',
);
const MAX_VALUE = 160;

const JA_POSTCODE = /〒[ \t]?\d{3}-?\d{4}/gu;
/** Place names, then block numbers: "大阪市北区梅田3丁目1番3号", "東京都渋谷区神宮前1-2-3". */
const JA_BLOCK =
  /(?<![\p{Script=Han}\p{Script=Katakana}ー])[\p{Script=Han}\p{Script=Katakana}ー]{2,30}\d{1,4}(?:(?:丁目|番地|番|号|[-‐－−])\d{0,4}){1,4}/gu;
const JA_PLACE = /[都道府県市区町村郡]/u;
/** Taiwan and Hong Kong write 號, 樓, 層: "信義路五段7號". */
const ZH_STREET =
  /(?<!\p{Script=Han})\p{Script=Han}{2,30}\d{1,5}[ \t]?[号號](?:\d{1,4}(?:室|楼|樓|层|層|单元|單元))*/gu;
const ZH_ROAD = /[路街道巷弄里村段]/u;
/** "我住在" before a Chinese address is not part of it. */
const ZH_LEAD = /^(?:我们?|我家)?(?:住在|住|位于|在)/u;

/** A date, time, version, build, size or count in the value is where the address has ended. */
const NOT_ADDRESS = new RegExp(
  String.raw`[ \t,;(、，](?:\d{1,2}:\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|\d+\.\d+\.\d+|\d{2}[A-H]\d{1,4}[a-z]?(?![\p{L}\p{N}])|\d+(?:[.,]\d+)?[  ]?(?:${UNITS}|${CJK_UNITS})|\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|\d{1,4}[年月])`,
  'u',
);

/**
 * The value after a label: the rest of the sentence up to a date, time, version, build or size,
 * and at least the street address it starts with.
 */
function labelledValue(text: string, start: number): Span | undefined {
  // An earlier find (the email on the same line) ends the value: a span never crosses it.
  const rest = text.slice(start, start + MAX_VALUE).split(WALL)[0]!;
  const sentence = rest.slice(0, rest.match(VALUE_END)?.index ?? rest.length);
  const thai = THAI_POSTCODE.exec(sentence);
  const cut = Math.min(
    thai ? thai.index + thai[0].length : sentence.length,
    ...[NOT_ADDRESS, NOT_ADDRESS_WORDS].map((p) => sentence.match(p)?.index ?? sentence.length),
  );
  const value = sentence.slice(0, cut);
  const trimmed = value.replace(/[\s,.;:!?]+$/u, '');
  const street = [...streetAddresses(rest)].find((span) => span.start <= 3);
  // After a recognised street, the sentence goes on being the address only while it has numbers
  // (a floor, a postcode): "Calle de Goya 5, 4º izq., 28001 Madrid" but not "12 Main St, thanks".
  const streetOnly = street && !/\d/.test(trimmed.slice(street.end));
  const end = streetOnly ? street.end : Math.max(trimmed.length, street?.end ?? 0);
  // Only what contains a digit is taken: "Address: same as before" stays.
  return /\d/.test(rest.slice(0, end)) ? { start, end: start + end } : undefined;
}

function* labelled(text: string): Generator<Span> {
  for (const match of atWordStart(LABELLED, text, /[\p{Script=Latin}\p{N}]/u)) {
    const value = labelledValue(text, match.index + match[0].length);
    if (value) yield value;
  }
  for (const match of atWordStart(NEAR_LABELLED, text)) {
    const at = match.index + match[0].length;
    STREET_SHAPE.lastIndex = at;
    const street =
      STREET_SHAPE.test(text) ||
      [...streetAddresses(text.slice(at, at + 80))].some((s) => s.start === 0);
    const value = street ? labelledValue(text, at) : undefined;
    if (value) yield value;
  }
}

/**
 * A road name ending in 로 or 길 and its number, with the province, city and district before it.
 * A number of times, hours or a size after it is not an address: "와이파이로 3번" (three times
 * over Wi-Fi).
 */
const KO_ROAD =
  /(?:\p{Script=Hangul}{1,10}(?:특별시|광역시|시|도|구|군|읍|면|동)[ \t]+){0,4}\p{Script=Hangul}{1,12}(?:로|길)[ \t]?\d{1,4}(?:-\d{1,4})?(?![\d.,]|[ \t]?(?:번|회|시간|분|초|개|일|월|년|주|%|GB|MB|TB|KB))/gu;

export function* addressLines(text: string): Generator<Span> {
  yield* labelled(text);
  if (HANGUL.test(text)) yield* spansOf(KO_ROAD, text);
  if (!CJK.test(text)) return;
  yield* spansOf(JA_POSTCODE, text);
  for (const match of text.matchAll(JA_BLOCK))
    if (JA_PLACE.test(match[0])) yield { start: match.index, end: match.index + match[0].length };
  for (const match of text.matchAll(ZH_STREET)) {
    if (!ZH_ROAD.test(match[0])) continue;
    const lead = ZH_LEAD.exec(match[0])?.[0].length ?? 0;
    yield { start: match.index + lead, end: match.index + match[0].length };
  }
}
