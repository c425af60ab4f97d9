/**
 * Probes of the twenty-fifth round, written before running them: long notes (three to eight
 * sentences) where the alert is one sentence among others, the user's paraphrase rather than
 * Apple's words, an alert that used to show and one that shows now (the current one counts), the
 * alert of another device in the same story (a Mac, an Apple Watch, a child's iPad), alerts
 * only supposed ("if it says storage full I will buy more"), what someone else said (Apple
 * Support), screenshots read by OCR with the status bar and the buttons, Japanese, Chinese and
 * Korean with English words, Apple's alerts as translated in languages the patterns have and
 * some they lack, and the cases left open by round 24.
 * An array lists the readings that are right (null: a safe "unrecognised").
 */

import {
  DEVICE_FULL,
  FAILED,
  FAILED_OR_CREATED,
  FAILED_OR_NONE,
  ICLOUD_FULL,
  ICLOUD_FULL_OR_NONE,
  UNFINISHED,
  UNFINISHED_OR_NONE,
  type Probe,
} from './alert-probe-suite.ts';

/** Long notes: the alert is one sentence among others about the user's day. */
export const longNoteProbes: Probe[] = [
  [
    'en',
    'Hi, I have an iPhone 13 and it is on iOS 17.5. Every night it is plugged in and on Wi-Fi. This morning there was a notification saying iCloud Backup failed. I already restarted the phone twice. What should I do?',
    FAILED,
  ],
  [
    'en',
    'My daughter gave me her old iPhone. I set it up last week and signed in with my Apple ID. Since then I get "Not enough iCloud storage" every day. I only have the free 5 GB plan.',
    ICLOUD_FULL,
  ],
  [
    'en',
    'So I was trying to back up before updating. It got to about half way and then stopped. The message said the last backup could not be completed. My Wi-Fi is fine, everything else works.',
    UNFINISHED,
  ],
  [
    'de',
    'Hallo zusammen. Ich habe ein iPhone 12 mit iOS 17. Seit zwei Wochen kommt jeden Morgen die Meldung „iCloud-Backup fehlgeschlagen“. WLAN und Strom sind nachts da. Hat jemand eine Idee?',
    FAILED,
  ],
  [
    'de',
    'Ich wollte vor dem Umstieg auf das neue iPhone ein Backup machen. Dann kam: Nicht genügend iCloud-Speicher. Ich habe 50 GB gebucht. Komisch, oder?',
    ICLOUD_FULL,
  ],
  [
    'fr',
    "Bonjour. Mon iPhone est branché toute la nuit sur le Wi-Fi. Pourtant ce matin j'ai eu « Échec de la sauvegarde iCloud ». J'ai redémarré, rien n'y fait. Merci d'avance.",
    FAILED,
  ],
  [
    'es',
    'Hola. Tengo un iPhone 11 con iOS 17. Ayer por la noche intenté hacer la copia manualmente. Me salió que no hay suficiente espacio en iCloud. Tengo el plan de 50 GB y no sé qué ocupa tanto.',
    ICLOUD_FULL,
  ],
  [
    'it',
    'Ciao a tutti. Da qualche giorno il mio iPhone mi avvisa: Backup di iCloud non riuscito. Il Wi-Fi funziona bene e il telefono è in carica. Ho già riavviato. Cosa posso fare?',
    FAILED,
  ],
  [
    'pt',
    'Olá. Meu iPhone fica carregando a noite toda no Wi-Fi. Mesmo assim aparece: Falha no backup do iCloud. Já reiniciei e nada mudou.',
    FAILED,
  ],
  [
    'nl',
    'Hallo. Mijn iPhone hangt elke nacht aan de lader en aan de wifi. Toch krijg ik steeds de melding iCloud-reservekopie mislukt. Ik heb al opnieuw opgestart. Wie weet raad?',
    FAILED,
  ],
  [
    'ja',
    'iPhone 14を使っています。毎晩充電してWi-Fiにつないでいます。今朝、iCloudバックアップに失敗しましたと表示されました。再起動しても変わりません。',
    FAILED,
  ],
  [
    'zh',
    '我的iPhone每天晚上都在充电，也连着无线网。今天早上收到通知：iCloud 云备份失败。重启了也没用。请问怎么办？',
    FAILED,
  ],
  [
    'ko',
    '아이폰 13을 쓰고 있어요. 밤마다 충전하고 와이파이에 연결해 둡니다. 오늘 아침에 iCloud 백업 실패라는 알림이 왔어요. 재시동해도 똑같아요.',
    FAILED,
  ],
  [
    'ru',
    'Здравствуйте. У меня iPhone 12, iOS 17. Каждую ночь он на зарядке и в Wi-Fi. Утром пришло уведомление: Сбой резервного копирования iCloud. Перезагрузка не помогла.',
    FAILED,
  ],
  [
    'pl',
    'Cześć. Mam iPhone’a 13. Co noc jest podłączony do ładowarki i do Wi-Fi. Rano dostałem komunikat: Kopia zapasowa iCloud nie powiodła się. Restart nic nie dał.',
    FAILED,
  ],
  [
    'sv',
    'Hej. Min iPhone laddas varje natt och är på wifi. I morse stod det att iCloud-säkerhetskopieringen misslyckades. Jag har startat om den.',
    FAILED,
  ],
  [
    'tr',
    'Merhaba. iPhone 13 kullanıyorum. Her gece şarjda ve Wi-Fi’a bağlı. Bu sabah iCloud Yedeklemesi Başarısız bildirimi geldi. Yeniden başlattım ama değişmedi.',
    FAILED,
  ],
  [
    'uk',
    'Добрий день. Мій iPhone щоночі на зарядці й у Wi-Fi. Зранку прийшло: Збій резервного копіювання iCloud. Перезавантаження не допомогло.',
    FAILED,
  ],
  [
    'vi',
    'Chào mọi người. iPhone của tôi sạc mỗi đêm và có Wi-Fi. Sáng nay có thông báo Sao lưu iCloud không thành công. Tôi đã khởi động lại rồi.',
    FAILED,
  ],
  [
    'id',
    'Halo. iPhone saya dicas setiap malam dan tersambung Wi-Fi. Tadi pagi muncul Pencadangan iCloud Gagal. Sudah saya restart tapi tetap sama.',
    FAILED,
  ],
  [
    'en',
    'Not sure if this matters. I changed my Apple ID password last month. The phone keeps telling me my iCloud storage is almost full. I deleted some photos already.',
    ['storage_almost_full'],
  ],
  [
    'en',
    'Long story short: new job, new Wi-Fi at home, new charger. Backup worked for years. Then out of nowhere: iPhone Not Backed Up. This iPhone hasn’t been backed up in 3 weeks.',
    'not_backed_up_weeks',
  ],
];

