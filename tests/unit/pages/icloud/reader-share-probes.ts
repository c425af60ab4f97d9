/**
 * Round-20 probes, each with the reading a careful person would give, decided before running the
 * reader: storage panels in about 25 languages. Their class: on a shared plan a line said of the
 * reader (by a pronoun, or by the verb alone: "Wykorzystujesz", "Используете", "kullandınız",
 * "Koristite", "Využíváte") is the reader's share, never what the plan holds; a line said of no
 * one under a family heading in any language is a member's; the plan's own line beside the
 * family's list is the plan's. `miss`: unread is acceptable (safe) though a person would read it.
 */
import { U } from './read-as';
import type { Probe } from './named-owner-probes';
import type { PanelProbe } from './shared-plan-probes';

const p = (lang: string, text: string, want: string, miss?: true): Probe =>
  miss ? { lang, text, want, miss } : { lang, text, want };

const rows = (...lines: string[]) => lines.map((line) => `<p>${line}</p>`).join('');
const family = (heading: string, member: string) => `<h3>${heading}</h3><p>${member}</p>`;
const list = (heading: string, ...members: string[]) =>
  `<h3>${heading}</h3><ul>${members.map((m) => `<li>${m}</li>`).join('')}</ul>`;

/** The reader's share beside a member's or the family: nothing may be read. */
export const YOU_BESIDE_OTHERS: PanelProbe[] = [
  [
    'Pamięć iCloud',
    rows('Wykorzystujesz 42 GB z 50 GB') + family('Chmura rodzinna', 'Ola 8 GB'),
    p('pl', 'verb, family', U),
  ],
  [
    'Pamięć iCloud',
    rows('Używasz 42 GB z 50 GB', 'Ola używa 8 GB z 50 GB'),
    p('pl', 'verb, member verb', U),
  ],
  [
    'Хранилище iCloud',
    rows('Вы используете 42 ГБ из 50 ГБ') + family('Семейный доступ', 'Маша 8 ГБ'),
    p('ru', 'вы, family', U),
  ],
  [
    'Хранилище iCloud',
    rows('Используете 42 ГБ из 50 ГБ', 'Маша: 8 ГБ из 50 ГБ'),
    p('ru', 'verb, member share', U),
  ],
  [
    'Сховище iCloud',
    rows('Ви використали 42 ГБ із 50 ГБ') + family('Сімейний доступ', 'Тарас 8 ГБ'),
    p('uk', 'ви, family', U),
  ],
  [
    'Сховище iCloud',
    rows('Використовуєте 42 ГБ з 50 ГБ', 'Тарас: 8 ГБ з 50 ГБ'),
    p('uk', 'verb, member share', U),
  ],
  [
    'iCloud Depolama Alanı',
    rows("50 GB'ın 42 GB'ını kullandınız") + family('Aile Paylaşımı', 'Emre 8 GB'),
    p('tr', 'past verb, family', U),
  ],
  [
    'iCloud Depolama Alanı',
    rows("Siz 50 GB'ın 42 GB'ını kullanıyorsunuz", "Emre: 50 GB'ın 8 GB'ı"),
    p('tr', 'siz, member share', U),
  ],
  [
    'iCloud-Speicher',
    rows('Du hast 42 GB von 50 GB belegt') + family('Familienfreigabe', 'Jonas 8 GB'),
    p('de', 'du hast, family', U),
  ],
  [
    'iCloud-Speicher',
    rows('Du nutzt 42 GB von 50 GB', 'Jonas nutzt 8 GB von 50 GB'),
    p('de', 'du, member verb', U),
  ],
  [
    'iCloud-Speicher',
    rows('Sie nutzen 42 GB von 50 GB', 'Jonas: 8 GB von 50 GB'),
    p('de', 'Sie, member share', U),
  ],
  [
    'Spazio di archiviazione iCloud',
    rows('Stai utilizzando 42 GB di 50 GB') + family('In famiglia', 'Giulia 8 GB'),
    p('it', 'stai, family', U),
  ],
  [
    'Spazio di archiviazione iCloud',
    rows('Utilizzi 42 GB su 50 GB', 'Giulia: 8 GB su 50 GB'),
    p('it', 'verb, member share', U),
  ],
  [
    'Almacenamiento de iCloud',
    rows('Estás usando 42 GB de 50 GB', 'Lucía: 8 GB de 50 GB'),
    p('es', 'estás, member share', U),
  ],
  [
    'Almacenamiento de iCloud',
    rows('Has usado 42 GB de 50 GB') + family('En familia', 'Lucía 8 GB'),
    p('es', 'has, family', U),
  ],
  [
    'Armazenamento do iCloud',
    rows('Você está usando 42 GB de 50 GB') + family('Compartilhamento Familiar', 'Pedro 8 GB'),
    p('pt', 'você, family', U),
  ],
  [
    'Armazenamento do iCloud',
    rows('Usaste 42 GB de 50 GB', 'Pedro: 8 GB de 50 GB'),
    p('pt', 'verb, member share', U),
  ],
  [
    'Stockage iCloud',
    rows('Tu utilises 42 Go sur 50 Go') + family('Partage familial', 'Chloé 8 Go'),
    p('fr', 'tu, family', U),
  ],
  [
    'Stockage iCloud',
    rows('Vous avez utilisé 42 Go sur 50 Go', 'Chloé : 8 Go sur 50 Go'),
    p('fr', 'vous, member share', U),
  ],
  [
    'iCloud-opslag',
    rows('Je gebruikt 42 GB van 50 GB') + family('Delen met gezin', 'Sanne 8 GB'),
    p('nl', 'je, family', U),
  ],
  [
    'iCloud-opslag',
    rows('U gebruikt 42 GB van 50 GB', 'Sanne: 8 GB van 50 GB'),
    p('nl', 'u, member share', U),
  ],
  [
    'iCloud-lagring',
    rows('Du använder 42 GB av 50 GB', 'Elsa: 8 GB av 50 GB'),
    p('sv', 'du, member share', U),
  ],
  [
    'iCloud-lagerplads',
    rows('Du har brugt 42 GB af 50 GB') + family('Familiedeling', 'Freja 8 GB'),
    p('da', 'du, family', U),
  ],
  [
    'iCloud-lagring',
    rows('Du har brukt 42 GB av 50 GB', 'Ola bruker 8 GB av 50 GB'),
    p('nb', 'du, member verb', U),
  ],
  [
    'iCloud-tallennustila',
    rows('Olet käyttänyt 42 Gt / 50 Gt', 'Aino: 8 Gt / 50 Gt'),
    p('fi', 'olet, member share', U),
  ],
  [
    'Úložiště iCloud',
    rows('Využíváte 42 GB z 50 GB', 'Jana: 8 GB z 50 GB'),
    p('cs', 'verb, member share', U),
  ],
  [
    'Úložisko iCloud',
    rows('Používate 42 GB z 50 GB') + family('Rodinné zdieľanie', 'Peter 8 GB'),
    p('sk', 'verb, family', U),
  ],
  [
    'iCloud pohrana',
    rows('Koristite 42 GB od 50 GB', 'Ana: 8 GB od 50 GB'),
    p('hr', 'verb, member share', U),
  ],
  [
    'Stocare iCloud',
    rows('Ai utilizat 42 GB din 50 GB') + family('Partajare familială', 'Ioana 8 GB'),
    p('ro', 'ai, family', U),
  ],
  [
    'Αποθήκευση iCloud',
    rows('Έχετε χρησιμοποιήσει 42 GB από 50 GB') + family('Οικογενειακή κοινή χρήση', 'Νίκος 8 GB'),
    p('el', 'έχετε, family', U),
  ],
  [
    'Αποθήκευση iCloud',
    rows('Χρησιμοποιείτε 42 GB από 50 GB', 'Νίκος: 8 GB από 50 GB'),
    p('el', 'verb, member share', U),
  ],
  [
    'iCloud ストレージ',
    rows('50 GB中42 GBを使用しています', 'パパ：50 GB中8 GB'),
    p('ja', 'progressive, member share', U),
  ],
  [
    'iCloud 储存空间',
    rows('你已使用 42 GB（共 50 GB）', '爸爸：8 GB（共 50 GB）'),
    p('zh', '你, member share', U),
  ],
  [
    'iCloud 저장 공간',
    rows('50GB 중 42GB를 사용하고 있습니다') + family('가족 공유', '엄마 8GB'),
    p('ko', 'progressive, family', U),
  ],
  [
    'Dung lượng iCloud',
    rows('Bạn đã dùng 42 GB trong tổng số 50 GB', 'Lan: 8 GB trong tổng số 50 GB'),
    p('vi', 'bạn, member share', U),
  ],
  [
    'Penyimpanan iCloud',
    rows('Anda menggunakan 42 GB dari 50 GB') + family('Berbagi Keluarga', 'Sari 8 GB'),
    p('id', 'anda, family', U),
  ],
  [
    'พื้นที่จัดเก็บข้อมูล iCloud',
    rows('คุณใช้ไป 42 GB จาก 50 GB', 'สมศรี: 8 GB จาก 50 GB'),
    p('th', 'คุณ, member share', U),
  ],
  [
    'iCloud स्टोरेज',
    rows('आप 50 GB में से 42 GB उपयोग कर रहे हैं', 'राहुल: 50 GB में से 8 GB'),
    p('hi', 'आप, member share', U),
  ],
  [
    'iCloud Storage',
    rows('You’re using 42 GB of 50 GB', 'Sam: 8 GB of 50 GB'),
    p('en', 'you, member share', U),
  ],
  [
    'iCloud Storage',
    rows('You are using 42 GB of 50 GB') + list('Family', 'Sam 5 GB', 'Alex 3 GB'),
    p('en', 'you, family list', U),
  ],
];

