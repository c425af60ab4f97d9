/**
 * Probes of round 26c, written before running them, on wrong kinds where a wording matches on
 * too little: an alert whose meaning hangs on one content word (account, storage, Wi-Fi) read
 * from the words it shares with a failure ("nem tud", "kann nicht"); a sentence of one language
 * read by another's wording; storage named without "iCloud" (Apple's "Storage Full" is the
 * device's alert, its "Not Enough Storage" the iCloud backup's); an alert said gone or fine now.
 * Controls in the same languages are Apple's wordings, retyped as users type them.
 * An array lists the readings that are right (null: a safe "unrecognised").
 */

import {
  DEVICE_FULL,
  FAILED_OR_NONE,
  ICLOUD_FULL,
  type Expected,
  type Probe,
} from './alert-probe-suite.ts';

/** Not the Wi-Fi alert: a failure, the weeks without one, or unread. */
const NOT_WIFI: Expected = [...FAILED_OR_NONE, 'backup_could_not_be_created'];

/** "Cannot" said of a backup with no account word: no account alert. */
export const noAccountProbes: Probe[] = [
  ['hu', 'A telefon nem tud menteni', FAILED_OR_NONE],
  ['hu', 'Az iCloud-mentés nem tud elindulni', FAILED_OR_NONE],
  ['hu', 'nem tud hozzáférni a képekhez', null],
  ['de', 'Das iCloud-Backup kann nicht starten', FAILED_OR_NONE],
  ['de', 'iCloud-Backup kann nicht auf die Fotos zugreifen', FAILED_OR_NONE],
  ['fr', 'La sauvegarde iCloud ne peut pas démarrer', FAILED_OR_NONE],
  ['es', 'La copia de seguridad de iCloud no puede empezar', FAILED_OR_NONE],
  ['it', 'Il backup di iCloud non riesce a partire', FAILED_OR_NONE],
  ['pt', 'O Backup do iCloud não consegue começar', FAILED_OR_NONE],
  ['nl', 'iCloud-reservekopie kan niet starten', FAILED_OR_NONE],
  ['sv', 'iCloud-säkerhetskopiering kan inte starta', FAILED_OR_NONE],
  ['da', 'iCloud-sikkerhedskopiering kan ikke starte', FAILED_OR_NONE],
  ['nb', 'iCloud-sikkerhetskopiering kan ikke starte', FAILED_OR_NONE],
  ['fi', 'iCloud-varmuuskopiointi ei pääse alkamaan', FAILED_OR_NONE],
  ['pl', 'Kopia zapasowa iCloud nie może się rozpocząć', FAILED_OR_NONE],
  ['cs', 'Zálohování na iCloud nemůže začít', FAILED_OR_NONE],
  ['ru', 'Резервное копирование iCloud не может начаться', FAILED_OR_NONE],
  ['uk', 'Резервне копіювання iCloud не може почати', FAILED_OR_NONE],
  ['tr', 'iCloud Yedekleme başlayamıyor', FAILED_OR_NONE],
  ['ro', 'Backupul iCloud nu poate începe', FAILED_OR_NONE],
  ['el', 'Τα αντίγραφα ασφαλείας iCloud δεν μπορούν να ξεκινήσουν', FAILED_OR_NONE],
  ['vi', 'Sao lưu iCloud không thể bắt đầu', FAILED_OR_NONE],
  ['id', 'Cadangan iCloud tidak dapat dimulai', FAILED_OR_NONE],
  ['ja', 'iCloudバックアップが開始できません', FAILED_OR_NONE],
  ['zh', 'iCloud 备份无法开始', FAILED_OR_NONE],
  ['ko', 'iCloud 백업을 시작할 수 없습니다', FAILED_OR_NONE],
  ['he', 'גיבוי iCloud לא מצליח להתחיל', FAILED_OR_NONE],
  ['ar', 'النسخ الاحتياطي على iCloud لا يمكنه البدء', FAILED_OR_NONE],
  ['th', 'การสำรองข้อมูล iCloud ไม่สามารถเริ่มได้', FAILED_OR_NONE],
  ['hi', 'iCloud बैकअप शुरू नहीं हो पा रहा है', FAILED_OR_NONE],
  // Wi-Fi's alert needs Wi-Fi named: power, a passcode and a cable are other conditions.
  ['en', 'iCloud Backup requires a connection to power', NOT_WIFI],
  ['de', 'Für das iCloud-Backup ist ein Stromanschluss erforderlich', NOT_WIFI],
  ['hu', 'Az iCloud-mentéshez töltő szükséges', NOT_WIFI],
  ['tr', 'iCloud Yedekleme için şarj gerekir', NOT_WIFI],
  ['vi', 'Sao lưu iCloud cần kết nối nguồn điện', NOT_WIFI],
];