/** The user's own words for an alert, not Apple's. */
export const paraphraseProbes: Probe[] = [
  ['en', 'it says there isn’t enough room in iCloud for the backup', ICLOUD_FULL],
  ['en', 'keeps telling me the backup didn’t finish', UNFINISHED_OR_NONE],
  ['en', 'my iCloud is out of space so the backup won’t go through', ICLOUD_FULL],
  ['en', 'phone says it has no room left', DEVICE_FULL],
  ['en', 'backup fails every single night', FAILED],
  ['en', 'my iPhone hasn’t backed up in weeks', ['not_backed_up_weeks', 'backup_failed']],
  ['de', 'er sagt, in iCloud ist kein Platz mehr', ICLOUD_FULL_OR_NONE],
  ['de', 'das Backup läuft jede Nacht schief', FAILED_OR_NONE],
  ['de', 'iCloud sagt, der Speicher ist voll', ICLOUD_FULL],
  ['fr', 'il me dit que mon iCloud est plein', ICLOUD_FULL],
  ['fr', 'la sauvegarde ne va jamais jusqu’au bout', UNFINISHED_OR_NONE],
  ['es', 'me dice que mi iCloud está lleno', ICLOUD_FULL],
  ['es', 'la copia nunca termina', UNFINISHED_OR_NONE],
  ['it', 'mi dice che iCloud è pieno', ICLOUD_FULL],
  ['pt', 'fala que o iCloud está cheio', ICLOUD_FULL],
  ['nl', 'hij zegt dat mijn iCloud vol is', ICLOUD_FULL],
  ['ja', 'iCloudの容量がいっぱいって言われる', ICLOUD_FULL],
  ['zh', '一直提示我iCloud空间不够', ICLOUD_FULL],
  ['ko', 'iCloud 용량이 부족하다고 떠요', ICLOUD_FULL],
  ['ru', 'пишет что в айклауде нет места', ICLOUD_FULL_OR_NONE],
  ['pl', 'pisze że w iCloud nie ma miejsca', ICLOUD_FULL],
  ['sv', 'den säger att iCloud är fullt', ICLOUD_FULL],
  ['da', 'den siger at iCloud er fuld', ICLOUD_FULL],
  ['nb', 'den sier at iCloud er full', ICLOUD_FULL],
  ['fi', 'se sanoo että iCloud on täynnä', ICLOUD_FULL],
  ['cs', 'píše mi, že iCloud je plný', ICLOUD_FULL],
  ['tr', 'iCloud dolu diyor', ICLOUD_FULL],
  ['hu', 'azt írja, hogy az iCloud megtelt', ICLOUD_FULL_OR_NONE],
];

