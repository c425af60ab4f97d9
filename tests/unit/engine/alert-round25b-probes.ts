/**
 * Probes of the second half of round 25, written before running them: a time word said of
 * something else than the backup (paying every month, a yearly plan, "every week I…"), a setting's
 * label quoted in a note ("Back Up This iPhone" greyed out) and a switch that cannot be tapped,
 * general statements and what others claim ("backups fail when storage is low"), "not fully
 * created" in Slavic languages, and terse Chinese, Japanese and Korean forms.
 * An array lists the readings that are right (null: a safe "unrecognised").
 */

import {
  FAILED,
  FAILED_OR_NONE,
  ICLOUD_FULL,
  ICLOUD_FULL_OR_NONE,
  UNFINISHED,
  UNFINISHED_OR_NONE,
  type Probe,
} from './alert-probe-suite.ts';

/** A backup that failed, or none: never the reminder of weeks without one. */
const NOT_WEEKS = ['backup_failed', 'backup_could_not_be_created', null] as const;
/** A switch that cannot be turned on is no failure: unread, or the alert of enabling it. */
const ENABLING_OR_NONE = ['problem_enabling_backup', null] as const;

/** A time word said of paying, a plan or a habit, not of the backup's age. */
export const timeOfOtherProbes: Probe[] = [
  ['en', 'I pay every month for iCloud+ and I still get Backup failed', FAILED],
  ['en', 'iCloud storage is full and I do not want to pay every month', ICLOUD_FULL],
  ['en', 'I have not paid for iCloud in months', null],
  ['en', 'My phone plan renews every 4 weeks', null],
  ['en', 'I have had this iPhone for 6 weeks, the backup keeps failing', NOT_WEEKS],
  ['fr', 'Je ne veux pas payer tous les mois', null],
  ['fr', 'Stockage iCloud plein, pas envie de payer tous les mois', ICLOUD_FULL],
  [
    'fr',
    "le téléphone me dit tout le temps qu'il ne peut pas sauvegarder, mais pas payer tous les mois non plus",
    NOT_WEEKS,
  ],
  ['fr', 'Je paie 0,99 € par mois depuis 3 ans et la sauvegarde échoue', NOT_WEEKS],
  ['de', 'Ich will nicht jeden Monat zahlen', null],
  ['de', 'iCloud-Speicher voll, ich möchte nicht jeden Monat bezahlen', ICLOUD_FULL],
  ['de', 'Seit 3 Monaten zahle ich für iCloud+, trotzdem Backup fehlgeschlagen', FAILED],
  ['es', 'No quiero pagar cada mes por iCloud', null],
  ['es', 'Almacenamiento de iCloud lleno y no quiero pagar todos los meses', ICLOUD_FULL],
  ['it', 'Non voglio pagare ogni mese', null],
  ['it', 'Spazio iCloud esaurito, non voglio pagare tutti i mesi', ICLOUD_FULL_OR_NONE],
  ['pt', 'Não quero pagar todo mês pelo iCloud', null],
  ['nl', 'Ik wil niet elke maand betalen voor iCloud', null],
  ['sv', 'Jag vill inte betala varje månad', null],
  ['pl', 'Nie chcę płacić co miesiąc za iCloud', null],
  ['ru', 'Не хочу платить каждый месяц за iCloud', null],
  ['ru', 'Хранилище iCloud заполнено, платить каждый месяц не хочу', ICLOUD_FULL],
  ['uk', 'Не хочу платити щомісяця за iCloud', null],
  ['tr', 'Her ay iCloud için ödeme yapmak istemiyorum', null],
  ['ja', '毎月お金を払いたくない', null],
  ['zh', '不想每个月都付钱', null],
  ['ko', '매달 돈 내기 싫어요', null],
  ['da', 'Jeg vil ikke betale hver måned', null],
  ['fi', 'En halua maksaa joka kuukausi', null],
  ['cs', 'Nechci platit každý měsíc', null],
  ['ro', 'Nu vreau să plătesc în fiecare lună', null],
  ['hu', 'Nem akarok minden hónapban fizetni', null],
  ['vi', 'Tôi không muốn trả tiền hàng tháng', null],
  ['id', 'Saya tidak mau bayar tiap bulan', null],
  ['el', 'Δεν θέλω να πληρώνω κάθε μήνα', null],
  // "Non plus" and "either" repeat a negation: they make nothing "not backed up".
  ['fr', 'Sauvegarde iCloud impossible, et je ne veux pas payer non plus', NOT_WEEKS],
  ['en', 'Backup failed and I cannot pay for more storage either', FAILED],
];