/** Apple's account alert, retyped: still read. */
export const accountControls: Probe[] = [
  ['hu', 'az icloud mentés nem tud hozzáférni a fiókhoz', 'cannot_access_account'],
  ['de', 'icloud backup kann nicht auf deinen account zugreifen', 'cannot_access_account'],
  ['fr', 'la sauvegarde icloud ne peut pas acceder a votre compte', 'cannot_access_account'],
  ['es', 'copia de seguridad de icloud no puede acceder a tu cuenta', 'cannot_access_account'],
  ['it', 'il backup di icloud non puo accedere al tuo account', 'cannot_access_account'],
  ['pt', 'o backup do icloud nao consegue acessar sua conta', 'cannot_access_account'],
  ['nl', 'icloud reservekopie heeft geen toegang tot je account', 'cannot_access_account'],
  ['sv', 'icloud säkerhetskopiering kan inte komma åt ditt konto', 'cannot_access_account'],
  ['pl', 'kopia zapasowa icloud nie ma dostepu do konta', 'cannot_access_account'],
  [
    'ru',
    'резервное копирование icloud не может получить доступ к учетной записи',
    'cannot_access_account',
  ],
  ['tr', 'icloud yedekleme hesabiniza erisemiyor', 'cannot_access_account'],
  ['vi', 'sao luu icloud khong the truy cap tai khoan', 'cannot_access_account'],
  ['ja', 'iCloud バックアップが アカウントに アクセスできません', 'cannot_access_account'],
  ['ko', 'icloud 백업이 계정에 접근할 수 없습니다', 'cannot_access_account'],
  ['fi', 'icloud-varmuuskopiointi ei pääse tilillesi', 'cannot_access_account'],
  ['hu', 'Wi-Fi kapcsolat nincs', 'needs_wifi'],
  ['tr', 'wifi baglantisi yok', 'needs_wifi'],
];

/** Everyday sentences of one language that another language's wording shares words with. */
export const otherLanguageProbes: Probe[] = [
  ['tr', 'annemin telefonu iCloud a yedek almıyor', FAILED_OR_NONE],
  ['tr', 'telefon iCloud a yedek atmıyor', FAILED_OR_NONE],
  ['tr', 'iCloud a yedekleme olmuyor', FAILED_OR_NONE],
  ['tr', 'iPadim iCloud a hiç yedeklenmedi', FAILED_OR_NONE],
  ['az', 'telefonum iCloud-a yedəklənmir', FAILED_OR_NONE],
  ['pt', 'meu iPhone não faz backup no iCloud', FAILED_OR_NONE],
  ['sw', 'iCloud haifanyi kazi kwenye simu yangu', FAILED_OR_NONE],
  ['tl', 'ayaw mag-backup sa iCloud ng cellphone ko', FAILED_OR_NONE],
  ['ms', 'iCloud tak boleh backup telefon saya', FAILED_OR_NONE],
  ['sq', 'telefoni nuk bën kopje në iCloud', FAILED_OR_NONE],
  ['et', 'iCloud ei tee mu telefonist varukoopiat', FAILED_OR_NONE],
  ['lv', 'iCloud nedublē manu telefonu', FAILED_OR_NONE],
  ['lt', 'iCloud nedaro telefono kopijos', FAILED_OR_NONE],
  ['sk', 'iPhone sa nezálohuje do iCloudu', FAILED_OR_NONE],
  ['hr', 'iPhone se ne sprema na iCloud', FAILED_OR_NONE],
  ['sr', 'telefon ne pravi rezervnu kopiju na iCloud', FAILED_OR_NONE],
  ['sl', 'iPhone se ne kopira v iCloud', FAILED_OR_NONE],
  ['is', 'síminn afritar ekki í iCloud', FAILED_OR_NONE],
  ['ca', "l'iPhone no fa la còpia a iCloud", FAILED_OR_NONE],
  ['eu', 'iPhonea ez da iCloud-en gordetzen', FAILED_OR_NONE],
  ['gl', 'o iPhone non fai copia en iCloud', FAILED_OR_NONE],
  ['cy', "dyw'r ffôn ddim yn gwneud copi i iCloud", FAILED_OR_NONE],
  ['af', 'my foon maak nie rugsteun na iCloud nie', FAILED_OR_NONE],
  ['fa', 'آیفونم در iCloud پشتیبان‌گیری نمی‌کند', FAILED_OR_NONE],
  ['hu', 'a telefonom nem ment az iCloudba', FAILED_OR_NONE],
];

