import { describe, expect, it } from 'vitest';
import { parseIcloudPage } from '../../../../src/pages/icloud/parse-dom';
import { matchUsage, parseStorageText } from '../../../../src/pages/icloud/storage-text';
import { readPastedStorage } from '../../../../src/ui/storage-paste';
import { FIXED_NOW, ICLOUD_URL, pageDocument } from '../fixtures';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const THIN = '\u2009';

/** The storage line in the wordings of every language read, with used and total. */
const USAGE: [lang: string, text: string, used: string, total: string][] = [
  ['en', '4.8 GB of 5 GB used', '4.8 GB', '5 GB'],
  ['en', 'You have used 1.2 TB of 2 TB', '1.2 TB', '2 TB'],
  ['de', `4,8${NBSP}GB von 5${NBSP}GB belegt`, '4.8 GB', '5 GB'],
  ['de', '123,4 GB von 200 GB verwendet', '123.4 GB', '200 GB'],
  ['fr', `150,5${NNBSP}Go utilisés sur 200${NNBSP}Go`, '150.5 GB', '200 GB'],
  ['fr', `Vous utilisez 1,2${THIN}To sur 2${THIN}To`, '1.2 TB', '2 TB'],
  ['fr', '2,3 Go sur 5 Go utilisés', '2.3 GB', '5 GB'],
  ['es', 'Se usan 150,5 GB de 200 GB', '150.5 GB', '200 GB'],
  ['es', '4,8 GB usados de 5 GB', '4.8 GB', '5 GB'],
  ['es', 'Usado: 850 MB de 5 GB', '850 MB', '5 GB'],
  ['es', 'Se está usando 1,5 TB de 2 TB', '1.5 TB', '2 TB'],
  ['es', 'Se utilizan 4,8 GB de 5 GB', '4.8 GB', '5 GB'],
  ['es', 'Estás utilizando 4,8 GB de 5 GB', '4.8 GB', '5 GB'],
  ['it', '150,5 GB di 200 GB utilizzati', '150.5 GB', '200 GB'],
  ['it', 'In uso: 1,1 TB su 2 TB', '1.1 TB', '2 TB'],
  ['it', 'Hai utilizzato 3,1 GB di 5 GB', '3.1 GB', '5 GB'],
  ['it', 'Si utilizzano 4,8 GB di 5 GB', '4.8 GB', '5 GB'],
  ['ja', '200 GB中150.5 GBを使用', '150.5 GB', '200 GB'],
  ['ja', '5GB中4.8GBを使用済み', '4.8 GB', '5 GB'],
  ['ja', '4.8 GB（5 GB中）を使用', '4.8 GB', '5 GB'],
  ['zh', '200 GB 中已使用 150.5 GB', '150.5 GB', '200 GB'],
  ['zh', '已使用 4.8 GB（共 5 GB）', '4.8 GB', '5 GB'],
  ['zh', '共 2 TB，已使用 1.2 TB', '1.2 TB', '2 TB'],
  // The used-word after the sizes: the whole is marked by 共 or のうち.
  ['zh', '4.8 GB（共 5 GB）已使用', '4.8 GB', '5 GB'],
  ['ja', '5 GBのうち4.8 GBを使用済み', '4.8 GB', '5 GB'],
  ['ja', '200 GB のうち 150.5 GB を使用中', '150.5 GB', '200 GB'],
  // Languages the flow recognizes alerts in but does not speak: the usage line only.
  ['pt', '4,8 GB de 5 GB usados', '4.8 GB', '5 GB'],
  ['pt', 'Utilizados 150,5 GB de 200 GB', '150.5 GB', '200 GB'],
  ['pt', 'Utilização: 4,8 GB de 5 GB', '4.8 GB', '5 GB'],
  ['nl', `4,8${NBSP}GB van 5${NBSP}GB gebruikt`, '4.8 GB', '5 GB'],
  ['nl', '150,5 GB gebruikt van 200 GB', '150.5 GB', '200 GB'],
  ['sv', '4,8 GB av 5 GB används', '4.8 GB', '5 GB'],
  ['da', '4,8 GB af 5 GB brugt', '4.8 GB', '5 GB'],
  ['nb', '1,2 TB av 2 TB brukt', '1.2 TB', '2 TB'],
  ['pl', 'Wykorzystano 4,8 GB z 5 GB', '4.8 GB', '5 GB'],
  ['ru', `Использовано 4,8${NBSP}ГБ из 5${NBSP}ГБ`, '4.8 GB', '5 GB'],
  ['ru', 'Использовано 850 МБ из 5 ГБ', '850 MB', '5 GB'],
  // "You use" and "is used" in the languages whose third person is someone else's share.
  ['ru', 'Вы используете 4,8 ГБ из 5 ГБ', '4.8 GB', '5 GB'],
  ['ru', 'Используется 4,8 ГБ из 5 ГБ', '4.8 GB', '5 GB'],
  ['uk', 'Ви використовуєте 4,8 ГБ з 5 ГБ', '4.8 GB', '5 GB'],
  ['uk', 'Використовується 4,8 ГБ з 5 ГБ', '4.8 GB', '5 GB'],
  ['pl', 'Używasz 4,8 GB z 5 GB', '4.8 GB', '5 GB'],
  ['ko', '5GB 중 4.8GB 사용됨', '4.8 GB', '5 GB'],
  ['ko', '200GB 중 150.5GB 사용 중', '150.5 GB', '200 GB'],
];