/** The reader alone: what the reader uses is what the plan holds. */
export const YOU_ALONE: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('You’re using 42 GB of 50 GB', 'Photos 20 GB', 'Backups 12 GB'),
    p('en', 'you, legend', '42 GB/50 GB'),
  ],
  [
    'iCloud Storage',
    rows('You’re using 42 GB of 50 GB', '42 GB / 50 GB'),
    p('en', 'you, and the bar’s own label', '42 GB/50 GB', true),
  ],
  [
    'iCloud-Speicher',
    rows('Du nutzt 42 GB von 50 GB', 'Fotos 20 GB'),
    p('de', 'du, legend', '42 GB/50 GB'),
  ],
  [
    'Хранилище iCloud',
    rows('Вы используете 42 ГБ из 50 ГБ', 'Фото 20 ГБ'),
    p('ru', 'вы, legend', '42 GB/50 GB'),
  ],
  [
    'Pamięć iCloud',
    rows('Wykorzystujesz 42 GB z 50 GB', 'Zdjęcia 20 GB'),
    p('pl', 'verb, legend', '42 GB/50 GB'),
  ],
  [
    'iCloud Depolama Alanı',
    rows("50 GB'ın 42 GB'ını kullanıyorsunuz", 'Fotoğraflar 20 GB'),
    p('tr', 'verb, legend', '42 GB/50 GB'),
  ],
  [
    'Spazio di archiviazione iCloud',
    rows('Stai utilizzando 42 GB su 50 GB'),
    p('it', 'stai', '42 GB/50 GB'),
  ],
  [
    'Almacenamiento de iCloud',
    rows('Estás usando 42 GB de 50 GB'),
    p('es', 'estás', '42 GB/50 GB'),
  ],
  ['iCloud pohrana', rows('Koristite 42 GB od 50 GB'), p('hr', 'verb', '42 GB/50 GB')],
  [
    'Αποθήκευση iCloud',
    rows('Έχετε χρησιμοποιήσει 42 GB από 50 GB'),
    p('el', 'έχετε', '42 GB/50 GB'),
  ],
  [
    'iCloud ストレージ',
    rows('50 GB中42 GBを使用しています'),
    p('ja', 'progressive', '42 GB/50 GB'),
  ],
  ['iCloud 저장 공간', rows('50GB 중 42GB 사용 중'), p('ko', 'progressive', '42 GB/50 GB')],
  ['iCloud 储存空间', rows('你已使用 42 GB（共 50 GB）'), p('zh', '你', '42 GB/50 GB')],
  [
    'Dung lượng iCloud',
    rows('Bạn đã dùng 42 GB trong tổng số 50 GB'),
    p('vi', 'bạn', '42 GB/50 GB'),
  ],
  [
    'Stockage iCloud',
    rows('Tu utilises 42 Go sur 50 Go', 'Photos 20 Go'),
    p('fr', 'tu, legend', '42 GB/50 GB'),
  ],
  ['iCloud-opslag', rows('Je gebruikt 42 GB van 50 GB'), p('nl', 'je', '42 GB/50 GB')],
  ['iCloud-lagring', rows('Du använder 42 GB av 50 GB'), p('sv', 'du', '42 GB/50 GB')],
  [
    'iCloud Storage',
    rows('iCloud+ with 50 GB', 'You have used 42 GB of 50 GB', 'Photos 20 GB'),
    p('en', 'plan, you, legend', '42 GB/50 GB'),
  ],
];

