/**
 * Round-24b probes, each with the reading a careful person would give, decided before running the
 * reader: storage panels in 16 languages, read on the page and pasted. Their class: the whole
 * owned in words ("of your 200 GB", "de vos 200 Go") and another's ("of her 200 GB"), a status
 * label before the line, free and used said side by side, units in lower case or spelled out and
 * the gigabit of a network speed, Korean, Catalan and Persian wordings, and plan offers ("Get 200
 * GB for …"). `miss`: unread is acceptable (safe) though a person would read it.
 */
import type { Probe } from './named-owner-probes';
import type { PanelProbe } from './shared-plan-probes';
import { U } from './read-as';

const p = (lang: string, text: string, want: string, miss?: true): Probe =>
  miss ? { lang, text, want, miss } : { lang, text, want };

const rows = (...lines: string[]) => lines.map((line) => `<p>${line}</p>`).join('');

/** The whole said to be the reader's ("of your"), or someone else's ("of her"). */
export const POSSESSIVE: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('You’ve used 12 GB of your 200 GB'),
    p('en', 'of your', '12 GB/200 GB', true),
  ],
  [
    'iCloud-Speicher',
    rows('Sie haben 12 GB Ihrer 200 GB belegt'),
    p('de', 'Ihrer', '12 GB/200 GB', true),
  ],
  [
    'Stockage iCloud',
    rows('Vous avez utilisé 12 Go de vos 200 Go'),
    p('fr', 'de vos', '12 GB/200 GB', true),
  ],
  [
    'Almacenamiento de iCloud',
    rows('Has usado 12 GB de tus 200 GB'),
    p('es', 'de tus', '12 GB/200 GB', true),
  ],
  [
    'Spazio di archiviazione iCloud',
    rows('Hai utilizzato 12 GB dei tuoi 200 GB'),
    p('it', 'dei tuoi', '12 GB/200 GB', true),
  ],
  [
    'iCloud-lagring',
    rows('Du har använt 12 GB av dina 200 GB'),
    p('sv', 'av dina', '12 GB/200 GB', true),
  ],
  [
    'Хранилище iCloud',
    rows('Использовано 12 ГБ из ваших 200 ГБ'),
    p('ru', 'из ваших', '12 GB/200 GB', true),
  ],
  [
    'Przestrzeń iCloud',
    rows('Wykorzystano 12 GB z Twoich 200 GB'),
    p('pl', 'z Twoich', '12 GB/200 GB', true),
  ],
  // Another's whole: a member's share, never the account's.
  ['iCloud Storage', rows('Mom has used 12 GB of her 200 GB'), p('en', 'of her', U)],
  ['iCloud Storage', rows('Alex used 12 GB of his 200 GB'), p('en', 'of his', U)],
  ['iCloud-Speicher', rows('Jonas hat 12 GB seiner 200 GB belegt'), p('de', 'seiner', U)],
  ['Stockage iCloud', rows('Léa a utilisé 12 Go de ses 200 Go'), p('fr', 'de ses', U)],
  // "Your" said to another person: a message or a card addressed to a member.
  [
    'iCloud Storage',
    rows('Kwame, you’ve used 12 GB of your 200 GB'),
    p('en', 'your, addressed to a member', U),
  ],
  [
    'iCloud Storage',
    rows('Message to Kwame: “You’ve used 12 GB of your 200 GB”'),
    p('en', 'your, quoted to a member', U),
  ],
];

/** A label of state or status before the line. */
export const STATUS: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('Status: used 4.8 GB of 5 GB'),
    p('en', 'status, verb first', '4.8 GB/5 GB', true),
  ],
  [
    'iCloud-Speicher',
    rows('Status: 4,8 GB von 5 GB belegt'),
    p('de', 'Status', '4.8 GB/5 GB', true),
  ],
  [
    'Stockage iCloud',
    rows('État : 4,8 Go utilisés sur 5 Go'),
    p('fr', 'état', '4.8 GB/5 GB', true),
  ],
  [
    'Almacenamiento de iCloud',
    rows('Estado: 4,8 GB de 5 GB usados'),
    p('es', 'estado', '4.8 GB/5 GB', true),
  ],
  [
    'Spazio di archiviazione iCloud',
    rows('Stato: 4,8 GB di 5 GB utilizzati'),
    p('it', 'stato', '4.8 GB/5 GB', true),
  ],
  ['iCloud ストレージ', rows('状態：5 GB中4.8 GBを使用済み'), p('ja', '状態', '4.8 GB/5 GB', true)],
  // A status that names someone, or says no use.
  ['iCloud Storage', rows('Status: Mom used 12 GB of 200 GB'), p('en', 'status, a member', U)],
  [
    'iCloud Storage',
    rows('Backup status: 2 GB of 5 GB uploaded'),
    p('en', 'status of an upload', U),
  ],
];

