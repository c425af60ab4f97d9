/**
 * Probes of the second half of round 24, written before running them: storage words said of
 * another product or device (a NAS, a Samsung or Android phone, an SD card, a USB stick, a Mac, a
 * laptop, Google Drive, Dropbox, OneDrive, a Synology) in 20 languages, the same words said of
 * iCloud or the device (which must still read), "but"/"and" joining two statements (and
 * Portuguese "mais", more, which is French "but"), "cannot make/create/complete a backup" in the
 * languages of Apple's alerts, and inflected forms of "backup" in Slavic and Finno-Ugric
 * languages. An array lists the readings that are right (null: a safe "unrecognised").
 */

import {
  DEVICE_FULL,
  FAILED_OR_CREATED,
  FAILED_OR_CREATED_OR_NONE,
  FAILED_OR_NONE,
  ICLOUD_FULL,
  UNFINISHED,
  UNFINISHED_OR_NONE,
  type Probe,
} from './alert-probe-suite.ts';

/** Storage said of something that is neither the device nor iCloud: no alert of ours. */
export const othersStorageProbes: Probe[] = [
  ['en', 'NAS storage almost full', null],
  ['en', 'Samsung storage full', null],
  ['en', 'SD card storage is full', null],
  ['en', 'my USB stick storage is full', null],
  ['en', 'Synology storage almost full', null],
  ['en', 'my laptop storage is full', null],
  ['en', 'Android phone storage almost full', null],
  ['en', 'Dropbox storage full', null],
  ['en', 'external drive storage full', null],
  ['de', 'NAS-Speicher fast voll', null],
  ['de', 'Samsung Speicher voll', null],
  ['de', 'Speicher der Synology fast voll', null],
  ['fr', 'Stockage du NAS presque plein', null],
  ['fr', 'Stockage Samsung saturé', null],
  ['es', 'almacenamiento del Samsung lleno', null],
  ['es', 'Almacenamiento de la tarjeta SD lleno', null],
  ['it', 'Memoria del NAS quasi piena', null],
  ['pt', 'Armazenamento do Samsung cheio', null],
  ['nl', 'NAS-opslag bijna vol', null],
  ['sv', 'Lagringsutrymmet på min Samsung är fullt', null],
  ['da', 'Samsung lagerplads fuld', null],
  ['nb', 'Lagringsplass på NAS nesten full', null],
  ['pl', 'Pamięć Samsunga prawie pełna', null],
  ['cs', 'Úložiště NAS je plné', null],
  ['ru', 'Хранилище Samsung заполнено', null],
  ['uk', 'Сховище NAS майже заповнене', null],
  ['tr', 'Samsung depolama alanı dolu', null],
  ['fi', 'NAS-tallennustila melkein täynnä', null],
  ['hu', 'A Samsung tárhelye megtelt', null],
  ['ja', 'NASのストレージがいっぱいです', null],
  ['zh', 'NAS 储存空间已满', null],
  ['ko', '삼성 저장 공간이 가득 찼습니다', null],
];

/** The same words said of the device or iCloud, or with no owner at all: still the alert. */
export const ownStorageProbes: Probe[] = [
  ['en', 'Storage Almost Full', 'device_storage_almost_full'],
  ['en', 'iPad storage is full', 'device_storage_full'],
  ['en', 'my iPhone storage is almost full', 'device_storage_almost_full'],
  ['en', 'iCloud storage full, my NAS is fine', 'not_enough_storage'],
  ['de', 'Speicher fast voll', 'device_storage_almost_full'],
  ['de', 'Mein iPhone-Speicher ist voll', 'device_storage_full'],
  ['fr', "Stockage de l'iPhone presque saturé", 'device_storage_almost_full'],
  ['es', 'Almacenamiento del iPhone casi lleno', DEVICE_FULL],
  ['pt', 'Armazenamento do iPhone quase cheio', 'device_storage_almost_full'],
  ['pl', 'Pamięć iPhone’a prawie pełna', 'device_storage_almost_full'],
  ['ru', 'Хранилище iPhone почти заполнено', 'device_storage_almost_full'],
  ['cs', 'Úložiště iPhonu je plné', 'device_storage_full'],
  ['hu', 'Az iPhone tárhelye megtelt', 'device_storage_full'],
  ['zh', 'iPhone 储存空间已满', 'device_storage_full'],
  ['ja', 'iPhoneの容量がいっぱいです', 'device_storage_full'],
  ['tr', 'iCloud depolama alanı dolu', ICLOUD_FULL],
];

