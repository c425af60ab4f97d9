/**
 * Round-19 probes, each with the reading a careful person would give, decided before running the
 * reader: panels in the shape of icloud.com's storage views (plan, usage line, legend, family
 * shares, device backups) in about 25 languages. Their class first: on a shared plan a line said
 * of the reader by the verb alone ("Używasz", "Используете", "kullanıyorsunuz", "Χρησιμοποιείτε")
 * or by a pronoun after the verb is the reader's share, never the plan's usage. `miss`: unread is
 * acceptable (safe) though a person would read it.
 */
import { U } from './read-as';
import type { Probe } from './named-owner-probes';
import type { PanelProbe } from './shared-plan-probes';

const p = (lang: string, text: string, want: string, miss?: true): Probe =>
  miss ? { lang, text, want, miss } : { lang, text, want };

const rows = (...lines: string[]) => lines.map((line) => `<p>${line}</p>`).join('');
const family = (heading: string, member: string) => `<h3>${heading}</h3><p>${member}</p>`;

/** The reader's share beside a member or the family: nothing may be read. */
export const VERB_YOU_SHARED: PanelProbe[] = [
  [
    'Pamięć iCloud',
    rows('Wykorzystujesz 42 GB z 50 GB', 'Kasia: 8 GB z 50 GB'),
    p('pl', 'verb, member', U),
  ],
  [
    'Pamięć iCloud',
    rows('Używasz 42 GB z 50 GB') + family('Rodzina', 'Kasia 8 GB'),
    p('pl', 'verb, family', U),
  ],
  [
    'Pamięć iCloud',
    rows('Wykorzystujesz 42 GB z 50 GB', '8 GB z 50 GB wykorzystane przez Kasię'),
    p('pl', 'verb, przez', U),
  ],
  [
    'Spazio di archiviazione iCloud',
    rows('Stai usando 42 GB su 50 GB', 'Marco: 8 GB su 50 GB utilizzati'),
    p('it', 'stai, member', U),
  ],
  [
    'Spazio di archiviazione iCloud',
    rows('Usi 42 GB su 50 GB') + family('In famiglia', 'Marco 8 GB'),
    p('it', 'usi, family', U),
  ],
  [
    'iCloud Depolama Alanı',
    rows("50 GB'ın 42 GB'ını kullanıyorsunuz") + family('Aile Paylaşımı', 'Zeynep 8 GB'),
    p('tr', 'verb last, family', U),
  ],
  [
    'iCloud Depolama Alanı',
    rows("50 GB'ın 42 GB'ını kullanıyorsunuz", 'Zeynep tarafından 8 GB kullanılıyor'),
    p('tr', 'verb last, tarafından', U),
  ],
  [
    'Хранилище iCloud',
    rows('Используете 42 ГБ из 50 ГБ') + family('Семейный доступ', 'Лена 8 ГБ'),
    p('ru', 'verb, family', U),
  ],
  [
    'Хранилище iCloud',
    rows('Вы используете 42 ГБ из 50 ГБ', 'Лена: 8 ГБ из 50 ГБ'),
    p('ru', 'вы, member', U),
  ],
  [
    'Хранилище iCloud',
    rows('Используете 42 ГБ из 50 ГБ', 'Лена использует 8 ГБ из 50 ГБ'),
    p('ru', 'verb, member verb', U),
  ],
  [
    'Сховище iCloud',
    rows('Використовуєте 42 ГБ із 50 ГБ', 'Олена: 8 ГБ із 50 ГБ'),
    p('uk', 'verb, member', U),
  ],
  [
    'Сховище iCloud',
    rows('Ви використовуєте 42 ГБ із 50 ГБ') + family('Сімейний доступ', 'Олена 8 ГБ'),
    p('uk', 'ви, family', U),
  ],
  [
    'Αποθήκευση iCloud',
    rows('Χρησιμοποιείτε 42 GB από 50 GB') + family('Οικογενειακή κοινή χρήση', 'Λένα 8 GB'),
    p('el', 'verb, family', U),
  ],
  [
    'Αποθήκευση iCloud',
    rows('Έχετε χρησιμοποιήσει 42 GB από 50 GB', 'Λένα: 8 GB από 50 GB σε χρήση'),
    p('el', 'έχετε, member', U),
  ],
  [
    'iCloud-Speicher',
    rows('Du nutzt 42 GB von 50 GB', 'Lena: 8 GB von 50 GB belegt'),
    p('de', 'du, member', U),
  ],
  [
    'iCloud-Speicher',
    rows('Von dir belegt: 42 GB von 50 GB', 'Von Lena belegt: 8 GB von 50 GB'),
    p('de', 'von dir, von Lena', U),
  ],
  [
    'iCloud-Speicher',
    rows('42 GB von 50 GB von dir belegt') + family('Familienfreigabe', 'Lena 8 GB'),
    p('de', 'von dir after, family', U),
  ],
  [
    'Almacenamiento de iCloud',
    rows('Usas 42 GB de 50 GB', 'Tomás: 8 GB de 50 GB usados'),
    p('es', 'usas, member', U),
  ],
  [
    'Almacenamiento de iCloud',
    rows('Estás usando 42 GB de 50 GB') + family('En familia', 'Tomás 8 GB'),
    p('es', 'estás, family', U),
  ],
  [
    'Armazenamento do iCloud',
    rows('Usaste 42 GB de 50 GB', 'Ana: 8 GB de 50 GB usados'),
    p('pt', 'usaste, member', U),
  ],
  [
    'iCloud-opslag',
    rows('Jij gebruikt 42 GB van 50 GB') + family('Delen met gezin', 'Daan 8 GB'),
    p('nl', 'jij, family', U),
  ],
  [
    'iCloud-lagring',
    rows('Du har använt 42 GB av 50 GB') + family('Familjedelning', 'Elsa 8 GB'),
    p('sv', 'du, family', U),
  ],
  [
    'iCloud-lagerplads',
    rows('Du bruger 42 GB af 50 GB', 'Freja: 8 GB af 50 GB brugt'),
    p('da', 'du, member', U),
  ],
  [
    'iCloud-lagring',
    rows('Du bruker 42 GB av 50 GB', 'Ola: 8 GB av 50 GB brukt'),
    p('nb', 'du, member', U),
  ],
  [
    'iCloud-tallennustila',
    rows('Olet käyttänyt 42 Gt / 50 Gt', 'Mikko: 8 Gt / 50 Gt käytetty'),
    p('fi', 'olet, member', U),
  ],
  [
    'iCloud-tallennustila',
    rows('Olet käyttänyt 42 Gt / 50 Gt') + family('Perhejako', 'Mikko 8 Gt'),
    p('fi', 'olet, family', U),
  ],
  [
    'Úložiště iCloud',
    rows('Využíváte 42 GB z 50 GB', 'Petr: 8 GB z 50 GB využito'),
    p('cs', 'verb, member', U),
  ],
  [
    'Úložiště iCloud',
    rows('Využíváte 42 GB z 50 GB') + family('Rodinné sdílení', 'Petr 8 GB'),
    p('cs', 'verb, family', U),
  ],
  [
    'iCloud-tárhely',
    rows('42 GB-ot használsz az 50 GB-ból') + family('Családi megosztás', 'Anna 8 GB'),
    p('hu', 'verb, family', U),
  ],
  [
    'Dung lượng iCloud',
    rows('Bạn đang dùng 42 GB trong tổng số 50 GB') + family('Chia sẻ trong gia đình', 'Lan 8 GB'),
    p('vi', 'bạn, family', U),
  ],
  [
    'Penyimpanan iCloud',
    rows('Kamu menggunakan 42 GB dari 50 GB', 'Budi: 8 GB dari 50 GB digunakan'),
    p('id', 'kamu, member', U),
  ],
  [
    'Penyimpanan iCloud',
    rows('Kamu menggunakan 42 GB dari 50 GB') + family('Berbagi Keluarga', 'Budi 8 GB'),
    p('id', 'kamu, family', U),
  ],
  [
    'iCloud 저장 공간',
    rows('50GB 중 42GB 사용 중', '엄마: 50GB 중 8GB 사용'),
    p('ko', 'no pronoun, member', U),
  ],
  [
    'iCloud 저장 공간',
    rows('회원님은 50GB 중 42GB 사용') + family('가족 공유', '엄마 8GB'),
    p('ko', '회원님, family', U),
  ],
  [
    'iCloud ストレージ',
    rows('50 GB中42 GBを使用しています', 'ママ：50 GB中8 GBを使用'),
    p('ja', 'no pronoun, member', U),
  ],
  [
    'iCloud 储存空间',
    rows('你正在使用 42 GB（共 50 GB）', '妈妈：已使用 8 GB（共 50 GB）'),
    p('zh', '你, member', U),
  ],
  [
    'Stockage iCloud',
    rows('Tu utilises 42 Go sur 50 Go', 'Léa : 8 Go sur 50 Go utilisés'),
    p('fr', 'tu, member', U),
  ],
  [
    'iCloud Storage',
    rows('You use 42 GB of your 50 GB plan', 'Lena: 8 GB of 50 GB used'),
    p('en', 'you use, member', U),
  ],
  [
    'אחסון iCloud',
    rows('השתמשת ב-42 GB מתוך 50 GB', 'דנה: 8 GB מתוך 50 GB בשימוש'),
    p('he', 'verb, member', U),
  ],
  [
    'تخزين iCloud',
    rows('لقد استخدمت 42 GB من 50 GB', 'أحمد: 8 GB من 50 GB مستخدمة'),
    p('ar', 'verb, member', U),
  ],
  [
    'พื้นที่จัดเก็บข้อมูล iCloud',
    rows('คุณใช้ 42 GB จาก 50 GB') + family('การแชร์กันในครอบครัว', 'สมชาย 8 GB'),
    p('th', 'คุณ, family', U),
  ],
  [
    'iCloud स्टोरेज',
    rows('आपने 50 GB में से 42 GB उपयोग किया है') + family('फ़ैमिली शेयरिंग', 'प्रिया 8 GB'),
    p('hi', 'आपने, family', U),
  ],
];