/** What is free and what is used, side by side. */
export const FREE_AND_USED: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('Free: 0.2 GB of 5 GB · Used: 4.8 GB of 5 GB'),
    p('en', 'free part, used part', '4.8 GB/5 GB', true),
  ],
  [
    'iCloud-Speicher',
    rows('Frei: 0,2 GB von 5 GB · Belegt: 4,8 GB von 5 GB'),
    p('de', 'frei, belegt', '4.8 GB/5 GB', true),
  ],
  [
    'Stockage iCloud',
    rows('Utilisé : 4,8 Go sur 5 Go · Libre : 0,2 Go sur 5 Go'),
    p('fr', 'utilisé, libre', '4.8 GB/5 GB', true),
  ],
  // Free and used that do not add up to the whole: one of them is wrong, nothing is read.
  [
    'iCloud Storage',
    rows('Free: 1 GB of 5 GB · Used: 4.8 GB of 5 GB'),
    p('en', 'free and used disagree', U),
  ],
  // A free amount alone is never the usage.
  ['iCloud Storage', rows('0.2 GB of 5 GB free'), p('en', 'free alone', U)],
  ['Stockage iCloud', rows('Libre : 0,2 Go sur 5 Go'), p('fr', 'libre alone', U)],
  ['Armazenamento do iCloud', rows('0,2 GB livres de 5 GB'), p('pt', 'livres alone', U)],
  ['iCloud-opslag', rows('Nog 0,2 GB van 5 GB beschikbaar'), p('nl', 'beschikbaar alone', U)],
  ['iCloud 存储空间', rows('可用 0.2 GB（共 5 GB）'), p('zh', '可用 alone', U)],
];

/** Units in lower case or spelled out, and a network's gigabits. */
export const UNIT_SPELLINGS: PanelProbe[] = [
  ['iCloud Storage', rows('4.8 gb of 5 gb used'), p('en', 'gb', '4.8 GB/5 GB', true)],
  ['iCloud Storage', rows('4.8 Gb of 5 Gb used'), p('en', 'Gb', '4.8 GB/5 GB', true)],
  [
    'iCloud ストレージ',
    rows('50ギガバイト中12ギガバイトを使用済み'),
    p('ja', 'ギガバイト', '12 GB/50 GB', true),
  ],
  [
    'iCloud ストレージ',
    rows('2テラバイト中1.2テラバイトを使用済み'),
    p('ja', 'テラバイト', '1.2 TB/2 TB', true),
  ],
  [
    'iCloud ストレージ',
    rows('5ギガバイト中800メガバイトを使用済み'),
    p('ja', 'メガバイト of ギガバイト', '800 MB/5 GB', true),
  ],
  // Gigabits and megabits of a network: a speed, never storage.
  [
    'iCloud Storage',
    rows('Wi-Fi 1 Gb/s', '4.8 GB of 5 GB used'),
    p('en', 'a gigabit line above', '4.8 GB/5 GB'),
  ],
  ['iCloud Storage', rows('Network: 0.5 Gb/s of 1 Gb/s used'), p('en', 'bandwidth used', U)],
  ['iCloud-Speicher', rows('WLAN: 300 Mb/s von 1 Gb/s genutzt'), p('de', 'bandwidth genutzt', U)],
  ['Stockage iCloud', rows('Débit utilisé : 500 Mb/s sur 1 Gb/s'), p('fr', 'débit utilisé', U)],
];

/** Korean, Catalan and Persian wordings. */
export const OTHER_WORDINGS: PanelProbe[] = [
  [
    'iCloud 저장 공간',
    rows('현재 200GB 중 12GB 사용됨'),
    p('ko', 'now, total first', '12 GB/200 GB', true),
  ],
  ['iCloud 저장 공간', rows('200GB 중 12GB 사용됨'), p('ko', 'total first', '12 GB/200 GB')],
  ['iCloud 저장 공간', rows('엄마 200GB 중 12GB 사용됨'), p('ko', 'a member first', U)],
  ['iCloud 저장 공간', rows('200GB 중 188GB 사용 가능'), p('ko', 'available', U)],
  [
    'Emmagatzematge d’iCloud',
    rows('S’han utilitzat 4,8 GB de 5 GB'),
    p('ca', 's’han utilitzat', '4.8 GB/5 GB', true),
  ],
  [
    'Emmagatzematge d’iCloud',
    rows('4,8 GB de 5 GB utilitzats'),
    p('ca', 'utilitzats after', '4.8 GB/5 GB'),
  ],
  [
    'Emmagatzematge d’iCloud',
    rows('La Marta ha utilitzat 12 GB de 200 GB'),
    p('ca', 'a member', U),
  ],
  ['Emmagatzematge d’iCloud', rows('0,2 GB lliures de 5 GB'), p('ca', 'lliures', U)],
  [
    'فضای ذخیره‌سازی iCloud',
    rows('۱۲ گیگابایت از ۵۰ گیگابایت استفاده شده'),
    p('fa', 'Persian unit, of, used', '12 GB/50 GB', true),
  ],
  [
    'فضای ذخیره‌سازی iCloud',
    rows('۱۲ GB از ۵۰ GB استفاده شده'),
    p('fa', 'Persian digits, GB', '12 GB/50 GB', true),
  ],
  [
    'فضای ذخیره‌سازی iCloud',
    rows('مریم ۱۲ GB از ۵۰ GB استفاده کرده'),
    p('fa', 'a member first', U),
  ],
  ['فضای ذخیره‌سازی iCloud', rows('۰٫۲ GB از ۵ GB آزاد'), p('fa', 'free', U)],
];

