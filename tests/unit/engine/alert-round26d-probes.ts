/**
 * Probes of round 26d, written before running them: the account alert read from its verb alone
 * ("cannot access", "kann nicht … zugreifen", "पा रहा") said of something else, the photos, the
 * files, the messages. Its meaning hangs on the account: without a word for it a text says at
 * most that the backup failed. Controls say the account, in Apple's words retyped or everyday
 * ones, and its synonyms (Apple Account, Apple ID, Konto, アカウント).
 * An array lists the readings that are right (null: a safe "unrecognised").
 */

import { FAILED_OR_CREATED_OR_NONE, UNFINISHED, type Probe } from './alert-probe-suite.ts';

/** A failure of any kind, or unread: anything but the account alert. */
const NOT_ACCOUNT = [...FAILED_OR_CREATED_OR_NONE, ...UNFINISHED];
const ACCOUNT = 'cannot_access_account';

/** "Cannot access X", X not the account. */
export const accessOtherProbes: Probe[] = [
  ['en', 'iCloud Backup is unable to access your photos', NOT_ACCOUNT],
  ['en', 'iCloud Backup can’t access the files on this iPhone', NOT_ACCOUNT],
  ['en', 'iCloud backup cannot access the backup folder', NOT_ACCOUNT],
  ['de', 'iCloud-Backup kann nicht auf deine Dateien zugreifen', NOT_ACCOUNT],
  ['de', 'Das Backup kann nicht auf die Nachrichten zugreifen', NOT_ACCOUNT],
  ['fr', 'La sauvegarde iCloud ne peut pas accéder à vos photos', NOT_ACCOUNT],
  ['fr', 'La sauvegarde iCloud n’arrive pas à accéder aux fichiers', NOT_ACCOUNT],
  ['es', 'La copia de seguridad de iCloud no puede acceder a tus fotos', NOT_ACCOUNT],
  ['es', 'la copia de icloud no puede acceder a los archivos', NOT_ACCOUNT],
  ['it', 'Il backup di iCloud non riesce ad accedere alle foto', NOT_ACCOUNT],
  ['pt', 'O Backup do iCloud não consegue acessar suas fotos', NOT_ACCOUNT],
  ['pt', 'A cópia de segurança em iCloud não consegue aceder aos ficheiros', NOT_ACCOUNT],
  ['nl', 'iCloud-reservekopie heeft geen toegang tot je foto’s', NOT_ACCOUNT],
  ['sv', 'iCloud-säkerhetskopiering kan inte komma åt dina bilder', NOT_ACCOUNT],
  ['da', 'iCloud-sikkerhedskopiering kan ikke få adgang til dine billeder', NOT_ACCOUNT],
  ['nb', 'iCloud-sikkerhetskopiering får ikke tilgang til bildene dine', NOT_ACCOUNT],
  ['pl', 'Kopia zapasowa iCloud nie może uzyskać dostępu do zdjęć', NOT_ACCOUNT],
  ['cs', 'Zálohování na iCloud nemá přístup k fotkám', NOT_ACCOUNT],
  ['ru', 'Резервное копирование iCloud не может получить доступ к фотографиям', NOT_ACCOUNT],
  ['uk', 'Резервне копіювання iCloud не може отримати доступ до фото', NOT_ACCOUNT],
  ['tr', 'iCloud Yedekleme fotoğraflarınıza erişemiyor', NOT_ACCOUNT],
  ['fi', 'iCloud-varmuuskopiointi ei pääse käyttämään kuviasi', NOT_ACCOUNT],
  [
    'el',
    'Τα αντίγραφα ασφαλείας iCloud δεν μπορούν να αποκτήσουν πρόσβαση στις φωτογραφίες',
    NOT_ACCOUNT,
  ],
  ['ro', 'Backupul iCloud nu poate accesa pozele', NOT_ACCOUNT],
  ['hu', 'Az iCloud-mentés nem fér hozzá a fotókhoz', NOT_ACCOUNT],
  ['vi', 'Sao lưu iCloud không thể truy cập ảnh của bạn', NOT_ACCOUNT],
  ['id', 'Cadangan iCloud tidak dapat mengakses foto Anda', NOT_ACCOUNT],
  ['ja', 'iCloudバックアップが写真にアクセスできません', NOT_ACCOUNT],
  ['zh', 'iCloud 备份无法访问你的照片', NOT_ACCOUNT],
  ['zh-TW', 'iCloud 備份無法存取您的照片', NOT_ACCOUNT],
  ['ko', 'iCloud 백업이 사진에 접근할 수 없습니다', NOT_ACCOUNT],
  ['ar', 'النسخ الاحتياطي على iCloud لا يمكنه الوصول إلى صورك', NOT_ACCOUNT],
  ['he', 'גיבוי iCloud לא מצליח לגשת לתמונות שלך', NOT_ACCOUNT],
  ['th', 'การสำรองข้อมูล iCloud ไม่สามารถเข้าถึงรูปภาพของคุณได้', NOT_ACCOUNT],
  ['hi', 'iCloud बैकअप आपकी फ़ोटो तक नहीं पहुँच पा रहा है', NOT_ACCOUNT],
  ['hi', 'iCloud बैकअप पूरा नहीं हो पा रहा है', NOT_ACCOUNT],
];