/** A setting's label quoted in a note, and a switch that cannot be tapped. */
export const settingLabelProbes: Probe[] = [
  ['en', "The 'Back Up This iPad' switch is grey and I can't tap it", ENABLING_OR_NONE],
  ['en', 'The Back Up This iPhone toggle is greyed out', ENABLING_OR_NONE],
  ['en', "I can't turn on iCloud Backup, the switch is greyed out", ENABLING_OR_NONE],
  ['en', 'Back Up Now is greyed out', ENABLING_OR_NONE],
  ['en', "Where is the 'Back Up Now' button?", null],
  [
    'de',
    'Der Schalter „Dieses iPhone sichern“ ist grau, ich kann ihn nicht antippen',
    ENABLING_OR_NONE,
  ],
  ['de', '„Jetzt sichern“ ist ausgegraut', ENABLING_OR_NONE],
  [
    'fr',
    'Le bouton « Sauvegarder cet iPhone » est grisé, impossible de l’activer',
    ENABLING_OR_NONE,
  ],
  ['fr', '« Sauvegarder maintenant » est grisé', ENABLING_OR_NONE],
  ['es', 'El interruptor «Copia de seguridad de este iPhone» aparece en gris', ENABLING_OR_NONE],
  ['es', 'No puedo activar la copia de seguridad de iCloud, el botón está gris', ENABLING_OR_NONE],
  [
    'it',
    "L'interruttore «Backup di questo iPhone» è grigio, non riesco ad attivarlo",
    ENABLING_OR_NONE,
  ],
  ['pt', 'O botão "Fazer Backup deste iPhone" está cinza e não consigo ativar', ENABLING_OR_NONE],
  ['nl', 'De schakelaar "Maak reservekopie van deze iPhone" is grijs', ENABLING_OR_NONE],
  [
    'sv',
    'Reglaget ”Säkerhetskopiera den här iPaden” är grått och går inte att slå på',
    ENABLING_OR_NONE,
  ],
  [
    'ru',
    'Переключатель «Создать резервную копию этого iPhone» серый, не нажимается',
    ENABLING_OR_NONE,
  ],
  [
    'ru',
    'Не могу включить резервное копирование iCloud, переключатель неактивен',
    ENABLING_OR_NONE,
  ],
  [
    'pl',
    'Przełącznik „Utwórz kopię zapasową tego iPhone’a” jest szary i nie da się go włączyć',
    ENABLING_OR_NONE,
  ],
  ['uk', 'Перемикач «Резервне копіювання iCloud» сірий, не можу увімкнути', ENABLING_OR_NONE],
  ['ko', "'이 iPhone 백업' 스위치가 회색이라 켤 수 없어요", ENABLING_OR_NONE],
  ['ja', '「このiPhoneをバックアップ」のスイッチがグレーで押せません', ENABLING_OR_NONE],
  ['zh', '“备份此 iPhone”开关是灰色的，点不了', ENABLING_OR_NONE],
  ['da', 'Knappen "Sikkerhedskopier denne iPhone" er grå', ENABLING_OR_NONE],
  ['cs', 'Přepínač „Zálohovat tento iPhone“ je šedý a nejde zapnout', ENABLING_OR_NONE],
  ['fi', 'Varmuuskopioi tämä iPhone -kytkin on harmaa', ENABLING_OR_NONE],
  ['tr', '“Bu iPhone’u Yedekle” anahtarı gri, açamıyorum', ENABLING_OR_NONE],
  ['ro', 'Comutatorul „Backup pentru acest iPhone” este gri', ENABLING_OR_NONE],
  ['hu', 'A „Biztonsági mentés erről az iPhone-ról” kapcsoló szürke', ENABLING_OR_NONE],
  ['el', 'Ο διακόπτης «Αντίγραφο ασφαλείας αυτού του iPhone» είναι γκρι', ENABLING_OR_NONE],
  // A control named beside the alert it showed: the alert stays.
  ['en', 'I pressed the Back Up Now button and it said Backup failed', FAILED],
  // The verb "switch" and a device's colour name no control.
  ['en', 'iCloud storage is full so I have to switch to a bigger plan', ICLOUD_FULL],
  ['en', 'My Space Grey iPad says iCloud Backup failed', FAILED],
  ['de', 'Auf „Jetzt sichern“ getippt, dann kam: Backup fehlgeschlagen', FAILED],
];