/** An alert that used to show and one that shows now: the current one counts. */
export const nowProbes: Probe[] = [
  ['en', 'It used to say iCloud storage full, now it says Backup failed', FAILED],
  [
    'en',
    'It used to say iCloud Storage Full. I bought 200 GB. Now it says The last backup could not be completed.',
    UNFINISHED,
  ],
  ['en', 'Storage full is gone since I upgraded, but now iCloud Backup failed every night', FAILED],
  ['en', 'no more storage warning, now it’s “Backup could not be created”', FAILED_OR_CREATED],
  [
    'de',
    'Früher stand da iCloud-Speicher voll, jetzt steht da iCloud-Backup fehlgeschlagen',
    FAILED,
  ],
  ['fr', 'Avant c’était Stockage iCloud saturé, maintenant c’est Échec de la sauvegarde', FAILED],
  [
    'es',
    'Antes decía almacenamiento de iCloud lleno, ahora dice error en la copia de seguridad',
    FAILED,
  ],
  ['it', 'Prima diceva spazio iCloud pieno, adesso dice Backup non riuscito', FAILED],
  ['pt', 'Antes dizia iCloud cheio, agora diz Falha no backup do iCloud', FAILED],
  ['nl', 'Eerst stond er iCloud-opslag vol, nu staat er reservekopie mislukt', FAILED],
  [
    'ja',
    '前は「iCloudストレージがいっぱいです」だったけど、今は「バックアップに失敗しました」',
    FAILED,
  ],
  ['zh', '以前是 iCloud 储存空间已满，现在变成 备份失败', FAILED],
];

/** Another device's alert in the same story: whose it is decides. */
export const otherDeviceProbes: Probe[] = [
  ['en', 'My Mac says Time Machine backup failed', null],
  ['en', 'My MacBook storage is almost full', null],
  ['en', 'The Apple Watch says storage full', null],
  ['en', 'my son’s iPad says iCloud Backup failed', FAILED],
  ['en', 'My wife’s iPhone says not enough iCloud storage', ICLOUD_FULL],
  ['en', 'my kid’s iPad: Storage Almost Full', DEVICE_FULL],
  ['en', 'Android phone storage almost full', null],
  ['en', 'my Samsung tablet storage is full', null],
  ['en', 'my Pixel says storage almost full', null],
  ['en', 'Mac storage full, iPhone fine', null],
  ['de', 'Mein Mac sagt: Speicher fast voll', null],
  ['de', 'Das iPad meiner Tochter meldet: iCloud-Backup fehlgeschlagen', FAILED],
  ['fr', 'Le Mac affiche stockage presque plein', null],
  ['fr', "L'iPad de mon fils : échec de la sauvegarde iCloud", FAILED],
  ['es', 'el iPad de mi hijo dice que falló la copia de seguridad de iCloud', FAILED],
  ['es', 'mi Mac dice almacenamiento casi lleno', null],
  ['it', 'il Mac dice memoria quasi piena', null],
  ['pt', 'o Mac diz armazenamento quase cheio', null],
  ['nl', 'mijn Android-telefoon opslag bijna vol', null],
  ['ja', 'Androidのストレージがもうすぐいっぱいです', null],
  ['zh', '我的安卓手机存储空间快满了', [null, ...DEVICE_FULL]],
  ['ko', '갤럭시 저장 공간이 거의 가득 찼습니다', null],
  ['ru', 'На Android телефоне хранилище почти заполнено', null],
  ['pl', 'Pamięć telefonu z Androidem prawie pełna', null],
];