/** The same languages' own storage alerts, retyped: still read. */
export const otherLanguageControls: Probe[] = [
  ['tr', 'icloud saklama alani dolu', ICLOUD_FULL],
  ['hu', 'az icloud tárhely megtelt', ICLOUD_FULL],
  ['pt', 'armazenamento do icloud cheio', ICLOUD_FULL],
  ['sk', 'úložisko iCloud je plné', [...ICLOUD_FULL, null]],
  ['hr', 'iCloud pohrana je puna', [...ICLOUD_FULL, null]],
  ['ca', "l'emmagatzematge d'iCloud és ple", [...ICLOUD_FULL, null]],
  ['ms', 'storan iCloud penuh', [...ICLOUD_FULL, null]],
];

/**
 * Storage named without iCloud. Apple's device alert is titled "Storage Full" / "Storage Almost
 * Full" in every language, the iCloud backup's "Not Enough Storage": a relative's alert is read
 * (round 25), as the device's when only "storage full" is said.
 */
export const storageProbes: Probe[] = [
  ['es', 'a mi madre le sale almacenamiento lleno', DEVICE_FULL],
  ['de', 'bei meinem Vater steht Speicher voll', DEVICE_FULL],
  ['fr', 'ma sœur a le message stockage saturé', DEVICE_FULL],
  ['it', "mio nonno ha l'avviso spazio esaurito", DEVICE_FULL],
  ['pt', 'minha avó recebe o aviso armazenamento cheio', DEVICE_FULL],
  ['nl', 'mijn oma krijgt de melding opslag vol', DEVICE_FULL],
  ['es', 'mi padre tiene el aviso de almacenamiento de iCloud lleno', ICLOUD_FULL],
  ['de', 'mein Vater hat die Meldung iCloud-Speicher voll', ICLOUD_FULL],
  ['fr', 'ma mère a le message stockage iCloud saturé', ICLOUD_FULL],
  ['pt', 'meu pai tem o aviso armazenamento do iCloud cheio', ICLOUD_FULL],
  ['es', 'a mi padre le sale almacenamiento insuficiente', 'not_enough_storage'],
  ['en', 'my dad gets Not Enough Storage', 'not_enough_storage'],
  // Full, but of no phone and no cloud.
  ['es', 'mi padre tiene el almacén lleno', null],
  ['de', 'mein Vater hat den Keller voll', null],
  ['fr', 'le grenier de ma mère est plein', null],
  ['it', 'il magazzino di mio zio è pieno', null],
];

/** An alert gone, or things fine now: no alert shown. */
export const fineNowProbes: Probe[] = [
  ['en', "it's gone now", null],
  ['en', 'all good now, thanks', null],
  ['en', 'the iCloud storage full alert is gone', null],
  ['en', 'the backup failed warning is gone now', null],
  ['vi', 'bây giờ ổn rồi', null],
  ['vi', 'thông báo sao lưu thất bại đã hết rồi', null],
  ['vi', 'giờ đã ổn, không còn báo dung lượng iCloud đầy', null],
  ['de', 'jetzt ist alles wieder gut', null],
  ['de', 'die Meldung iCloud-Speicher voll ist weg', null],
  ['fr', "c'est bon maintenant", null],
  ['fr', 'le message stockage iCloud saturé est parti', null],
  ['es', 'ya está todo bien', null],
  ['es', 'el aviso de copia fallida ya se fue', null],
  ['it', 'ora va tutto bene', null],
  ['pt', 'agora está tudo certo', null],
  ['nl', 'nu is het weer in orde', null],
  ['sv', 'nu fungerar allt igen', null],
  ['pl', 'teraz już wszystko działa', null],
  ['ru', 'теперь всё в порядке', null],
  ['tr', 'şimdi her şey düzeldi', null],
  ['ja', 'もう大丈夫になりました', null],
  ['zh', '现在没问题了', null],
  ['ko', '이제 다 괜찮아요', null],
  ['id', 'sekarang sudah normal', null],
  ['th', 'ตอนนี้ใช้ได้แล้ว', null],
  ['hu', 'most már minden rendben van', null],
];

/** Still shown: read. */
export const fineNowControls: Probe[] = [
  ['vi', 'sao lưu iCloud không thành công, vẫn chưa ổn', 'backup_failed'],
  ['vi', 'dung lượng iCloud đã đầy', ICLOUD_FULL],
  ['en', 'it was fine yesterday, now iCloud backup failed', 'backup_failed'],
  ['de', 'gestern war alles gut, jetzt iCloud-Backup fehlgeschlagen', 'backup_failed'],
  ['es', 'antes iba bien, ahora la copia de seguridad de iCloud falló', 'backup_failed'],
  ['hu', 'az iCloud-mentés sikertelen', 'backup_failed'],
  ['tr', 'icloud yedeklemesi basarisiz', 'backup_failed'],
];