/** General statements and what others claim: no alert the user saw. */
export const generalStatementProbes: Probe[] = [
  ['en', 'A friend said backups fail when storage is low', null],
  ['en', 'I read online that iCloud backups fail if the Wi-Fi is weak', null],
  ['en', 'Backups usually fail when the battery is low, right?', null],
  ['en', 'My friend told me iCloud backup fails when the storage is full', null],
  ['de', 'Ein Freund meinte, Backups schlagen fehl, wenn der Speicher voll ist', null],
  ['de', 'Ich habe gelesen, dass iCloud-Backups bei schwachem WLAN fehlschlagen', null],
  ['fr', 'Un ami m’a dit que les sauvegardes échouent quand le stockage est plein', null],
  ['es', 'Un amigo me dijo que las copias de seguridad fallan cuando no hay espacio', null],
  ['it', 'Un amico mi ha detto che i backup falliscono quando lo spazio è poco', null],
  ['pt', 'Um amigo disse que o backup falha quando o armazenamento está cheio', null],
  ['nl', 'Een vriend zei dat back-ups mislukken als de opslag vol is', null],
  ['ru', 'Друг сказал, что резервное копирование не удаётся, когда мало места', null],
  ['pl', 'Kolega powiedział, że kopia zapasowa się nie udaje, gdy brakuje miejsca', null],
  // Someone else's claim beside the user's own alert: the alert stays.
  ['en', 'Backup failed. A friend said it happens when storage is low', FAILED],
  ['de', 'iCloud-Backup fehlgeschlagen. Ein Kollege meinte, das liegt am WLAN', FAILED],
  ['da', 'En ven sagde, at backup fejler, når lageret er fuldt', null],
  ['nb', 'En venn sa at sikkerhetskopien feiler når lagringen er full', null],
  ['fi', 'Kaveri sanoi, että varmuuskopiointi epäonnistuu, kun tila loppuu', null],
  ['cs', 'Kamarád říkal, že záloha selže, když je plné úložiště', null],
  ['ro', 'Un prieten a spus că backup-ul eșuează când spațiul e plin', null],
  ['hu', 'Egy barátom azt mondta, hogy a mentés sikertelen, ha tele van a tárhely', null],
  ['ja', '友達が容量が少ないとバックアップは失敗すると言っていました', null],
  ['zh', '听说储存空间不足时备份会失败', null],
  ['ko', '친구가 저장 공간이 부족하면 백업이 실패한대요', null],
  ['ko', '친구가 iCloud 용량이 부족하면 백업이 안 된다고 했어요', null],
  ['ja', 'iPhoneに「iCloudストレージがいっぱいです」と言われました', ICLOUD_FULL],
  ['ja', '店員さんにiCloudがいっぱいだとバックアップは失敗すると言われました', null],
  ['ko', '아이폰이 iCloud 저장 공간이 부족하다고 했어요', ICLOUD_FULL_OR_NONE],
  // The device or its message as the one that said it is an alert shown.
  ['en', 'My iPhone said Backup failed', FAILED],
  ['en', 'The notification said iCloud storage is full', ICLOUD_FULL],
  ['fr', "Le téléphone m'a dit que la sauvegarde a échoué", FAILED_OR_NONE],
];

/** "Not fully created": the backup began and did not finish. */
export const notFullyProbes: Probe[] = [
  ['ru', 'Резервная копия не была полностью создана', UNFINISHED],
  ['ru', 'Не удалось полностью создать резервную копию', UNFINISHED],
  ['uk', 'Резервну копію не було повністю створено', UNFINISHED_OR_NONE],
  ['pl', 'Kopia zapasowa nie została w pełni utworzona', UNFINISHED_OR_NONE],
  ['cs', 'Záloha nebyla úplně vytvořena', UNFINISHED_OR_NONE],
  ['de', 'Das Backup wurde nicht vollständig erstellt', UNFINISHED],
  ['it', 'Il backup non è stato creato completamente', UNFINISHED_OR_NONE],
  ['pt', 'O backup não foi totalmente criado', UNFINISHED_OR_NONE],
];

/** Terse Chinese, Japanese and Korean: a noun and a state, no sentence. */
export const terseCjkProbes: Probe[] = [
  ['zh', 'iCloud满了', ICLOUD_FULL],
  ['zh', 'iCloud空间满了', ICLOUD_FULL],
  ['zh', '备份失败了', FAILED],
  ['zh', '又备份失败', FAILED],
  ['zh', 'iCloud 备份不了', FAILED_OR_NONE],
  ['ja', 'iCloudいっぱい', ICLOUD_FULL_OR_NONE],
  ['ja', 'バックアップ失敗', FAILED],
  ['ja', '毎晩バックアップ失敗', FAILED],
  ['ko', '매일 밤 백업 실패', FAILED],
  ['ko', '백업 실패함', FAILED],
  ['ko', 'iCloud 용량 부족', ICLOUD_FULL_OR_NONE],
];

/** Cases left open by the first half of the round. */
export const openProbes: Probe[] = [
  ['en', 'It used to say iCloud storage full now it says backup failed', FAILED],
  [
    'en',
    'It said not enough iCloud storage and now it says iPhone storage full',
    ['device_storage_full'],
  ],
];