/** Alerts only supposed or feared, not shown. */
export const hypotheticalProbes: Probe[] = [
  ['en', 'if it says storage full I will buy more', null],
  ['en', 'If I get iCloud storage full again I will upgrade', null],
  ['en', 'What happens if the backup fails?', null],
  ['en', 'I am worried it will say not enough storage', null],
  ['de', 'Wenn da iCloud-Speicher voll steht, kaufe ich mehr', null],
  ['fr', 'Si ça dit stockage iCloud saturé, je prendrai plus', null],
  ['es', 'Si me dice almacenamiento lleno compraré más', null],
  ['it', 'Se dice spazio iCloud pieno ne compro altro', null],
  ['pt', 'Se aparecer iCloud cheio eu compro mais espaço', null],
  ['nl', 'Als er iCloud-opslag vol staat koop ik meer', null],
  ['ja', 'もしiCloudストレージがいっぱいと表示されたら追加で購入します', null],
  ['zh', '如果提示iCloud储存空间已满我就买更多', null],
];

/** What someone else said, not an alert the device showed. */
export const reportedProbes: Probe[] = [
  ['en', 'Apple Support said it was a storage problem', null],
  ['en', 'The Genius Bar told me my iCloud is probably full', null],
  ['en', 'A friend said backups fail when storage is low', null],
  ['de', 'Der Apple Support meinte, es liegt am Speicher', null],
  ['fr', "L'assistance Apple m'a dit que c'était un problème de stockage", null],
  ['es', 'El soporte de Apple me dijo que era un problema de almacenamiento', null],
  ['it', 'Il supporto Apple ha detto che è un problema di spazio', null],
  ['ja', 'Appleサポートにはストレージの問題だと言われました', null],
];

/** Screenshots read by OCR: the status bar's time and battery, button labels mixed in. */
export const ocrProbes: Probe[] = [
  ['en', '9:41 ⁕ 87%\niCloud Storage Is Full\nManage Storage\nOK', ICLOUD_FULL],
  [
    'en',
    '10:02 ull 5G 64%\nStorage Almost Full\nYou can manage your storage in Settings.\nClose Settings',
    DEVICE_FULL,
  ],
  [
    'en',
    '14:33 4G 23%\n< Back iCloud Backup\nThe last backup could not be completed.\nBack Up Now',
    UNFINISHED,
  ],
  ['en', '8:15\nBack Up Now\nLast successful backup: Never', 'not_backed_up_weeks'],
  [
    'en',
    '7:20 LTE 100%\niPhone Not Backed Up\nThis iPhone hasn’t been backed up in 2 weeks.\nOK',
    'not_backed_up_weeks',
  ],
  ['de', '9:41 100 %\niCloud-Speicher ist voll\nSpeicher verwalten\nOK', ICLOUD_FULL],
  ['de', '21:05 LTE\nBackup fehlgeschlagen\nEinstellungen\nSchließen', FAILED],
  ['fr', '09:41 78 %\nStockage iCloud saturé\nGérer le stockage\nOK', ICLOUD_FULL],
  ['es', '9:41 60 %\nAlmacenamiento de iCloud lleno\nGestionar almacenamiento\nOK', ICLOUD_FULL],
  ['it', '9:41 50%\nSpazio di iCloud esaurito\nGestisci spazio\nOK', ICLOUD_FULL],
  ['pt', '9:41 50%\nArmazenamento do iCloud cheio\nGerenciar Armazenamento\nOK', ICLOUD_FULL],
  ['ja', '9:41 5G 80%\niCloudストレージがいっぱいです\nストレージを管理\nOK', ICLOUD_FULL],
  ['zh', '上午9:41 80%\niCloud 储存空间已满\n管理储存空间\n好', ICLOUD_FULL],
  ['ko', '오전 9:41 80%\niCloud 저장 공간이 가득 참\n저장 공간 관리\n확인', ICLOUD_FULL],
  ['ru', '9:41 80%\nХранилище iCloud заполнено\nУправлять\nОК', ICLOUD_FULL],
  ['pl', '9:41 80%\nPamięć iCloud jest pełna\nZarządzaj\nOK', ICLOUD_FULL],
  ['nl', '9:41 80%\niCloud-opslag is vol\nBeheer opslag\nOK', ICLOUD_FULL],
  ['en', '9:41\nSettings\nManage Storage\nOK', null],
];