/** The account said, in Apple's words or a synonym: still the account alert. */
export const accountNamedControls: Probe[] = [
  ['en', 'iCloud Backup is unable to access your Apple Account', ACCOUNT],
  ['en', 'icloud backup cant access my account', ACCOUNT],
  ['en', 'iCloud backup can’t get into my Apple ID', ACCOUNT],
  ['de', 'iCloud-Backup kann nicht auf meinen Apple Account zugreifen', ACCOUNT],
  ['de', 'das icloud backup kann nicht auf mein konto zugreifen', ACCOUNT],
  ['fr', 'la sauvegarde icloud n arrive pas a acceder a mon compte', ACCOUNT],
  ['es', 'la copia de icloud no puede acceder a mi cuenta de apple', ACCOUNT],
  ['it', 'il backup icloud non riesce ad accedere al mio account', ACCOUNT],
  ['pt', 'o backup do icloud não pode aceder à minha conta', ACCOUNT],
  ['nl', 'icloud reservekopie kan mijn account niet openen', ACCOUNT],
  ['da', 'icloud sikkerhedskopiering kan ikke få adgang til min konto', ACCOUNT],
  ['nb', 'icloud sikkerhetskopiering får ikke tilgang til kontoen min', ACCOUNT],
  ['cs', 'zálohování na icloud nemá přístup k mému účtu', ACCOUNT],
  ['ru', 'резервное копирование icloud не может получить доступ к аккаунту', ACCOUNT],
  ['uk', 'резервне копіювання icloud не має доступу до облікового запису', ACCOUNT],
  ['el', 'τα αντίγραφα ασφαλείας icloud δεν έχουν πρόσβαση στον λογαριασμό μου', ACCOUNT],
  ['ro', 'backupul icloud nu poate accesa contul meu', ACCOUNT],
  ['hu', 'az icloud mentés nem fér hozzá a fiókomhoz', ACCOUNT],
  ['id', 'cadangan icloud tidak bisa mengakses akun saya', ACCOUNT],
  ['ja', 'iCloudバックアップがアカウントにアクセスできない', ACCOUNT],
  ['zh', 'iCloud 备份无法访问我的账户', ACCOUNT],
  ['zh-TW', 'iCloud 備份無法存取你的帳號', ACCOUNT],
  ['ar', 'النسخ الاحتياطي على iCloud لا يمكنه الوصول إلى حسابي', ACCOUNT],
  ['he', 'גיבוי iCloud לא מצליח לגשת לחשבון', ACCOUNT],
  ['th', 'การสำรองข้อมูล iCloud เข้าถึงบัญชีไม่ได้', ACCOUNT],
  ['hi', 'iCloud बैकअप मेरे खाते तक नहीं पहुँच पा रहा', ACCOUNT],
];
