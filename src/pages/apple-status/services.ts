import type { ServiceId } from '../observation';

/**
 * How a row's name becomes a service id, in any language, by one rule (README, "Languages"):
 * the name is folded into words (`foldName`: no case, accents, widths, punctuation or trailing
 * markup) and the service's key word ("iCloud"; "Apple" for the Apple Account; none for
 * Photos) taken out. Every word left must then be one of the service's WORDS (a stem and at
 * most three letters of ending: "backup" for "Backups"; `[^ ]*` lets a stem take any ending),
 * one of its COMPANIONS (words that go with its words but never name it alone: the "de
 * seguridad" of "Copia de seguridad", the "резервное" of "Резервное копирование"), one of its
 * JOINED words right after a particle or another of them (the "restauration" of "Sauvegarde et
 * restauration", the "geri yükleme" of "Yedekleme ve Geri Yükleme"), or a particle (PARTICLE:
 * "de", "do", "na", "w", "в", "في", "sur", "and", or a case ending on the key word:
 * "iCloudiin"), and at least one must be a WORD. So "Backup do iCloud",
 * "iCloud-Backup" and "Резервное копирование iCloud" are iCloud Backup; "iCloud Backup for
 * Business", "iCloud Restore", "Restore from iCloud Backup", "Messages in iCloud Backup Sync",
 * "iCloud-Schlüsselbund-Backup" and "Seguridad de iCloud" are nothing: a row is taken for a service only when nothing in its
 * name says it is something else, and a row that is nothing leaves iCloud Backup unknown, never
 * another service's state. In Chinese and Japanese, written without spaces, a word must fill
 * what follows "iCloud" ("iCloud 云备份"; "iCloud 钥匙串备份" is nothing), and the particles
 * inside a name are spelt out in its words ("アカウント(およひ)?サインイン", "ハックアッフと復元",
 * "備份與還原"); a possessive before them is a PARTICLE ("iCloudのバックアップ"). The state
 * never depends on a name (it comes from the light's class), only which row is which service.
 *
 * The words are written folded (no accents; Japanese without its voicing marks: "ハックアッフ"
 * is バックアップ) and are Apple's usual terms, English and Japanese from Apple's feeds, the
 * others unconfirmed as status-page names (no capture). iCloud Backup's cover about thirty
 * languages; the other services' the extension's seven (Spanish Mail and Storage Upgrades
 * included) and Korean, traditional Chinese, Russian and Portuguese, which fit once the worker
 * read the names instead of the status page's script (README, "Performance"). Portugal's
 * "Porta-chaves" is not read: "porta" alone names no keychain. Portuguese "conta" takes no
 * ending that starts "c" or "t", or "Contatos" and "iCloud Contacts" would be the account.
 */
const ACCOUNT =
  'cuenta|アカウント|[账帐]户|compte|account|계정|帳號|аккаунт|учетн|запис|conta(?![ct])';