/** Two statements joined by "but" or "and", and words that only look like "but". */
export const joinedProbes: Probe[] = [
  ['pt', 'não tem mais espaço no icloud', 'not_enough_storage'],
  ['pt', 'o backup do iPhone falhou mais uma vez', 'backup_failed'],
  ['pt', 'o iCloud não tem mais espaço para o backup', ICLOUD_FULL],
  ['pt', 'o iPhone tem espaço mas o iCloud está cheio', ICLOUD_FULL],
  ['fr', "Stockage de l'iPhone saturé mais iCloud a de la place", 'device_storage_full'],
  ['fr', 'le NAS est plein mais le stockage iCloud est presque plein', 'storage_almost_full'],
  ['de', 'Time Machine voll und iCloud-Speicher voll', ICLOUD_FULL],
  ['de', 'NAS voll und iCloud-Speicher fast voll', 'storage_almost_full'],
  ['en', 'my Mac is full and iCloud storage is almost full', 'storage_almost_full'],
  ['en', 'Samsung storage full and iPhone storage full', 'device_storage_full'],
  ['nl', 'Time Machine vol en iCloud-opslag bijna vol', 'storage_almost_full'],
  ['es', 'el NAS está lleno y el almacenamiento de iCloud está lleno', ICLOUD_FULL],
  ['it', 'il NAS è pieno ma lo spazio iCloud è quasi pieno', ICLOUD_FULL],
];

/** "Cannot make, create or complete a backup" in the languages of Apple's alerts. */
export const cannotMakeProbes: Probe[] = [
  ['da', 'jeg kan ikke lave en sikkerhedskopi', FAILED_OR_NONE],
  ['da', 'kan ikke lave backup af min iphone', FAILED_OR_NONE],
  ['nb', 'jeg kan ikke lage sikkerhetskopi av iPhone', FAILED_OR_NONE],
  ['sv', 'kan inte skapa en säkerhetskopia', FAILED_OR_CREATED_OR_NONE],
  ['de', 'Das letzte Backup konnte nicht vollständig erstellt werden', UNFINISHED_OR_NONE],
  ['de', 'Backup konnte nicht abgeschlossen werden', UNFINISHED],
  ['de', 'ich kann das Backup nicht abschließen', UNFINISHED_OR_NONE],
  ['en', "I can't complete the backup", UNFINISHED_OR_NONE],
  ['en', 'cannot make a backup of my iPad', FAILED_OR_NONE],
  ['fr', 'impossible de terminer la sauvegarde', UNFINISHED],
  ['fr', "je n'arrive pas à créer de sauvegarde", FAILED_OR_CREATED_OR_NONE],
  ['es', 'no puedo crear una copia de seguridad', FAILED_OR_CREATED_OR_NONE],
  ['es', 'no se puede completar la copia de seguridad', UNFINISHED_OR_NONE],
  ['it', 'non riesco a completare il backup', UNFINISHED_OR_NONE],
  ['pt', 'não consigo concluir o backup', UNFINISHED_OR_NONE],
  ['nl', 'ik kan geen reservekopie maken', FAILED_OR_NONE],
  ['ja', 'バックアップを作成できません', FAILED_OR_CREATED],
  ['zh', '无法完成备份', UNFINISHED],
  ['ru', 'не могу создать резервную копию', FAILED_OR_CREATED_OR_NONE],
  ['tr', 'yedekleme tamamlanamadı', UNFINISHED_OR_NONE],
];

/** Inflected forms of "backup" in Slavic and Finno-Ugric languages. */
export const inflectedProbes: Probe[] = [
  ['pl', 'nie mogę zrobić backupu', FAILED_OR_CREATED_OR_NONE],
  ['pl', 'nie mogę zrobić kopii zapasowej', FAILED_OR_CREATED_OR_NONE],
  ['pl', 'backup iPhone’a nie działa', FAILED_OR_NONE],
  ['cs', 'záloha na iCloud selhala', FAILED_OR_NONE],
  ['cs', 'nejde udělat zálohu iphonu', FAILED_OR_CREATED_OR_NONE],
  ['sk', 'záloha na iCloud zlyhala', FAILED_OR_NONE],
  ['ru', 'ошибка бэкапа в iCloud', FAILED_OR_NONE],
  ['uk', 'не вдається зробити бекап', FAILED_OR_CREATED_OR_NONE],
  ['fi', 'iCloud-varmuuskopion luominen epäonnistui', FAILED_OR_CREATED],
  ['fi', 'varmuuskopiointi ei onnistu', FAILED_OR_NONE],
  ['hu', 'nem sikerült a biztonsági mentés', FAILED_OR_NONE],
  ['hu', 'az iCloud-mentésem nem működik', FAILED_OR_NONE],
  ['et', 'varukoopia ebaõnnestus', FAILED_OR_NONE],
];