/** Text that names two sizes but is no storage line: it must stay unread. */
const NOT_USAGE: [lang: string, text: string][] = [
  ['en', 'Uploading 1 GB of 2 GB'],
  ['de', 'Lädt 1 GB von 2 GB'],
  ['fr', 'Téléversement : 1,5 Go sur 2 Go'],
  ['fr', 'Passez de 50 Go à 200 Go'],
  ['es', 'Descargando 1 GB de 2 GB'],
  ['it', 'Caricamento di 1 GB su 2 GB'],
  ['ja', '2 GB中1 GBをダウンロード中'],
  ['zh', '正在上传 2 GB 中的 1 GB'],
  ['fr', '1.500 Go utilisés sur 2.000 Go'],
  ['zh', '已使用 4.8 GB'],
  ['nl', 'Uploaden: 1 GB van 2 GB'],
  ['sv', 'Laddar upp 1 GB av 2 GB'],
  ['pl', 'Przesyłanie 1 GB z 2 GB'],
  ['ru', 'Загрузка 1 ГБ из 2 ГБ'],
  ['ko', '2GB 중 1GB 사용 가능'],
  ['ko', '2GB 중 1GB 업로드 중'],
  // A transfer: a word for "used" that is not said of the pair ("paused", after a dash or in
  // brackets, "using Wi-Fi") or is the word for "user".
  ['en', 'Uploading “IMG_0412.MOV” – 1.2 GB of 2 GB using Wi-Fi'],
  ['en', 'Upload paused: 1.2 GB of 2 GB'],
  ['en', 'Backup paused – 1.2 GB of 4.5 GB'],
  ['en', 'Upload using Wi-Fi: 1.2 GB of 2 GB'],
  ['de', 'Hochladen: 1,2 GB von 2 GB – Verwendet WLAN'],
  ['fr', 'Importation de 1,2 Go sur 2 Go – utilisez le Wi-Fi'],
  ['fr', 'Téléchargement de 1,2 Go sur 2 Go en utilisant le Wi-Fi'],
  ['fr', 'Utilisateur : 1,2 Go sur 2 Go'],
  ['es', 'Subiendo 1,2 GB de 2 GB usando Wi-Fi'],
  ['it', 'Caricamento di 1,2 GB su 2 GB utilizzando il Wi-Fi'],
  ['pt', 'Utilizador: 1,2 GB de 2 GB'],
  ['nl', 'Upload 1,2 GB van 2 GB – gebruiker'],
  ['nl', 'Gebruiker: 1,2 GB van 2 GB'],
  ['pl', 'Przesyłanie 1,2 GB z 2 GB (użytkownik)'],
  ['pl', 'Użytkownik: 1,2 GB z 2 GB'],
  ['ru', 'Загрузка 1,2 ГБ из 2 ГБ используя WLAN'],
  ['tr', '1,2 GB / 2 GB yükleniyor – kullanıcı'],
  ['tr', 'Kullanıcı: 1,2 GB / 2 GB'],
  ['ko', '사용자 업로드: 2GB 중 1.2GB'],
  ['zh', '使用者：2 GB 中的 1.2 GB'],
  // Another's share.
  ['en', 'Messages are using 170 MB of 5 GB'],
  ['en', 'Jane is using 400 GB of 2 TB'],
  ['fr', 'Anna utilise 12 Go sur 200 Go'],
  ['fr', 'Vos photos utilisent 4,8 Go sur 5 Go'],
  ['it', 'Anna utilizza 12 GB di 200 GB'],
  ['it', 'Le foto utilizzano 4,8 GB di 5 GB'],
  ['es', 'Ana utiliza 12 GB de 200 GB'],
  ['es', 'Tus fotos utilizan 4,8 GB de 5 GB'],
  ['pt', 'As fotos utilizam 4,8 GB de 5 GB'],
  ['ru', 'Анна использует 12 ГБ из 200 ГБ'],
  ['ru', 'Фото использует 4,8 ГБ из 5 ГБ'],
  ['uk', 'Анна використовує 12 ГБ з 200 ГБ'],
  ['pl', 'Anna używa 12 GB z 200 GB'],
  // "Available" built on the word for "use".
  ['ja', '50 GB中37.5 GB使用可能'],
  ['ja', '使用可能：0.2 GB（5 GB中）'],
  ['zh', '50 GB 中 12.3 GB 可使用'],
  ['zh', '共 50 GB，可使用 37.7 GB'],
  ['ja', '5 GBのうち0.2 GBが利用可能'],
  ['zh', '0.2 GB 可用（共 5 GB）'],
  // 共 marks the whole only right after the first size: here the first is the photos'.
  ['zh', '已使用 4.8 GB 的照片（共 5 GB）'],
];