/** The plan's line said of no one, beside the family's list: the plan's usage. */
export const PLAN_BESIDE_FAMILY: PanelProbe[] = [
  [
    'iCloud-tárhely',
    rows('42 GB felhasználva az 50 GB-ból') + family('Családi megosztás', 'Anna 8 GB'),
    p('hu', 'plan line, family', '42 GB/50 GB'),
  ],
  [
    'Pamięć iCloud',
    rows('Wykorzystano 42 GB z 50 GB') + family('Chmura rodzinna', 'Ola 8 GB'),
    p('pl', 'plan line, family', '42 GB/50 GB'),
  ],
  [
    'iCloud Depolama Alanı',
    rows("50 GB'ın 42 GB'ı kullanılıyor") + family('Aile Paylaşımı', 'Emre 8 GB'),
    p('tr', 'plan line, family', '42 GB/50 GB'),
  ],
  [
    'Хранилище iCloud',
    rows('Использовано 42 ГБ из 50 ГБ') + family('Семейный доступ', 'Маша 8 ГБ'),
    p('ru', 'plan line, family', '42 GB/50 GB'),
  ],
  [
    'Αποθήκευση iCloud',
    rows('Χρησιμοποιούνται 42 GB από 50 GB') + family('Οικογενειακή κοινή χρήση', 'Νίκος 8 GB'),
    p('el', 'plan line, family', '42 GB/50 GB'),
  ],
  [
    'Úložiště iCloud',
    rows('Využito 42 GB z 50 GB') + family('Rodinné sdílení', 'Jana 8 GB'),
    p('cs', 'plan line, family', '42 GB/50 GB'),
  ],
  [
    'iCloud-tallennustila',
    rows('Käytetty 42 Gt / 50 Gt') + family('Perhejako', 'Aino 8 Gt'),
    p('fi', 'plan line, family', '42 GB/50 GB'),
  ],
  [
    'Penyimpanan iCloud',
    rows('42 GB dari 50 GB digunakan') + family('Berbagi Keluarga', 'Sari 8 GB'),
    p('id', 'plan line, family', '42 GB/50 GB'),
  ],
  [
    'Dung lượng iCloud',
    rows('Đã sử dụng 42 GB trong tổng số 50 GB') + family('Chia sẻ trong gia đình', 'Lan 8 GB'),
    p('vi', 'plan line, family', '42 GB/50 GB'),
  ],
  [
    'iCloud-Speicher',
    rows('42 GB von 50 GB belegt') + list('Familienfreigabe', 'Du 34 GB', 'Jonas 8 GB'),
    p('de', 'plan line, du among members', '42 GB/50 GB'),
  ],
  [
    'Almacenamiento de iCloud',
    rows('Se usan 42 GB de 50 GB') + list('En familia', 'Tú: 34 GB', 'Lucía: 8 GB'),
    p('es', 'plan line, tú among members', '42 GB/50 GB'),
  ],
];

