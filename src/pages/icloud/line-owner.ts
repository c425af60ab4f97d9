import { normalizeSpace } from '../text';
import { matchCategory, namesOther, STORAGE_WORD, titleKind, USED_WORD } from './storage-text';

/** "Used by John", "utilisés par Anna", "belegt von Fotos": whose the usage is, named. */
const USED_BY =
  /(?:\bused|utilisée?s?|usad[oa]s?|utilizzat[io]|utilizad[oa]s?|belegt|verwendet|gebruikt) (?:by|par|por|da|von|door) \S/i;

/** Someone named as the owner in a label: "John's storage:", "Storage used by John:". */
const OWNER_IN_LABEL = /['’]s |\bby /i;
/** The label a statement opens with, up to its colon, before any figure. */
const LABEL = /^[^\d:：]*[:：]/;

/**
 * A third person using the sizes in Spanish or Italian ("Mamá está usando…", "Anna sta
 * utilizzando…", where "you" has estás, stai; "se está usando", "si sta utilizzando" are the
 * passive).
 */
const THIRD_PERSON = /(?:^|\s)(?<!\bs[ei] )(?:está|sta) (?:usando|utilizando|utilizzando)\b/i;

/**
 * A Korean subject before the sizes ("사진이 5GB 중 2GB 사용", "엄마가 …"): another's use unless it is
 * the storage or iCloud ("저장 공간이 …"). Left out of the page's rule (namesOther), whose
 * script has no bytes to spare, as Korean is not one of the extension's languages.
 */
const KOREAN_SUBJECT = /^[^\s\d]+[이가은는] ?$/;

/**
 * Mobile data counts what was sent over the phone network ("Mobile Data: 2.3 GB of 10 GB used",
 * "Cellular Data", "Mobile Daten", "Données cellulaires", "Datos móviles", "Dati cellulare",
 * "モバイルデータ通信", "蜂窝数据", a personal hotspot, roaming): not iCloud storage.
 */
const MOBILE_DATA =
  /cellular|mobile data|mobile daten|mobilfunk|données (?:cellulaires|mobiles)|datos (?:móviles|celulares)|dati (?:cellulare|mobili)|モバイルデータ|モバイル通信|蜂窝数据|蜂窩數據|移动数据|流量|hotspot|roaming/i;

/**
 * The pasted text without the lines, or the parts of a line ("iPhone: 61 GB of 128 GB used ·
 * iCloud: 4.8 GB of 5 GB used"), whose sizes are another's than the account's. The storage
 * grammar sees a pasted text whole, where a label on one line would not be told from the words
 * at the end of the line before.
 */
export function withoutOthers(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .split(/ ?[·•|;] ?/)
        .filter((part) => !namesOtherOwner(normalizeSpace(part)))
        .join(' · '),
    )
    .join('\n');
}

/**
 * Whether a pasted statement's sizes belong to another than the account: a member or a
 * category named before them (namesOther), or after them ("used by John"), an app, a device or
 * the family right before them ("iCloud Drive 3 GB of 5 GB used"), a category as the subject
 * ("Photos used 3 GB of 5 GB"), mobile data.
 */
function namesOtherOwner(statement: string): boolean {
  const named = [USED_BY, THIRD_PERSON, MOBILE_DATA].some((words) => words.test(statement));
  const label = LABEL.exec(statement)?.[0] ?? '';
  if (named || OWNER_IN_LABEL.test(label) || namesOther(statement)) return true;
  const lead = statement.slice(0, Math.max(statement.search(/\d/), 0));
  if (titleKind(lead.trim())) return true;
  if (KOREAN_SUBJECT.test(lead) && !STORAGE_WORD.test(lead) && !lead.includes('iCloud'))
    return true;
  const used = lead.search(USED_WORD);
  return used > 0 && matchCategory(lead.slice(0, used).trim()) !== undefined;
}
