/**
 * Probes of the fourteenth round, written before running them: what people paste or retype
 * (notification headers with the time, button words, broken lines, all caps, missing accents,
 * mixed languages), with the alert it must be read as, or the alerts either of which is right
 * where the wording sits between two (a backup that "could not be created" is also one that
 * failed); and texts that are none (another app's message, with or without a colon, the user's
 * own question, other iCloud features).
 */

import type { Probe } from './alert-probe-suite.ts';

export const round14Probes: Probe[] = [
  // English
  ['en', 'Last successful backup: Never', 'not_backed_up_weeks'],
  ['en', 'LAST BACKUP: NEVER', 'not_backed_up_weeks'],
  ['en', 'Slack: An unknown error occurred', null],
  ['en', 'iCloud Drive is not syncing', null],
  [
    'en',
    'iPhone Storage Almost Full\nYou can manage your storage in Settings.\nClose Settings',
    'device_storage_almost_full',
  ],
  ['en', 'Backup failed :( help!!', 'backup_failed'],
  ['en', 'Your iPhone has not been backed up in 2 weeks', 'not_backed_up_weeks'],
  // German
  [
    'de',
    '10:42 Einstellungen\nDas letzte Backup konnte nicht abgeschlossen werden.',
    'last_backup_not_completed',
  ],
  ['de', 'Dein iPhone wurde seit 3 Wochen nicht gesichert', 'not_backed_up_weeks'],
  ['de', 'Telegram: Backup fehlgeschlagen', null],
  ['de', 'iCloud Fotos: Synchronisierung angehalten', null],
  ['de', 'Letztes Backup: nie', 'not_backed_up_weeks'],
  // French
  ['fr', 'Dernière sauvegarde : jamais', 'not_backed_up_weeks'],
  ['fr', 'Stockage iPhone presque plein', 'device_storage_almost_full'],
  ['fr', 'Impossible de sauvegarder l’iPhone\nOK', 'backup_failed'],
  ['fr', 'Snapchat : une erreur inconnue s’est produite', null],
  ['fr', 'Mon stockage iCloud est-il plein ?', null],
  // Spanish
  ['es', 'Última copia de seguridad: nunca', 'not_backed_up_weeks'],
  ['es', 'ALMACENAMIENTO DEL IPHONE CASI LLENO', 'device_storage_almost_full'],
  ['es', 'Telegram: error en la copia de seguridad', null],
  ['es', 'La copia de seguridad de iCloud requiere una conexion Wi-Fi', 'needs_wifi'],
  // Italian
  ['it', 'Ultimo backup: mai', 'not_backed_up_weeks'],
  ['it', 'Spazio iCloud esaurito', 'not_enough_storage'],
  ['it', 'WhatsApp: backup non riuscito', null],
  // Portuguese (Brazil)
  ['pt-BR', 'Falha no backup do iCloud', 'backup_failed'],
  ['pt-BR', 'Armazenamento do iCloud cheio. Gerenciar', 'not_enough_storage'],
  ['pt-BR', 'o ultimo backup nao pode ser concluido', 'last_backup_not_completed'],
  ['pt-BR', 'Nunca foi feito backup deste iPhone', 'not_backed_up_weeks'],
  ['pt-BR', 'WhatsApp: falha no backup', null],
  ['pt-BR', 'O backup do iCloud requer uma conexão Wi-Fi', 'needs_wifi'],
  ['pt-BR', 'Último backup: nunca', 'not_backed_up_weeks'],
  // Dutch, Swedish
  ['nl', 'Laatste reservekopie: nooit', 'not_backed_up_weeks'],
  ['nl', 'iCloud-opslag is vol', 'not_enough_storage'],
  ['nl', 'WhatsApp: Reservekopie mislukt', null],
  ['sv', 'Senaste säkerhetskopiering: aldrig', 'not_backed_up_weeks'],
  // Japanese
  ['ja', '通知 9:12\niCloudバックアップ\nバックアップに失敗しました', 'backup_failed'],
  ['ja', 'ICLOUDストレージがいっぱいです 設定', 'not_enough_storage'],
  ['ja', 'iPhoneのストレージがほぼいっぱいです', 'device_storage_almost_full'],
  ['ja', 'LINE: バックアップに失敗しました', null],
  ['ja', 'このiPhoneは一度もバックアップされていません', 'not_backed_up_weeks'],
  ['ja', 'まだ一度もバックアップしていません', 'not_backed_up_weeks'],
  ['ja', 'iCloudストレージはいっぱいですか？', null],
  ['ja', '写真の同期が一時停止中', null],
  ['ja', 'LINE 不明なエラーが発生しました', null],
  ['ja', 'iCloud 不明なエラーが発生しました', 'unknown_error'],
  // Chinese (mainland)
  ['zh-CN', 'iCloud 储存空间已满 管理', 'not_enough_storage'],
  ['zh-CN', '上次备份未能完成', 'last_backup_not_completed'],
  ['zh-CN', '支付宝：发生未知错误', null],
  ['zh-CN', '这台iPhone从未备份过', 'not_backed_up_weeks'],
  ['zh-CN', '从来没有备份过', 'not_backed_up_weeks'],
  ['zh-CN', '上次备份：从未', 'not_backed_up_weeks'],
  ['zh-CN', 'iPhone 储存空间几乎已满', 'device_storage_almost_full'],
  ['zh-CN', 'iCloud备份需要无线局域网连接', 'needs_wifi'],
  ['zh-CN', '我的iCloud空间满了吗', null],
  ['zh-CN', '查找我的iPhone已关闭', null],
  ['zh-CN', '抖音 发生未知错误', null],
  ['zh-CN', '微博 备份失败', null],
  // Chinese (Taiwan)
  ['zh-TW', 'iCloud 儲存空間不足，無法備份這部 iPhone', 'not_enough_storage'],
  ['zh-TW', '上次備份無法完成', 'last_backup_not_completed'],
  ['zh-TW', '這部iPad從未備份', 'not_backed_up_weeks'],
  ['zh-TW', 'LINE：備份失敗', null],
  // Korean
  ['ko', '오후 3:05 설정 iCloud 백업 실패', 'backup_failed'],
  ['ko', 'iCloud 저장 공간이 가득 찼습니다', 'not_enough_storage'],
  ['ko', '이 iPhone은 한 번도 백업되지 않았습니다', 'not_backed_up_weeks'],
  ['ko', '이 아이폰은 백업한 적이 없습니다', 'not_backed_up_weeks'],
  ['ko', 'iPhone 저장 공간이 거의 다 찼습니다', 'device_storage_almost_full'],
  ['ko', '백업하려면 Wi-Fi 연결이 필요합니다', 'needs_wifi'],
  ['ko', '네이버 알 수 없는 오류가 발생했습니다', null],
  ['ko', '네이버 앱: 알 수 없는 오류', null],
  ['ko', '밴드 백업 실패', null],
  ['ko', 'iCloud 알 수 없는 오류가 발생했습니다', 'unknown_error'],
  // Russian
  [
    'ru',
    'Не удалось создать резервную копию iPhone',
    ['backup_could_not_be_created', 'backup_failed'],
  ],
  ['ru', 'ХРАНИЛИЩЕ ICLOUD ЗАПОЛНЕНО', 'not_enough_storage'],
  ['ru', 'Хранилище iPhone почти заполнено', 'device_storage_almost_full'],
  ['ru', 'Telegram: не удалось создать резервную копию', null],
  ['ru', 'Резервное копирование этого iPhone никогда не выполнялось', 'not_backed_up_weeks'],
  ['ru', 'Для резервного копирования требуется подключение к Wi-Fi', 'needs_wifi'],
  ['ru', 'Почему не работает Face ID?', null],
  // Ukrainian
  ['uk', 'Сховище iCloud заповнене', 'not_enough_storage'],
  [
    'uk',
    'Не вдалося створити резервну копію iPhone',
    ['backup_could_not_be_created', 'backup_failed'],
  ],
  ['uk', 'Viber: помилка резервного копіювання', null],
  ['uk', 'Недостатньо місця в iCloud для резервної копії', 'not_enough_storage'],
  // Turkish
  ['tr', 'iCloud Yedeklemesi Başarısız Oldu', 'backup_failed'],
  ['tr', 'ICLOUD SAKLAMA ALANI DOLU', 'not_enough_storage'],
  ['tr', 'iPhone saklama alanı neredeyse dolu', 'device_storage_almost_full'],
  ['tr', 'WhatsApp: Yedekleme tamamlanamadı', null],
  ['tr', 'Son yedekleme tamamlanamadi', 'last_backup_not_completed'],
  ['tr', 'iCloud depolama alanım dolu mu?', null],
  // Vietnamese
  ['vi', 'Sao lưu iCloud không thành công', 'backup_failed'],
  ['vi', 'Dung lượng iCloud đã đầy', 'not_enough_storage'],
  ['vi', 'Bộ nhớ iPhone gần đầy', 'device_storage_almost_full'],
  ['vi', 'Zalo: Sao lưu không thành công', null],
  ['vi', 'Dung luong iCloud da day', 'not_enough_storage'],
  ['vi', 'iPhone này chưa bao giờ được sao lưu', 'not_backed_up_weeks'],
  // Indonesian
  ['id', 'Pencadangan iCloud Gagal', 'backup_failed'],
  ['id', 'Penyimpanan iCloud penuh', 'not_enough_storage'],
  ['id', 'Penyimpanan iPhone hampir penuh', 'device_storage_almost_full'],
  ['id', 'WhatsApp: Pencadangan gagal', null],
  ['id', 'Apakah penyimpanan iCloud saya penuh?', null],
  ['id', 'iPhone ini belum pernah dicadangkan', 'not_backed_up_weeks'],
  // Polish
  [
    'pl',
    'Nie można utworzyć kopii zapasowej iPhone’a',
    ['backup_could_not_be_created', 'backup_failed'],
  ],
  ['pl', 'PAMIĘĆ ICLOUD JEST PEŁNA', 'not_enough_storage'],
  ['pl', 'Pamiec iPhone prawie pelna', 'device_storage_almost_full'],
  ['pl', 'Messenger: Błąd kopii zapasowej', null],
  ['pl', 'Ostatnia kopia zapasowa nie mogła zostać ukończona', 'last_backup_not_completed'],
  ['pl', 'Kopia zapasowa iCloud wymaga połączenia Wi-Fi', 'needs_wifi'],
  ['pl', 'Ostatnia kopia zapasowa: nigdy', 'not_backed_up_weeks'],
  // Czech
  ['cs', 'Zálohování iCloudu selhalo', 'backup_failed'],
  ['cs', 'Úložiště iCloud je plné', 'not_enough_storage'],
  ['cs', 'Uloziste iPhonu je temer plne', 'device_storage_almost_full'],
  ['cs', 'Poslední zálohu nebylo možné dokončit', 'last_backup_not_completed'],
  ['cs', 'WhatsApp: Zálohování selhalo', null],
  // Arabic, Hebrew, Thai, Hindi: the alert, and texts that are none
  ['ar', 'فشل نسخ iCloud الاحتياطي', 'backup_failed'],
  ['ar', 'مساحة تخزين iCloud ممتلئة', 'not_enough_storage'],
  ['ar', 'واتساب: فشل النسخ الاحتياطي', null],
  ['he', 'גיבוי iCloud נכשל', 'backup_failed'],
  ['he', 'האחסון ב-iCloud מלא', 'not_enough_storage'],
  ['he', 'WhatsApp: הגיבוי נכשל', null],
  ['th', 'สำรองข้อมูล iCloud ไม่สำเร็จ', 'backup_failed'],
  ['th', 'พื้นที่จัดเก็บ iCloud เต็ม', 'not_enough_storage'],
  ['th', 'LINE: สำรองข้อมูลไม่สำเร็จ', null],
  ['hi', 'iCloud स्टोरेज भर गया है', 'not_enough_storage'],
  ['hi', 'iCloud बैकअप नहीं हो सका', ['backup_failed', 'backup_could_not_be_created']],
  ['hi', 'मेरा iCloud स्टोरेज भरा है क्या?', null],
];
