/**
 * Probes of the fifteenth round, written before running them: alerts as pasted or retyped
 * (notification headers with the time, broken lines, all caps, missing accents, typos, a word
 * before a Chinese or Korean sentence, "never" said with the verb), with the alert each must be
 * read as, or the alerts either of which is right; and texts that are none (another app's
 * message, the user's own question, other iCloud features, "never failed").
 */

import type { Probe } from './alert-probe-suite.ts';

const FAILED_OR_NOT_CREATED = ['backup_could_not_be_created', 'backup_failed'] as const;

export const round15Probes: Probe[] = [
  // English
  [
    'en',
    '9:41\nSettings\niPhone Not Backed Up\nThis iPhone hasn’t been backed up in 5 weeks.',
    'not_backed_up_weeks',
  ],
  ['en', 'ICLOUD BACKUP FAILED', 'backup_failed'],
  ['en', 'iCloud Backup\nThe last backup could not be\ncompleted.', 'last_backup_not_completed'],
  ['en', 'Discord: An unknown error occurred', null],
  ['en', 'How do I share an iCloud shared album with my mum?', null],
  ['en', 'AppleID Verification', 'sign_in_required'],
  ['en', 'Update AppleID Settings', 'sign_in_required'],
  ['en', 'my iphone has never been backed up', 'not_backed_up_weeks'],
  ['en', 'Keychain sync is off', null],
  // German
  ['de', 'AppleID-Verifizierung', 'sign_in_required'],
  ['de', 'Apple Account Verifizierung', 'sign_in_required'],
  ['de', 'Verifizierung der Apple-ID', 'sign_in_required'],
  ['de', 'iCloud-Speicher ist voll', 'not_enough_storage'],
  ['de', 'Backup fehlgeschlagen!!! Was tun', 'backup_failed'],
  ['de', 'Threema: Backup fehlgeschlagen', null],
  ['de', 'Das iPhone wurde noch nie gesichert', 'not_backed_up_weeks'],
  // French
  ['fr', 'ECHEC DE LA SAUVEGARDE ICLOUD', 'backup_failed'],
  ['fr', 'Espace de stockage iCloud insuffisant', 'not_enough_storage'],
  ['fr', 'Deezer : une erreur inconnue est survenue', null],
  // Spanish
  ['es', 'No se ha podido completar la última copia de seguridad', 'last_backup_not_completed'],
  ['es', 'almacenamiento de iphone casi lleno', 'device_storage_almost_full'],
  ['es', '¿Cómo comparto fotos de iCloud con mi familia?', null],
  // Italian
  ['it', 'Backup iCloud non riuscito', 'backup_failed'],
  ['it', 'Spazio iCloud quasi esaurito', 'storage_almost_full'],
  // Brazilian Portuguese
  ['pt-BR', 'Falha no backup do iCloud', 'backup_failed'],
  ['pt-BR', 'Armazenamento do iCloud cheio', 'not_enough_storage'],
  ['pt-BR', 'Este iPhone não faz backup há 3 semanas', 'not_backed_up_weeks'],
  ['pt-BR', 'Nubank: Ocorreu um erro desconhecido', null],
  ['pt-BR', 'meu iphone nunca fez backup', 'not_backed_up_weeks'],
  ['pt-BR', 'Armazenamento do iPhone quase cheio', 'device_storage_almost_full'],
  // Japanese
  ['ja', '一度もバックアップされていません', 'not_backed_up_weeks'],
  ['ja', 'このiPhoneは一度もバックアップされていません', 'not_backed_up_weeks'],
  ['ja', '14:03 設定\niCloudバックアップに失敗しました', 'backup_failed'],
  ['ja', 'iCloudストレージがいっぱいです', 'not_enough_storage'],
  ['ja', 'LINE: バックアップに失敗しました', null],
  ['ja', 'iCloud写真の同期が一時停止しています', null],
  ['ja', '一度もバックアップに失敗していません', null],
  // Simplified Chinese
  ['zh-CN', '此iPhone从未备份', 'not_backed_up_weeks'],
  ['zh-CN', '我的手机从未备份过', 'not_backed_up_weeks'],
  ['zh-CN', '昨晚 备份又失败了', 'backup_failed'],
  ['zh-CN', '今天 储存空间不足', 'not_enough_storage'],
  ['zh-CN', '微博：发生未知错误', null],
  ['zh-CN', 'iCloud 储存空间快满了', 'storage_almost_full'],
  ['zh-CN', '备份从未失败过', null],
  ['zh-CN', '怎么在iCloud里共享相册', null],
  ['zh-CN', '无法通过蜂窝数据备份', 'cellular_unavailable'],
  // Traditional Chinese
  ['zh-TW', 'iCloud 備份失敗', 'backup_failed'],
  ['zh-TW', 'iCloud 儲存空間已滿', 'not_enough_storage'],
  ['zh-TW', '此 iPhone 從未備份', 'not_backed_up_weeks'],
  ['zh-TW', '上次 備份無法完成', 'last_backup_not_completed'],
  ['zh-TW', 'LINE：備份失敗', null],
  ['zh-TW', '發生未知錯誤', 'unknown_error'],
  // Korean
  ['ko', '토스 알 수 없는 오류가 발생했습니다', null],
  ['ko', '네이버웹툰 알 수 없는 오류가 발생했습니다', null],
  ['ko', '알 수 없는 오류가 발생했습니다', 'unknown_error'],
  ['ko', '오늘 백업 실패', 'backup_failed'],
  ['ko', 'iCloud 저장 공간이 가득 찼습니다', 'not_enough_storage'],
  ['ko', '이 iPhone은 한 번도 백업된 적이 없습니다', 'not_backed_up_weeks'],
  ['ko', '아이폰 저장 공간이 거의 가득 찼습니다', 'device_storage_almost_full'],
  ['ko', 'iCloud 사진 공유는 어떻게 하나요?', null],
  // Russian
  ['ru', 'Резервная копия этого айфона никогда не создавалась', 'not_backed_up_weeks'],
  ['ru', 'Никогда не делал резервную копию', 'not_backed_up_weeks'],
  ['ru', 'Сбой резервного копирования iCloud', 'backup_failed'],
  ['ru', 'Хранилище iCloud заполнено', 'not_enough_storage'],
  ['ru', 'ВКонтакте: Произошла неизвестная ошибка', null],
  ['ru', 'Как включить iCloud Drive на Mac?', null],
  // Ukrainian
  ['uk', 'Резервне копіювання iCloud не вдалося', 'backup_failed'],
  ['uk', 'Сховище iCloud заповнене', 'not_enough_storage'],
  ['uk', 'Резервну копію цього iPhone ніколи не створювали', 'not_backed_up_weeks'],
  ['uk', 'Monobank: Сталася невідома помилка', null],
  ['uk', 'Сталася невідома помилка', 'unknown_error'],
  // Turkish
  ['tr', 'iCloud Yedeklemesi başarısız oldu', 'backup_failed'],
  ['tr', 'ICLOUD DEPOLAMA ALANI DOLU', 'not_enough_storage'],
  ['tr', 'iPhone depolama alanı neredeyse dolu', 'device_storage_almost_full'],
  ['tr', 'Trendyol: Bilinmeyen bir hata oluştu', null],
  ['tr', 'Bu iPhone hiç yedeklenmedi', 'not_backed_up_weeks'],
  // Vietnamese
  ['vi', 'Sao lưu iCloud không thành công', 'backup_failed'],
  ['vi', 'Dung lượng iCloud đã đầy', 'not_enough_storage'],
  ['vi', 'sao luu icloud khong thanh cong', 'backup_failed'],
  ['vi', 'Zalo: Đã xảy ra lỗi không xác định', null],
  ['vi', 'Làm sao để chia sẻ ảnh iCloud với gia đình?', null],
  // Indonesian
  ['id', 'Pencadangan iCloud gagal', 'backup_failed'],
  ['id', 'Penyimpanan iCloud penuh', 'not_enough_storage'],
  ['id', 'iPhone ini belum dicadangkan selama 3 minggu', 'not_backed_up_weeks'],
  ['id', 'Tokopedia: Terjadi kesalahan yang tidak diketahui', null],
  ['id', 'Penyimpanan iPhone hampir penuh', 'device_storage_almost_full'],
  // Polish
  ['pl', 'Nie udało się utworzyć kopii zapasowej', FAILED_OR_NOT_CREATED],
  ['pl', 'Pamięć iCloud jest pełna', 'not_enough_storage'],
  ['pl', 'Allegro: Wystąpił nieznany błąd', null],
  ['pl', 'PAMIEC IPHONE PRAWIE PELNA', 'device_storage_almost_full'],
  ['pl', 'Kopia zapasowa iCloud nie powiodla sie', 'backup_failed'],
  ['pl', 'Kopia zapasowa tego iPhone’a nigdy nie była robiona', 'not_backed_up_weeks'],
  // Arabic
  ['ar', 'فشل النسخ الاحتياطي', 'backup_failed'],
  ['ar', 'فشل النسخ الاحتياطي على iCloud', 'backup_failed'],
  ['ar', 'مساحة تخزين iCloud ممتلئة', 'not_enough_storage'],
  ['ar', 'حدث خطأ غير معروف', 'unknown_error'],
  ['ar', 'واتساب: فشل النسخ الاحتياطي', null],
  ['ar', 'هل مساحة iCloud ممتلئة؟', null],
  ['ar', 'كيف أشارك الصور على iCloud مع عائلتي؟', null],
  // Hebrew
  ['he', 'גיבוי iCloud נכשל', 'backup_failed'],
  ['he', 'הגיבוי נכשל', 'backup_failed'],
  ['he', 'אחסון iCloud מלא', 'not_enough_storage'],
  ['he', 'אירעה שגיאה לא ידועה', 'unknown_error'],
  ['he', 'האם הגיבוי ב-iCloud נכשל?', null],
  ['he', 'וואטסאפ: הגיבוי נכשל', null],
  // Thai
  ['th', 'การสำรองข้อมูล iCloud ล้มเหลว', 'backup_failed'],
  ['th', 'สำรองข้อมูลไม่สำเร็จ', 'backup_failed'],
  ['th', 'พื้นที่จัดเก็บข้อมูล iCloud เต็ม', 'not_enough_storage'],
  ['th', 'เกิดข้อผิดพลาดที่ไม่รู้จัก', 'unknown_error'],
  ['th', 'พื้นที่ iCloud เต็มไหม', null],
  // Hindi
  ['hi', 'iCloud बैकअप विफल', 'backup_failed'],
  ['hi', 'बैकअप विफल रहा', 'backup_failed'],
  ['hi', 'iCloud स्टोरेज भर गया है', 'not_enough_storage'],
  ['hi', 'एक अज्ञात त्रुटि हुई', 'unknown_error'],
  ['hi', 'क्या मेरा iCloud स्टोरेज भर गया है?', null],
  // Success, another app's message and variants in the four scripts added last
  ['ar', 'تم النسخ الاحتياطي بنجاح', null],
  ['he', 'הגיבוי הושלם בהצלחה', null],
  ['th', 'สำรองข้อมูลสำเร็จแล้ว', null],
  ['hi', 'बैकअप सफल रहा', null],
  ['ar', 'تيليجرام: حدث خطأ غير معروف', null],
  ['he', 'טלגרם: אירעה שגיאה לא ידועה', null],
  ['th', 'ไลน์: เกิดข้อผิดพลาดที่ไม่รู้จัก', null],
  ['hi', 'पेटीएम: एक अज्ञात त्रुटि हुई', null],
  ['ar', 'مساحة تخزين iPhone ممتلئة تقريبا', 'device_storage_almost_full'],
  ['hi', 'iCloud स्टोरेज लगभग भर गया है', 'storage_almost_full'],
  ['he', 'אין מספיק מקום באחסון iCloud', 'not_enough_storage'],
  ['th', 'พื้นที่เก็บข้อมูล iCloud เต็มแล้ว', 'not_enough_storage'],
];
