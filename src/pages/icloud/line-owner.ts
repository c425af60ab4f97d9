import { normalizeSpace } from '../text';
import { matchCategory, STORAGE_WORD, USED_WORD } from './storage-text';

/**
 * A pasted line that says it is about someone or something else before its sizes: a label
 * ("John: 4.8 GB of 5 GB used", "Photos – 3 GB of 5 GB used", "Anna (Family): …", "写真：50 GB中…")
 * or, in Chinese and Japanese, a subject ("照片使用了 2 GB，共 5 GB", "照片已使用…", "写真が50 GB中…").
 * Such a line is a member's, a category's or a device's share, not the account's usage.
 */
const LEAD_LABEL = /^(.{1,40}?)(?: ?[:：]| [–—-]|が|は|使用了|已使用|已用|用了) ?$/;

/**
 * What a label may name and still be the account's usage: storage or iCloud ("iCloud Storage:",
 * "Speicher:"), a word for used ("Used:", "Belegt:", "使用済み："), the total ("Gesamt: 5 GB,
 * belegt: 4,8 GB") or the reader ("您已使用", "あなたは").
 */
const ACCOUNT_LABEL =
  /iCloud|\btotal|gesamt|totale|合計|合计|总计|总共|всего|łącznie|celkem|您|你|あなた|\byou\b|\bdu\b|\bsie\b|vous|\btu\b|usted|\bje\b|\bjij\b/i;

/** "Used by John", "utilisés par Anna", "belegt von Fotos": whose the usage is, named. */
const USED_BY =
  /(?:\bused|utilisée?s?|usad[oa]s?|utilizzat[io]|utilizad[oa]s?|belegt|verwendet|gebruikt) (?:by|par|por|da|von|door) \S/i;

/**
 * Mobile data counts what was sent over the phone network ("Mobile Data: 2.3 GB of 10 GB used",
 * "Cellular Data", "Mobile Daten", "Données cellulaires", "Datos móviles", "Dati cellulare",
 * "モバイルデータ通信", "蜂窝数据", a personal hotspot, roaming): not iCloud storage.
 */
const MOBILE_DATA =
  /cellular|mobile data|mobile daten|mobilfunk|données (?:cellulaires|mobiles)|datos (?:móviles|celulares)|dati (?:cellulare|mobili)|モバイルデータ|モバイル通信|蜂窝数据|蜂窩數據|移动数据|流量|hotspot|roaming/i;

/**
 * The pasted text without the lines, or the parts of a line ("iPhone: 61 GB of 128 GB used ·
 * iCloud: 4.8 GB of 5 GB used"), whose sizes are another's than the account's.
 */
export function withoutOthers(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .split(/ ?[·•|;] ?/)
        .filter((part) => !namesOtherOwner(part))
        .join(' · '),
    )
    .join('\n');
}

/**
 * Whether a pasted statement's sizes belong to another than the account: a member, a category
 * ("Photos used 3 GB of 5 GB"), mobile data. Other lines, and figures that name no one, are
 * left to the storage grammar.
 */
function namesOtherOwner(text: string): boolean {
  const line = normalizeSpace(text);
  if (USED_BY.test(line) || MOBILE_DATA.test(line)) return true;
  const lead = line.slice(0, Math.max(line.search(/\d/), 0));
  const used = lead.search(USED_WORD);
  if (used > 0 && matchCategory(lead.slice(0, used).trim())) return true;
  const label = LEAD_LABEL.exec(lead)?.[1];
  return (
    label !== undefined &&
    !STORAGE_WORD.test(label) &&
    !USED_WORD.test(label) &&
    !ACCOUNT_LABEL.test(label)
  );
}
