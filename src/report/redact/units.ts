/**
 * Units and counts that follow a number in notes, in every supported language: a number before
 * one of them is a size, a duration or a count, never a phone number or a house number. Matched
 * case-sensitively except for the first letter, so "Mo" (a French size) does not swallow "mo".
 */
const SYMBOLS = String.raw`%|[KMGT]i?B|[kKMGT]B|[KMGT]b|[kmgt]b|[kKMGT]o(?!-)|[MGk]bit\/s|MBit\/s|[MGk]bps|MB\/s|mAh|°[CF]|[GM]Hz`;

const WORDS = `
  sec secs second seconds sekunde sekunden sek seconde secondes segundo segundos secondo secondi
  seconden ms min mins minute minutes minuten minuto minutos minuti minuut h hr hrs hour hours
  stunde stunden std heure heures hora horas ore uur day days tag tage tagen jour jours día días
  dia dias giorno giorni dag dagen week weeks woche wochen semaine semaines semana semanas
  settimana settimane weken month months monat monate monaten mois meses mese mesi maand maanden
  year years jahr jahre jahren ans año años ano anos anno anni jaar times mal fois vez veces
  volta volte vezes keer photo photos foto fotos foto's video videos vidéo vidéos vídeo vídeos
  file files datei dateien fichier fichiers archivo archivos ficheiros bestanden app apps item
  items elemente élément éléments elemento elementos elementi message messages nachricht
  nachrichten mensajes messaggi mensagens berichten contact contacts kontakte contactos contatti
  byte bytes octet octets bajt bajty bajtów байт байта байтов bayt`
  .trim()
  .split(/\s+/)
  .sort((a, b) => b.length - a.length)
  .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1).replace(/'/g, "['’]")}`)
  .join('|');

export const UNITS = String.raw`(?:${SYMBOLS}|(?:${WORDS})\.?)(?![\p{L}])`;
export const CJK_UNITS =
  '秒|分鐘|分钟|分|時間|小时|小時|日|天|週間|周|ヶ月|か月|个月|年|回|次|枚|张|張|個|个|件|本|％';

const UNIT_AFTER = new RegExp(String.raw`[  ]?(?:${UNITS}|${CJK_UNITS})`, 'uy');

/** Whether a unit or count starts at `at` (after at most one space): "5 GB", "3 Mal". */
export function unitAt(text: string, at: number): boolean {
  UNIT_AFTER.lastIndex = at;
  return UNIT_AFTER.test(text);
}

/** Month names: the numbers around them are a date, never a phone or house number. */
export const MONTHS = `
  jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july
  august september october november december janvier février mars avril mai juin juillet août
  septembre octobre novembre décembre januar februar märz juni juli oktober dezember enero
  febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre gennaio
  febbraio aprile maggio giugno luglio settembre ottobre dicembre janeiro fevereiro março maio
  junho julho setembro outubro novembro dezembro januari februari maart mei augustus`
  .trim()
  .split(/\s+/)
  .join('|');