/** A line said of no one under a family heading the page did not know: a member's. */
export const UNDER_FAMILY: PanelProbe[] = [
  [
    'Αποθήκευση iCloud',
    family('Οικογενειακή κοινή χρήση', '8 GB από 50 GB χρησιμοποιούνται'),
    p('el', 'under family', U),
  ],
  [
    'iCloud Depolama Alanı',
    family('Aile Paylaşımı', "50 GB'ın 8 GB'ı kullanılıyor"),
    p('tr', 'under family', U),
  ],
  [
    'Úložiště iCloud',
    family('Rodinné sdílení', 'Využito 8 GB z 50 GB'),
    p('cs', 'under family', U),
  ],
  [
    'iCloud-tallennustila',
    family('Perhejako', 'Käytetty 8 Gt / 50 Gt'),
    p('fi', 'under family', U),
  ],
  [
    'iCloud-tárhely',
    family('Családi megosztás', '8 GB felhasználva az 50 GB-ból'),
    p('hu', 'under family', U),
  ],
  [
    'Penyimpanan iCloud',
    family('Berbagi Keluarga', '8 GB dari 50 GB digunakan'),
    p('id', 'under family', U),
  ],
  [
    'Dung lượng iCloud',
    family('Chia sẻ trong gia đình', 'Đã sử dụng 8 GB trong tổng số 50 GB'),
    p('vi', 'under family', U),
  ],
  [
    'Сховище iCloud',
    family('Сімейний доступ', 'Використано 8 ГБ із 50 ГБ'),
    p('uk', 'under family', U),
  ],
  [
    'Хранилище iCloud',
    family('Семейный доступ', 'Использовано 8 ГБ из 50 ГБ'),
    p('ru', 'under family', U),
  ],
  ['אחסון iCloud', family('שיתוף משפחתי', '8 GB מתוך 50 GB בשימוש'), p('he', 'under family', U)],
  [
    'تخزين iCloud',
    family('مشاركة العائلة', 'تم استخدام 8 GB من 50 GB'),
    p('ar', 'under family', U),
  ],
  [
    'พื้นที่จัดเก็บข้อมูล iCloud',
    family('การแชร์กันในครอบครัว', 'ใช้ไป 8 GB จาก 50 GB'),
    p('th', 'under family', U),
  ],
  [
    'iCloud pohrana',
    family('Dijeljenje s obitelji', 'Iskorišteno 8 GB od 50 GB'),
    p('hr', 'under family', U),
  ],
];