/** Two scripts in one note. */
export const mixedScriptProbes: Probe[] = [
  ['ja', 'iCloud Backupが失敗しました', FAILED],
  ['ja', 'iCloud Backup が毎日失敗する', FAILED],
  ['ja', 'Backup failed と出ます', FAILED],
  ['ja', 'Storage Almost Full と表示されます', DEVICE_FULL],
  ['zh', 'iCloud backup 失败了', FAILED],
  ['zh', '显示 Not Enough Storage', ICLOUD_FULL],
  ['ko', 'iCloud backup 실패했어요', FAILED],
  ['ru', 'пишет Backup failed', FAILED],
  ['ar', 'يظهر لي iCloud Backup Failed', FAILED],
  ['he', 'מופיע לי iCloud Backup Failed', FAILED],
  ['th', 'ขึ้นว่า iCloud Backup Failed', FAILED],
  ['hi', 'मेरे फोन पर iCloud Backup Failed आ रहा है', FAILED],
];

/** Apple's alerts as translated, in languages the patterns have and some they lack. */
export const translatedProbes: Probe[] = [
  ['pt', 'Não há espaço suficiente no iCloud', ICLOUD_FULL],
  ['pt', 'Não foi possível concluir o último backup', UNFINISHED],
  ['nl', 'Er is niet genoeg iCloud-opslag', ICLOUD_FULL],
  ['sv', 'Inte tillräckligt med iCloud-lagring', ICLOUD_FULL],
  ['da', 'Ikke nok iCloud-lagerplads', ICLOUD_FULL],
  ['nb', 'Ikke nok iCloud-lagringsplass', ICLOUD_FULL],
  ['fi', 'iCloud-tallennustila ei riitä', ICLOUD_FULL_OR_NONE],
  ['cs', 'Nedostatek místa na iCloudu', ICLOUD_FULL],
  ['sk', 'Zálohovanie na iCloud zlyhalo', FAILED_OR_NONE],
  ['sk', 'Nedostatok miesta v iCloude', ICLOUD_FULL_OR_NONE],
  ['ru', 'Последнее резервное копирование не завершено', UNFINISHED],
  ['uk', 'Сховище iCloud майже заповнене', ['storage_almost_full']],
  ['el', 'Ο αποθηκευτικός χώρος iCloud είναι πλήρης', ICLOUD_FULL_OR_NONE],
  ['ro', 'Spațiul de stocare iCloud este plin', ICLOUD_FULL],
  ['hu', 'Az iCloud-tárhely megtelt', ICLOUD_FULL],
  ['tr', 'iCloud saklama alanı dolu', ICLOUD_FULL],
  ['vi', 'Dung lượng iCloud đã đầy', ICLOUD_FULL],
  ['id', 'Penyimpanan iCloud Penuh', ICLOUD_FULL],
  ['ms', 'Sandaran iCloud gagal', FAILED_OR_NONE],
  ['ca', 'Ha fallat la còpia de seguretat de l’iPhone', FAILED_OR_NONE],
  ['hr', 'Sigurnosna kopija na iCloud nije uspjela', FAILED_OR_NONE],
  ['fa', 'پشتیبان‌گیری iCloud ناموفق بود', FAILED_OR_NONE],
  ['ar', 'مساحة تخزين iCloud ممتلئة', ICLOUD_FULL],
  ['he', 'אחסון iCloud מלא', ICLOUD_FULL],
  ['th', 'พื้นที่จัดเก็บข้อมูล iCloud เต็ม', ICLOUD_FULL],
  ['hi', 'iCloud स्टोरेज भर गया है', ICLOUD_FULL_OR_NONE],
  ['ko', '마지막 백업을 완료할 수 없습니다', UNFINISHED],
  ['ja', '前回のバックアップを完了できませんでした', UNFINISHED],
  ['zh', '无法完成上次备份', UNFINISHED],
  ['ru', 'Проверка Аккаунта Apple', 'sign_in_required'],
];

/** The cases left open by round 24. */
export const openProbes: Probe[] = [
  ['de', 'Das letzte Backup konnte nicht vollständig erstellt werden', UNFINISHED],
  ['en', 'Storage almost full but iCloud has space', 'device_storage_almost_full'],
  ['pl', 'nie mogę zrobić backupu', FAILED_OR_CREATED],
  ['es', 'no puedo hacer backup en icloud desde la actualizacion', FAILED],
  ['ru', 'Проверка Аккаунта Apple. Введите пароль', 'sign_in_required'],
];