/** Plan offers beside the line, or alone. */
export const OFFERS: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('4.8 GB of 5 GB used', 'Get 200 GB for $2.99/month'),
    p('en', 'offer below', '4.8 GB/5 GB'),
  ],
  ['iCloud Storage', rows('Get 200 GB for $2.99/month'), p('en', 'offer alone', U)],
  [
    'iCloud Storage',
    rows('Get 200 GB of storage for 2 TB of photos'),
    p('en', 'offer, two sizes', U),
  ],
  ['iCloud-Speicher', rows('Hol dir 200 GB für 2,99 €/Monat'), p('de', 'offer alone', U)],
  ['Stockage iCloud', rows('Passez à 200 Go pour 2,99 € par mois'), p('fr', 'offer alone', U)],
  ['Almacenamiento de iCloud', rows('Obtén 200 GB por 2,99 €'), p('es', 'offer alone', U)],
  [
    'Almacenamiento de iCloud',
    rows('Se usan 4,8 GB de 5 GB', 'Obtén 50 GB por 0,99 €'),
    p('es', 'usage, offer below', '4.8 GB/5 GB'),
  ],
  [
    'iCloud ストレージ',
    rows('5 GB中4.8 GBを使用済み', '200 GBを月額400円で'),
    p('ja', 'usage, offer below', '4.8 GB/5 GB'),
  ],
  [
    'iCloud 存储空间',
    rows('已使用 4.8 GB（共 5 GB）', '升级到 50 GB，每月 ¥6'),
    p('zh', 'usage, upgrade below', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    rows('Upgrade from 5 GB to 50 GB, used by the whole family'),
    p('en', 'offer with used', U),
  ],
  [
    'iCloud Storage',
    rows('Share 200 GB with up to 5 others, 12 GB used so far'),
    p('en', 'offer, a used amount without a whole', U),
  ],
];

/**
 * A free part of the same whole that does not add up with the used part (beyond rounding): one of
 * them is not what the account holds now; a free part of another whole says nothing of it.
 */
export const FREE_DISAGREES: PanelProbe[] = [
  [
    'iCloud Storage',
    rows('Used: 4.8 GB of 5 GB · Free: 1 GB of 5 GB'),
    p('en', 'used part, free part disagree', U),
  ],
  [
    'iCloud Storage',
    rows('4.8 GB of 5 GB used', '1 GB of 5 GB available'),
    p('en', 'two lines disagree', U),
  ],
  [
    'iCloud-Speicher',
    rows('4,8 GB von 5 GB belegt', '2 GB von 5 GB frei'),
    p('de', 'two lines disagree', U),
  ],
  [
    'Stockage iCloud',
    rows('Utilisé : 4,8 Go sur 5 Go · Libre : 1 Go sur 5 Go'),
    p('fr', 'utilisé, libre disagree', U),
  ],
  [
    'iCloud ストレージ',
    rows('5 GB中4.8 GBを使用済み', '5 GB中1 GBが利用可能'),
    p('ja', 'total first, disagree', U),
  ],
  [
    'iCloud Storage',
    rows('4.8 GB of 5 GB used', '0.2 GB of 5 GB available'),
    p('en', 'two lines agree', '4.8 GB/5 GB'),
  ],
  [
    'iCloud Storage',
    rows('4.9 GB of 5 GB used · 0.2 GB of 5 GB free'),
    p('en', 'agree within rounding', '4.9 GB/5 GB'),
  ],
  [
    'Almacenamiento de iCloud',
    rows('Se usan 150,5 GB de 200 GB', 'Disponibles: 49,5 GB de 200 GB'),
    p('es', 'two lines agree', '150.5 GB/200 GB'),
  ],
  [
    'iCloud Storage',
    rows('4.8 GB of 5 GB used', 'iPhone: 20 GB of 64 GB available'),
    p('en', 'a device’s free part', '4.8 GB/5 GB'),
  ],
  [
    'iCloud ストレージ',
    rows('5 GB中4.8 GBを使用済み', '5 GB中0.2 GBが利用可能'),
    p('ja', 'total first, agree', '4.8 GB/5 GB'),
  ],
];