/** The account's own line, with plan, legend, device backups or a family list said of no one. */
export const ACCOUNT_PANELS: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('iCloud+ with 50 GB', '42 GB of 50 GB used', 'Photos 20 GB', 'Backups 12 GB'),
    p('en', 'plan, line, legend', '42 GB/50 GB'),
  ],
  [
    'iCloud-Speicher',
    rows('iCloud+ mit 200 GB', '150,5 GB von 200 GB belegt', 'Fotos 100 GB'),
    p('de', 'plan, line, legend', '150.5 GB/200 GB'),
  ],
  [
    'Stockage iCloud',
    rows('iCloud+ avec 2 To', '1,2 To utilisés sur 2 To'),
    p('fr', 'plan, line', '1.2 TB/2 TB'),
  ],
  ['Almacenamiento de iCloud', rows('Se usan 4,8 GB de 5 GB'), p('es', 'line', '4.8 GB/5 GB')],
  [
    'Spazio di archiviazione iCloud',
    rows('4,8 GB di 5 GB utilizzati'),
    p('it', 'line', '4.8 GB/5 GB'),
  ],
  ['iCloud ストレージ', rows('5 GB中4.8 GBを使用済み'), p('ja', 'line', '4.8 GB/5 GB')],
  ['iCloud 储存空间', rows('已使用 4.8 GB（共 5 GB）'), p('zh', 'line', '4.8 GB/5 GB')],
  ['iCloud 저장 공간', rows('5GB 중 4.8GB 사용됨'), p('ko', 'line', '4.8 GB/5 GB')],
  ['Armazenamento do iCloud', rows('4,8 GB de 5 GB usados'), p('pt', 'line', '4.8 GB/5 GB')],
  ['iCloud-opslag', rows('4,8 GB van 5 GB gebruikt'), p('nl', 'line', '4.8 GB/5 GB')],
  ['iCloud-lagring', rows('4,8 GB av 5 GB används'), p('sv', 'line', '4.8 GB/5 GB')],
  ['iCloud-lagerplads', rows('4,8 GB af 5 GB brugt'), p('da', 'line', '4.8 GB/5 GB')],
  ['iCloud-lagring', rows('4,8 GB av 5 GB brukt'), p('nb', 'line', '4.8 GB/5 GB')],
  ['Pamięć iCloud', rows('Wykorzystano 4,8 GB z 5 GB'), p('pl', 'line', '4.8 GB/5 GB')],
  ['Хранилище iCloud', rows('Использовано 4,8 ГБ из 5 ГБ'), p('ru', 'line', '4.8 GB/5 GB')],
  ['Сховище iCloud', rows('Використано 4,8 ГБ із 5 ГБ'), p('uk', 'line', '4.8 GB/5 GB')],
  ['iCloud Depolama Alanı', rows("5 GB'ın 4,8 GB'ı kullanılıyor"), p('tr', 'line', '4.8 GB/5 GB')],
  ['Úložiště iCloud', rows('Využito 4,8 GB z 5 GB'), p('cs', 'line', '4.8 GB/5 GB')],
  ['Αποθήκευση iCloud', rows('Χρησιμοποιούνται 4,8 GB από 5 GB'), p('el', 'line', '4.8 GB/5 GB')],
  ['iCloud-tallennustila', rows('Käytetty 4,8 Gt / 5 Gt'), p('fi', 'line', '4.8 GB/5 GB')],
  ['iCloud-tárhely', rows('4,8 GB felhasználva az 5 GB-ból'), p('hu', 'line', '4.8 GB/5 GB')],
  [
    'Dung lượng iCloud',
    rows('Đã sử dụng 4,8 GB trong tổng số 5 GB'),
    p('vi', 'line', '4.8 GB/5 GB'),
  ],
  ['Penyimpanan iCloud', rows('4,8 GB dari 5 GB digunakan'), p('id', 'line', '4.8 GB/5 GB')],
  ['אחסון iCloud', rows('4.8 GB מתוך 5 GB בשימוש'), p('he', 'line', '4.8 GB/5 GB')],
  ['تخزين iCloud', rows('تم استخدام 4.8 GB من 5 GB'), p('ar', 'line', '4.8 GB/5 GB')],
  ['พื้นที่จัดเก็บข้อมูล iCloud', rows('ใช้ไป 4.8 GB จาก 5 GB'), p('th', 'line', '4.8 GB/5 GB')],
  ['iCloud स्टोरेज', rows('5 GB में से 4.8 GB उपयोग किया गया'), p('hi', 'line', '4.8 GB/5 GB')],
  ['Stocare iCloud', rows('4,8 GB din 5 GB utilizați'), p('ro', 'line', '4.8 GB/5 GB')],
  ['Emmagatzematge d’iCloud', rows('4,8 GB de 5 GB utilitzats'), p('ca', 'line', '4.8 GB/5 GB')],
  // The reader alone on the plan: what the reader uses is what the plan holds.
  [
    'Pamięć iCloud',
    rows('Używasz 4,8 GB z 5 GB', 'Zdjęcia 3 GB'),
    p('pl', 'verb you alone', '4.8 GB/5 GB'),
  ],
  [
    'Хранилище iCloud',
    rows('Вы используете 4,8 ГБ из 5 ГБ'),
    p('ru', 'вы alone', '4.8 GB/5 GB', true),
  ],
  [
    'iCloud Depolama Alanı',
    rows("5 GB'ın 4,8 GB'ını kullanıyorsunuz"),
    p('tr', 'verb you alone', '4.8 GB/5 GB'),
  ],
  [
    'Αποθήκευση iCloud',
    rows('Χρησιμοποιείτε 4,8 GB από 5 GB'),
    p('el', 'verb you alone', '4.8 GB/5 GB'),
  ],
  ['iCloud-Speicher', rows('Du nutzt 4,8 GB von 5 GB'), p('de', 'du alone', '4.8 GB/5 GB', true)],
  [
    'Spazio di archiviazione iCloud',
    rows('Stai usando 4,8 GB su 5 GB'),
    p('it', 'stai alone', '4.8 GB/5 GB', true),
  ],
  // The plan's line said of no one beside the family's shares.
  [
    'iCloud Storage',
    rows('45 GB of 50 GB used') + '<h3>Family Sharing</h3><ul><li>Lena</li><li>8 GB</li></ul>',
    p('en', 'plan line, family list', '45 GB/50 GB'),
  ],
  [
    'Stockage iCloud',
    rows('45 Go utilisés sur 50 Go') + family('Partage familial', 'Léa 8 Go'),
    p('fr', 'plan line, family', '45 GB/50 GB'),
  ],
  [
    'iCloud ストレージ',
    rows('50 GB中45 GBを使用済み') + family('ファミリー共有', 'ママ 8 GB'),
    p('ja', 'plan line, family', '45 GB/50 GB'),
  ],
  [
    'iCloud Storage',
    rows('45 GB of 50 GB used') +
      '<h3>Family Sharing</h3><ul><li>You 37 GB</li><li>Lena 8 GB</li></ul>',
    p('en', 'plan line, you among members', '45 GB/50 GB'),
  ],
  [
    'iCloud-Speicher',
    rows('45 GB von 50 GB belegt') +
      '<h3>Familienfreigabe</h3><ul><li>Du: 37 GB</li><li>Lena: 8 GB</li></ul>',
    p('de', 'plan line, du among members', '45 GB/50 GB'),
  ],
  // Device backups listed under the line.
  [
    'iCloud Storage',
    rows('42 GB of 50 GB used') +
      '<h3>Backups</h3><ul><li>Ama’s iPhone 5.2 GB</li><li>iPad 1.1 GB</li></ul>',
    p('en', 'backups list', '42 GB/50 GB'),
  ],
  [
    'iCloud-Speicher',
    rows('42 GB von 50 GB belegt') + '<h3>Backups</h3><ul><li>iPhone von Lena 5,2 GB</li></ul>',
    p('de', 'backups list', '42 GB/50 GB'),
  ],
  [
    'Stockage iCloud',
    rows('42 Go utilisés sur 50 Go') + '<h3>Sauvegardes</h3><ul><li>iPhone de Léa 5,2 Go</li></ul>',
    p('fr', 'backups list', '42 GB/50 GB'),
  ],
  [
    'Almacenamiento de iCloud',
    rows('Se usan 42 GB de 50 GB') +
      '<h3>Copias de seguridad</h3><ul><li>iPhone de Tomás — 5,2 GB</li></ul>',
    p('es', 'backups list', '42 GB/50 GB'),
  ],
  [
    'iCloud ストレージ',
    rows('50 GB中42 GBを使用済み') + '<h3>バックアップ</h3><ul><li>ママのiPhone 5.2 GB</li></ul>',
    p('ja', 'backups list', '42 GB/50 GB'),
  ],
  // A device card above the account's line.
  [
    'iCloud Storage',
    '<div><h4>iPhone 15</h4><p>61 GB of 128 GB used</p></div><p>42 GB of 50 GB used</p>',
    p('en', 'device card above', '42 GB/50 GB', true),
  ],
  [
    'iCloud-Speicher',
    '<div><h4>iPad</h4><p>20 GB von 64 GB belegt</p></div><p>42 GB von 50 GB belegt</p>',
    p('de', 'device card above', '42 GB/50 GB', true),
  ],
  // Total first, then a clause; "of your".
  [
    'iCloud-Speicher',
    rows('Insgesamt 50 GB, davon 42 GB belegt'),
    p('de', 'in all, of which', '42 GB/50 GB', true),
  ],
  [
    'Хранилище iCloud',
    rows('Всего 50 ГБ, занято 42 ГБ'),
    p('ru', 'in all, taken', '42 GB/50 GB', true),
  ],
  [
    'Úložiště iCloud',
    rows('Celkem 50 GB, využito 42 GB'),
    p('cs', 'in all, used', '42 GB/50 GB', true),
  ],
  ['iCloud Storage', rows('Total 50 GB, 42 GB used'), p('en', 'total, used', '42 GB/50 GB', true)],
  [
    'Pamięć iCloud',
    rows('Łącznie 50 GB, wykorzystano 42 GB'),
    p('pl', 'in all, used', '42 GB/50 GB', true),
  ],
  [
    'iCloud Storage',
    rows('You’ve used 42 GB of your 50 GB'),
    p('en', 'of your', '42 GB/50 GB', true),
  ],
  [
    'Stockage iCloud',
    rows('Vous avez utilisé 42 Go de vos 50 Go'),
    p('fr', 'de vos', '42 GB/50 GB', true),
  ],
  // "Used" and "Total" rows.
  [
    'iCloud Storage',
    '<dl><dt>Used</dt><dd>42 GB</dd><dt>Total</dt><dd>50 GB</dd></dl>',
    p('en', 'used/total rows', '42 GB/50 GB', true),
  ],
  [
    'Stockage iCloud',
    '<dl><dt>Utilisé</dt><dd>42 Go</dd><dt>Total</dt><dd>50 Go</dd></dl>',
    p('fr', 'used/total rows', '42 GB/50 GB', true),
  ],
];