// Within one list the order of the words changes nothing (a list is one group of the pattern,
// and the group matches when any of its words does): the words of the status page's script
// are in the order that gzipped smallest there, those added for the worker after them.
/** Per key word ("iCloud", "Apple", and a space for Photos), in the order they are tried. */
const SERVICES: Record<string, [id: ServiceId, words: string, companions?: string][]> = {
  icloud: [
    [
      'icloud-backup',
      'backup|[云雲]?端?[备備]份(?:[与與和及][还還恢回][原复復])?|(?:ขอมล|การ)?สารอง(?:ขอมล)?|(?:reserve|s(?:ak|ikk)erhe[dt]s|varmuus|sicherungs|varu)?[ck]o?opi[^ ]*|बय?कअप|(?:daten)?sicherung|גיבוי|(?:pen)?cadang|αντιγραφ|백업|(?:oryggis)?afrit[^ ]*|கபபபபரத|پشتیبان[^ ]*|বযকআপ|yede[kg][^ ]*|sandar|duble[js][^ ]*|sao|ハックアッフ(?:と復元)?|(?:ال)?نسخ|mentes|varund[^ ]*|sauvegarde|zaloh[^ ]*|көшір[^ ]*|коп[^ ]*|respald',
      'ban|biztonsag|ασφαλει|varnostn|zapasow|على|atsargin|pag|εφεδρικ|ושחז|گیری|δημιουργ|сақтық|luu|резервн?|(?:ال)?احتياط|والاستع|s[ei]gur[^ ]*|rezerv',
    ],
    // Its JOINED words, as the COMPANIONS of an entry of the same id right after it (no WORDS):
    // two more groups in the pattern, not one per service (each costs every word's match
    // time). The entry after any other service must hold no COMPANIONS (hence Storage
    // Upgrades', "della", before Account & Sign In), or they would join that service.
    [
      'icloud-backup',
      '-',
      // "And restore" goes with a backup's name, after its "and": "Backup und
      // Wiederherstellung". Alone or first it is a restore, from a backup ("Palautus
      // iCloud-varmuuskopiosta", "Restauration de la sauvegarde iCloud"), or of one
      // ("iCloud-Backup-Wiederherstellung"), and Apple lists no such service.
      'phuc|(?:восста|від)новл[^ ]*|rest(?:au|o)r[^ ]*|wiederherstell|przywrac[^ ]*|geri|pemuli|herstel|επαναφ|복원|yukle|obnov[^ ]*|gendan[^ ]*|gjenopprett|khoi|ripristin|palaut[^ ]*|aterstall[^ ]*|visszaall[^ ]*|vraca',
    ],
    [
      'icloud-storage-upgrades',
      '[储儲]存空[间間](?:升[级級])?|storage|upgrade|mise|stockage|niveau|ストレーシ(?:アッフクレート)?|spazio|speicher|archiviazion|ampliacion|almacenamiento|armazenamento|저장|공간|업그레이드|хранилищ|обновлени',
      'dell[ao]',
    ],
    [
      'icloud-account-sign-in',
      `${ACCOUNT}|inicio|sesion|sessao|anmeldung|connexion|sign|[账帐]户和?登录|帳號與?登入|アカウント(?:およひ)?サインイン|accesso|로그인|вход`,
    ],
    ['icloud-drive', 'drive|云盘|雲碟'],
    ['icloud-mail', 'mail|correo|メール|[邮郵]件|메일|почт'],
    [
      'icloud-keychain',
      '钥匙串|鑰匙圈|trousseau|キーチェーン|schlusselbund|portachiavi|llavero|keychain|키체인|связк|ключ|chave',
    ],
  ],
  ' ': [['photos', 'photos?|fotos?|фото|사진|写真|照片', 'icloud']],
  // "Apple ID" was renamed "Apple Account" in 2024; both names have been on the page.
  apple: [['apple-account', `${ACCOUNT}|id`]],
};

/**
 * Lower-case words between single spaces, without accents and other marks, widths,
 * punctuation or what follows a "<" (markup-looking text: "iCloud Backup<img …>").
 */