const shown = (a?: { value: number; unit: string }) => a && `${a.value} ${a.unit}`;

describe('storage wording in every supported language', () => {
  it.each(USAGE)('%s: reads "%s"', (_lang, text, used, total) => {
    const usage = matchUsage(text);
    expect({ used: shown(usage?.used), total: shown(usage?.total) }).toEqual({ used, total });
  });

  it.each(NOT_USAGE)('%s: leaves "%s" unread', (_lang, text) => {
    expect(matchUsage(text)).toBeUndefined();
  });

  it.each(NOT_USAGE)('%s: the popup paste reads no usage from "%s"', (_lang, text) => {
    expect(readPastedStorage(`iCloud\n${text}\n`).usedBytes).toBeUndefined();
  });

  it.each(USAGE)('%s: the popup paste reads "%s" as Apple bytes', (_lang, text, used) => {
    const pasted = readPastedStorage(`iCloud\n${text}\n`);
    expect(pasted.usedBytes).toBeGreaterThan(0);
    expect(pasted.usedBytes! / 2 ** 30).toBeCloseTo(
      Number(used.split(' ')[0]) * { MB: 2 ** -10, GB: 1, TB: 2 ** 10 }[used.split(' ')[1]!]!,
      6,
    );
  });

  it.each([
    ['en', 'Next Backup Size', '1.2 GB', 1.2 * 2 ** 30],
    ['de', 'Größe des nächsten Backups', '1,2 GB', 1.2 * 2 ** 30],
    ['fr', 'Taille de la prochaine sauvegarde', `850${NNBSP}Mo`, 850 * 2 ** 20],
    ['es', 'Tamaño de la próxima copia de seguridad', '2,5 GB', 2.5 * 2 ** 30],
    ['es', 'Tamaño de la siguiente copia', '300 MB', 300 * 2 ** 20],
    ['it', 'Dimensioni del prossimo backup', '1,5 GB', 1.5 * 2 ** 30],
    ['ja', '次回のバックアップのサイズ', '2.1 GB', 2.1 * 2 ** 30],
    ['zh', '下一个备份的大小', '512 MB', 512 * 2 ** 20],
  ])('%s: reads the next backup size on "%s"', (_lang, label, size, bytes) => {
    expect(readPastedStorage(`${label} ${size}`).nextBackupBytes).toBe(Math.round(bytes));
    expect(readPastedStorage(`${label}\n${size}`).nextBackupBytes).toBe(Math.round(bytes));
  });

  it('reads category labels of every supported language', () => {
    const text = [
      'Fotos: 1 GB',
      'Sauvegardes : 2 Go',
      'Messaggi: 3 GB',
      'メール: 4 GB',
      '其他：5 GB',
    ];
    const reading = parseStorageText(text.join('\n'));
    expect(reading.categories.map((c) => c.id)).toEqual([
      'photos',
      'backup',
      'messages',
      'mail',
      'other',
    ]);
  });
});

