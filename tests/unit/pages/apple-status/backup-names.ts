/**
 * "iCloud Backup" as Apple's status page names it in each language it is localised into: the
 * row every round's hand-made pages put a light on.
 */
export const AR = 'النسخ الاحتياطي على iCloud';
export const BG = 'Резервно копие в iCloud';
export const CA = 'Còpia de seguretat d’iCloud';
export const CS = 'Zálohování na iCloud';
export const DA = 'iCloud-sikkerhedskopiering';
export const DE = 'iCloud-Backup';
export const EL = 'Αντίγραφα ασφαλείας iCloud';
export const EN = 'iCloud Backup';
export const ES = 'Copia de seguridad de iCloud';
export const FI = 'iCloud-varmuuskopiointi';
export const FR = 'Sauvegarde iCloud';
export const HE = 'גיבוי iCloud';
export const HR = 'Sigurnosna kopija iCloud';
export const HU = 'iCloud-biztonsági mentés';
export const ID = 'Cadangan iCloud';
export const IT = 'Backup di iCloud';
export const JA = 'iCloudバックアップ';
export const KO = 'iCloud 백업';
export const MS = 'Sandaran iCloud';
export const NB = 'iCloud-sikkerhetskopiering';
export const NL = 'iCloud-reservekopie';
export const PL = 'Kopia zapasowa iCloud';
export const PT = 'Backup do iCloud';
export const RO = 'Copie de rezervă iCloud';
export const RU = 'Резервное копирование iCloud';
export const SK = 'Zálohovanie na iCloud';
export const SL = 'Varnostno kopiranje iCloud';
export const SV = 'iCloud-säkerhetskopiering';
export const TH = 'ข้อมูลสำรอง iCloud';
export const TR = 'iCloud Yedekleme';
export const UK = 'Резервне копіювання iCloud';
export const VI = 'Bản sao lưu iCloud';
export const ZH = 'iCloud 云备份';
export const ZHT = 'iCloud 備份';