/** Not the account's usage: a member's, a device's, what is free. */
export const NOT_ACCOUNT: PanelProbe[] = [
  ['iCloud Storage', rows('Lena: 8 GB of 50 GB used'), p('en', 'member alone', U)],
  ['iCloud-Speicher', rows('Von Lena belegt: 8 GB von 50 GB'), p('de', 'member alone', U)],
  ['Хранилище iCloud', rows('8 ГБ из 50 ГБ использовано Леной'), p('ru', 'member alone', U)],
  ['Pamięć iCloud', rows('Kasia wykorzystuje 8 GB z 50 GB'), p('pl', 'member alone', U)],
  [
    'iCloud Depolama Alanı',
    rows("Zeynep 50 GB'ın 8 GB'ını kullanıyor"),
    p('tr', 'member alone', U),
  ],
  [
    'Spazio di archiviazione iCloud',
    rows('Marco sta usando 8 GB su 50 GB'),
    p('it', 'member alone', U),
  ],
  ['Almacenamiento de iCloud', rows('Tomás está usando 8 GB de 50 GB'), p('es', 'member alone', U)],
  ['Αποθήκευση iCloud', rows('Η Λένα χρησιμοποιεί 8 GB από 50 GB'), p('el', 'member alone', U)],
  ['iCloud ストレージ', rows('ママが50 GB中8 GBを使用'), p('ja', 'member alone', U)],
  ['iCloud 저장 공간', rows('엄마가 50GB 중 8GB 사용'), p('ko', 'member alone', U)],
  ['iCloud 储存空间', rows('妈妈已使用 8 GB（共 50 GB）'), p('zh', 'member alone', U)],
  [
    'Stockage iCloud',
    '<div><h4>iPhone de Léa</h4><p>61 Go utilisés sur 128 Go</p></div>',
    p('fr', 'device card alone', U),
  ],
  ['iCloud Storage', rows('iPhone Storage: 61 GB of 128 GB used'), p('en', 'device line', U)],
  [
    'iCloud ストレージ',
    rows('iPhoneのストレージ：128 GB中61 GBを使用済み'),
    p('ja', 'device line', U),
  ],
  [
    'iCloud Storage',
    '<dl><dt>Available</dt><dd>8 GB</dd><dt>Total</dt><dd>50 GB</dd></dl>',
    p('en', 'available/total rows', U),
  ],
  ['iCloud Storage', rows('8 GB of 50 GB available'), p('en', 'free', U)],
  ['iCloud-Speicher', rows('8 GB von 50 GB verfügbar'), p('de', 'free', U)],
  ['Хранилище iCloud', rows('Доступно 8 ГБ из 50 ГБ'), p('ru', 'free', U)],
  ['iCloud ストレージ', rows('50 GB中8 GBが利用可能'), p('ja', 'free', U)],
  ['iCloud 저장 공간', rows('50GB 중 8GB 사용 가능'), p('ko', 'free', U)],
];