describe('icloud.com pages in every supported language (project fixtures)', () => {
  it.each([
    ['icloud-fr-plan-200go.html', '150.5 GB', '200 GB', 'iCloud+ 200 GB'],
    ['icloud-fr-vous-utilisez.html', '1.2 TB', '2 TB', undefined],
    ['icloud-es-se-usan.html', '150.5 GB', '200 GB', 'iCloud+ 200 GB'],
    ['icloud-es-usados.html', '4.8 GB', '5 GB', undefined],
    ['icloud-it-utilizzati.html', '150.5 GB', '200 GB', 'iCloud+ 200 GB'],
    ['icloud-it-in-uso.html', '1.1 TB', '2 TB', undefined],
    ['icloud-ja-200gb.html', '150.5 GB', '200 GB', 'iCloud+ 200 GB'],
    ['icloud-zh-200gb.html', '150.5 GB', '200 GB', 'iCloud+ 200 GB'],
    ['icloud-zh-used-first.html', '4.8 GB', '5 GB', undefined],
  ])('%s: used %s of %s, plan %s', (name, used, total, plan) => {
    const o = parseIcloudPage(pageDocument(name), ICLOUD_URL, FIXED_NOW);
    if (o.kind !== 'icloud-storage') throw new Error(`not read: ${o.reason}`);
    expect({ used: shown(o.used), total: shown(o.total), plan: o.plan }).toEqual({
      used,
      total,
      plan,
    });
    expect(o.categories.length).toBeGreaterThan(0);
  });

  it.each([
    ['icloud-nl-gebruikt.html', '4.8 GB', '5 GB'],
    ['icloud-ko-200gb.html', '150.5 GB', '200 GB'],
  ])('%s, a language read for usage only: used %s of %s', (name, used, total) => {
    const o = parseIcloudPage(pageDocument(name), ICLOUD_URL, FIXED_NOW);
    if (o.kind !== 'icloud-storage') throw new Error(`not read: ${o.reason}`);
    expect({ used: shown(o.used), total: shown(o.total) }).toEqual({ used, total });
  });

  it.each([
    'icloud-fr-upload-unknown.html',
    'icloud-es-download-unknown.html',
    'icloud-it-upload-unknown.html',
    'icloud-ja-download-unknown.html',
    'icloud-zh-upload-unknown.html',
    'icloud-en-upload-toast-unknown.html',
    'icloud-de-upload-paused-unknown.html',
  ])('%s: reads no usage and no plan', (name) => {
    const o = parseIcloudPage(pageDocument(name), ICLOUD_URL, FIXED_NOW);
    if (o.kind === 'icloud-storage') {
      expect(o.usedBytes).toBeUndefined();
      expect(o.plan).toBeUndefined();
    } else {
      expect(o.kind).toBe('unknown');
    }
  });
});
