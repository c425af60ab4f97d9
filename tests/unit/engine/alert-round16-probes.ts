/**
 * Probes of the sixteenth round, written before running them: alerts as pasted or retyped in 16
 * languages (a notification's header and time, broken lines, all caps, missing accents and
 * letters, typos, two languages in one text, a word before the sentence), "never backed up"
 * said without a subject in Japanese, Chinese and Korean, and texts that are none (a question
 * about another iCloud feature, another app's storage).
 */

import type { Probe } from './alert-probe-suite.ts';

export const round16Probes: Probe[] = [
  // English
  ['en', 'ALERT\niCloud Backup\nYour iCloud storage is almost\nfull.', 'storage_almost_full'],
  ['en', 'iphone backup faild', 'backup_failed'],
  [
    'en',
    'Not Enough Storage\nThis iPad cannot be backed up because there is not enough iCloud storage available. You can manage your storage in Settings.',
    'not_enough_storage',
  ],
  ['en', 'Telegram: Not enough storage', null],
  ['en', "iPad hasn't been backed up in 3 weeks", 'not_backed_up_weeks'],
  ['en', 'how do I turn off iCloud Drive on my Mac', null],
  // German
  [
    'de',
    'Die letzte Datensicherung konnte nicht abgeschlossen werden',
    'last_backup_not_completed',
  ],
  ['de', 'ICLOUD-SPEICHER FAST VOLL', 'storage_almost_full'],
  ['de', 'Mein iPhone wurde seit 4 Wochen nicht gesichert', 'not_backed_up_weeks'],
  // French
  ['fr', 'Stockage iCloud presque plein', 'storage_almost_full'],
  ['fr', 'iphone pas sauvegardé depuis 2 semaines', 'not_backed_up_weeks'],
  ['fr', 'La sauvegarde iCloud nécessite une connexion Wi-Fi', 'needs_wifi'],
  // Spanish
  ['es', 'Ha ocurrido un error desconocido', 'unknown_error'],
  ['es', 'Almacenamiento de iCloud casi lleno', 'storage_almost_full'],
  ['es', 'No hay suficiente espacio en iCloud para hacer la copia', 'not_enough_storage'],
  ['es', 'el iphone nunca se ha respaldado', 'not_backed_up_weeks'],
  // Brazilian Portuguese
  ['pt-BR', 'Backup do iCloud falhou', 'backup_failed'],
  [
    'pt-BR',
    'Não há espaço suficiente no iCloud para fazer backup deste iPhone',
    'not_enough_storage',
  ],
  ['pt-BR', 'iPhone sem backup há 6 semanas', 'not_backed_up_weeks'],
  ['pt-BR', 'Ocorreu um erro desconhecido', 'unknown_error'],
  ['pt-BR', 'O backup está demorando mais do que o esperado', 'taking_long'],
  ['pt-BR', 'Como eu apago fotos do iCloud?', null],
  // Japanese
  ['ja', 'バックアップが一度も作成されていません', 'not_backed_up_weeks'],
  ['ja', '一度もバックアップしていません', 'not_backed_up_weeks'],
  ['ja', 'iPhoneのストレージがいっぱいです', 'device_storage_full'],
  ['ja', 'iCloudストレージが不足しています', 'not_enough_storage'],
  ['ja', '不明なエラーが発生しました', 'unknown_error'],
  ['ja', '最後のバックアップを完了できませんでした', 'last_backup_not_completed'],
  ['ja', 'iCloudバックアップにはWi-Fi接続が必要です', 'needs_wifi'],
  ['ja', 'iCloud写真をオフにする方法は？', null],
  ['ja', '12:30 通知\nバックアップ 失敗', 'backup_failed'],
  // Chinese (mainland)
  ['zh-CN', '从未备份', 'not_backed_up_weeks'],
  ['zh-CN', '这台iPhone还从来没有备份过', 'not_backed_up_weeks'],
  ['zh-CN', 'iCloud 储存空间已满', 'not_enough_storage'],
  ['zh-CN', 'iPhone 储存空间几乎已满', 'device_storage_almost_full'],
  ['zh-CN', '发生未知错误', 'unknown_error'],
  ['zh-CN', '备份所需时间比预期长', 'taking_long'],
  ['zh-CN', '如何在Mac上关闭iCloud云盘', null],
  ['zh-CN', '一次都没有备份过', 'not_backed_up_weeks'],
  // Chinese (Taiwan)
  ['zh-TW', 'iCloud 備份失敗', 'backup_failed'],
  ['zh-TW', '從未備份', 'not_backed_up_weeks'],
  ['zh-TW', 'iCloud 儲存空間不足', 'not_enough_storage'],
  ['zh-TW', '發生未知的錯誤', 'unknown_error'],
  ['zh-TW', 'iPhone 儲存空間幾乎已滿', 'device_storage_almost_full'],
  ['zh-TW', '這支手機從來沒有備份過', 'not_backed_up_weeks'],
  // Korean
  ['ko', '한 번도 백업된 적이 없습니다', 'not_backed_up_weeks'],
  ['ko', '백업을 한번도 안 했어요', 'not_backed_up_weeks'],
  ['ko', 'iCloud 저장 공간이 부족합니다', 'not_enough_storage'],
  ['ko', 'iPhone 저장 공간이 거의 가득 참', 'device_storage_almost_full'],
  ['ko', '알 수 없는 오류가 발생했습니다', 'unknown_error'],
  ['ko', '갑자기 알 수 없는 오류가 발생했습니다', 'unknown_error'],
  ['ko', '마지막 백업을 완료할 수 없습니다', 'last_backup_not_completed'],
  ['ko', 'iCloud 사진 공유하는 방법 알려주세요', null],
  ['ko', 'ICLOUD 백업 실패', 'backup_failed'],
  // Russian
  ['ru', 'Не удалось создать резервную копию', 'backup_could_not_be_created'],
  ['ru', 'Хранилище iCloud почти заполнено', 'storage_almost_full'],
  ['ru', 'Недостаточно места в iCloud', 'not_enough_storage'],
  ['ru', 'Резервное копирование iPhone не выполнялось 2 недели', 'not_backed_up_weeks'],
  ['ru', 'Произошла неизвестная ошибка', 'unknown_error'],
  ['ru', 'Как удалить фото из iCloud?', null],
  ['ru', 'СБОЙ РЕЗЕРВНОГО КОПИРОВАНИЯ ICLOUD', 'backup_failed'],
  // Ukrainian
  ['uk', 'Не вдалося створити резервну копію', 'backup_could_not_be_created'],
  ['uk', 'Сховище iCloud майже заповнене', 'storage_almost_full'],
  ['uk', 'Сталася невідома помилка', 'unknown_error'],
  ['uk', 'Недостатньо місця в iCloud', 'not_enough_storage'],
  // Turkish
  ['tr', 'iCloud Yedeklemesi başarısız oldu', 'backup_failed'],
  ['tr', 'iCloud saklama alanı neredeyse dolu', 'storage_almost_full'],
  ['tr', 'Bilinmeyen bir hata oluştu', 'unknown_error'],
  ['tr', 'iPhone 3 haftadir yedeklenmedi', 'not_backed_up_weeks'],
  ['tr', 'iCloud fotoğrafları nasıl silinir?', null],
  ['tr', 'Yeterli iCloud saklama alanı yok', 'not_enough_storage'],
  // Vietnamese
  ['vi', 'Sao lưu iCloud không thành công', 'backup_failed'],
  ['vi', 'Dung lượng iCloud gần đầy', 'storage_almost_full'],
  ['vi', 'Đã xảy ra lỗi không xác định', 'unknown_error'],
  ['vi', 'khong du dung luong icloud', 'not_enough_storage'],
  ['vi', 'Làm sao để chia sẻ ảnh iCloud?', null],
  // Arabic
  ['ar', 'مساحة تخزين iCloud ممتلئة تقريبًا', 'storage_almost_full'],
  ['ar', 'حدث خطأ غير معروف', 'unknown_error'],
  ['ar', 'فشل النسخ الاحتياطي على iCloud', 'backup_failed'],
  ['ar', 'كيف أحذف الصور من iCloud؟', null],
  // Hebrew
  ['he', 'אחסון iCloud כמעט מלא', 'storage_almost_full'],
  ['he', 'אירעה שגיאה לא ידועה', 'unknown_error'],
  ['he', 'אין מספיק מקום אחסון ב-iCloud', 'not_enough_storage'],
  ['he', 'איך משתפים אלבום ב-iCloud?', null],
  // Hindi
  ['hi', 'iCloud स्टोरेज लगभग भर गया है', 'storage_almost_full'],
  ['hi', 'एक अज्ञात त्रुटि हुई', 'unknown_error'],
  ['hi', 'iCloud बैकअप विफल', 'backup_failed'],
  ['hi', 'iCloud में फ़ोटो कैसे देखें?', null],
  // Two languages in one text
  ['ja+en', 'iCloud バックアップ failed', 'backup_failed'],
  ['es+en', 'Mi iPhone dice: iCloud Storage Almost Full', 'storage_almost_full'],
  ['ru+en', 'помогите: iCloud storage is full', 'not_enough_storage'],
];