/** Wordings a person reads and the reader left unread: total first, "of your", a device card. */
export const LEFT_UNREAD: PanelProbe[] = [
  [
    'iCloud-Speicher',
    rows('Insgesamt 50 GB, davon 42 GB belegt'),
    p('de', 'in all, of which', '42 GB/50 GB'),
  ],
  ['Хранилище iCloud', rows('Всего 50 ГБ, занято 42 ГБ'), p('ru', 'in all, taken', '42 GB/50 GB')],
  ['Úložiště iCloud', rows('Celkem 50 GB, využito 42 GB'), p('cs', 'in all', '42 GB/50 GB')],
  ['Pamięć iCloud', rows('Łącznie 50 GB, wykorzystano 42 GB'), p('pl', 'in all', '42 GB/50 GB')],
  [
    'iCloud Depolama Alanı',
    rows('Toplam 50 GB, 42 GB kullanılıyor'),
    p('tr', 'in all', '42 GB/50 GB'),
  ],
  [
    'iCloud-tallennustila',
    rows('Yhteensä 50 Gt, käytetty 42 Gt'),
    p('fi', 'in all', '42 GB/50 GB'),
  ],
  ['iCloud Storage', rows('You’ve used 42 GB of your 50 GB'), p('en', 'of your', '42 GB/50 GB')],
  [
    'iCloud Storage',
    rows('You have used 42 GB of your 50 GB storage'),
    p('en', 'of your … storage', '42 GB/50 GB'),
  ],
  [
    'Stockage iCloud',
    rows('Vous avez utilisé 42 Go de vos 50 Go'),
    p('fr', 'de vos', '42 GB/50 GB', true),
  ],
  [
    'Almacenamiento de iCloud',
    rows('Has usado 42 GB de tus 50 GB'),
    p('es', 'de tus', '42 GB/50 GB', true),
  ],
  [
    'iCloud Storage',
    '<div><h4>iPhone 15</h4><p>61 GB of 128 GB used</p></div><p>42 GB of 50 GB used</p>',
    p('en', 'device card above', '42 GB/50 GB', true),
  ],
  [
    'Stockage iCloud',
    '<div><h4>iPad</h4><p>20 Go utilisés sur 64 Go</p></div><p>42 Go utilisés sur 50 Go</p>',
    p('fr', 'device card above', '42 GB/50 GB', true),
  ],
];