export function foldName(name: string): string {
  // An ASCII name folds the same without NFKD and Unicode classes, whose pattern costs the
  // status page more to compile than reading all its rows (tests/bench/README.md).
  return ` ${
    ASCII.test(name)
      ? name.toLowerCase().replace(/<.*|[^a-z0-9]+/g, ' ')
      : name
          .normalize('NFKD')
          .replace(/\p{M}/gu, '')
          .normalize()
          .toLowerCase()
          .replace(/<.*|[^\p{L}\p{N}]+/gu, ' ')
  } `;
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * A letter of a script that spaces its words (and digits): endings and short particles. Not
 * from U+0900 on: Chinese and Japanese do not space their words, and Indic words lose their
 * vowel signs in foldName, so "फ़ोटो" (photo) is two letters, no particle ("iCloud फ़ोटो बैकअप"
 * is no iCloud Backup). Escaped for the pattern, not the string: a bundled U+FFFF (a
 * noncharacter) is text Chrome refuses in a content script's file, and with it the whole
 * extension.
 */
const LETTER = '[^ \\u0900-\\uffff]';

/**
 * A particle, which says nothing of what a row is: a word of one or two letters of a script
 * that spaces its words ("de", "в"), a longer one that only places a service in iCloud
 * ("Sauvegarde sur iCloud", "dans", the Greek "στο", the Vietnamese "trên" and "vào") or joins
 * two words of one service ("Account and Sign In", "Backup und Wiederherstellung", the Swedish
 * "och", the Malay and Indonesian "dan", the Greek "και"; the "og", "ja", "en", "i", "va" or
 * "és" of other languages are short already: a name joining two services' words is still
 * nothing), a possessive (Japanese "の", Chinese "的", Korean "의") or the Korean "and" (및,
 * spaced apart: "백업 및 복원" is backup and restore, "백업 복원" a restore of a backup). The
 * Japanese and Chinese ones are written against the next word ("iCloudのバックアップ"), so a
 * service's word may also start with one. Another service's word is never a particle.
 */
const TIED = '[の的의및]';
/**
 * Also a particle: a case ending written onto the key word ("iCloudiin", "iCloudissa": its
 * word is marked "!" in canonicalServiceId), up to four letters, when no service's word.
 */
const PARTICLE = RegExp(
  `^(!?(${LETTER}{1,2}|und|dans?|στο|tren|and|sur|και|vao|och|${TIED})|![a-z]{0,4})$`,
);

/**
 * Per key word ("iCloud", "Apple", and a space for Photos): its services, and one pattern that
 * tells whose WORD (with an ending) or COMPANION (none: "-", which no folded name holds) a word
 * is by the group that matched: group 2n + 1 holds the n-th entry's WORDS, 2n + 2 its
 * COMPANIONS (the lists' own groups are written not to capture). One pattern per key word,
 * tried on each word, instead of one per service tried on the whole name: a pattern is
 * compiled the first time it runs, and on the status page compiling one per service cost more
 * than reading the rows (README, "Performance"). Built when the reader loads, once the status table is there:
 * no Unicode classes, so an all-ASCII page compiles none.
 */
const KEYS = Object.entries(SERVICES).map(([key, services]) => {
  const lists = services.map(([, words, companions = '-']) => `(${words})|(${companions})`);
  const pattern = RegExp(`^${TIED}?(?:${lists.join('|')})${LETTER}{0,3}$`);
  return [key, services.map(([id]) => id), pattern] as const;
});

export function canonicalServiceId(name: string): ServiceId | undefined {
  // "&" is "and" ("iCloud Backup & Restore"), which folding would drop: then "Restore" came
  // right after "Backup", a restore of a backup, and the row read as no service.
  const folded = foldName(name.replaceAll('&', ' and '));
  // "iCloud.com" after a name of iCloud, or alone, is the web apps: "iCloud Web Apps
  // (iCloud.com)", "Apps web de iCloud (iCloud.com)"; "Find My (iCloud.com)" is Find My.
  if (/^( .*icloud.*)? +icloud com +$/.test(folded)) return 'icloud-web-apps';
  for (const [key, ids, pattern] of KEYS) {
    const parts = folded.split(key);
    if (!parts[1]) continue;
    // A word written right after the key word is marked "!" (folded names hold none): a case
    // ending there of up to four letters that is no service's word ("iCloudiin", "iCloudissa",
    // Finnish; "iCloudi", Estonian) places the service like a particle, while "iCloudMail
    // Backup" still names two services. Photos' key is the space between words: nothing is
    // written onto it.
    const words = parts
      .join(key > ' ' ? ' !' : ' ')
      // Dutch hyphenates it: "iCloud-back-up".
      .replace('back up', 'backup')
      .split(' ')
      // Nothing (''), and a bare mark (the key word alone): "!" sorts below every letter and
      // digit, so one comparison drops both. A single digit left is a particle.
      .filter((word) => word > '!');
    // Per word, the group it matched (-1: none); a service is named by a WORD of it when every
    // other word is one of its WORDS or COMPANIONS or a particle. Matched without its mark: an
    // optional "!" in the pattern made V8 compile and run it slower on the page's first names
    // (about 0.2 ms in Node).
    const groups = words.map(
      (word) => pattern.exec(word.replace('!', ''))?.findIndex((g, i) => i && g) ?? -1,
    );
    const particle = (i: number) => groups[i]! < 0 && PARTICLE.test(words[i]!);
    for (const group of groups) {
      // A WORD's group is 2n + 1, its COMPANIONS' one more; a JOINED word (group + 3: the next
      // entry's COMPANIONS, which only iCloud Backup's JOINED entry holds after a service)
      // follows a particle ("and") or another of them ("Geri Yükleme").
      if (
        group % 2 === 1 &&
        groups.every((other, i) =>
          other - group === 3
            ? groups[i - 1] === other || particle(i - 1)
            : other === group || other === group + 1 || particle(i),
        )
      ) {
        return ids[group >> 1];
      }
    }
  }
  return undefined;
}
