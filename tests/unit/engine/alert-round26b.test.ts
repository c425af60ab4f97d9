import { describe, it } from 'vitest';
import { describeProbes, expectRead } from './alert-probe-suite.ts';
import {
  controlProbes,
  crossLanguageProbes,
  generalProbes,
  goneProbes,
  othersDeviceProbes,
  reportedProbes,
} from './alert-round26b-probes.ts';

/** Probes the reader still reads otherwise (see the report of round 26b). */
const failing = new Set<string>([
  // Same language, not another's: "nem tud" and "menteni" (≈ mentés) are most of the Hungarian
  // account alert's wording; no word requires the account.
  'Az iPhone nem tud menteni az iCloudba',
  // A relative's alert: "diz"/"пишет" after a person reads as their claim; "폰" is no known
  // device word; "tiene el aviso" reads the device's storage.
  'mi padre tiene el aviso de almacenamiento lleno',
  'o celular do meu pai diz armazenamento do iCloud cheio',
  'у мамы на айфоне пишет, что резервное копирование не удалось',
  '아빠 폰에 백업 실패 메시지가 떠요',
  // Gone with no "now": a verb of disappearing (went away, verschwunden, sparito, 消えました)
  // or "no longer" after the alert is not read as its end.
  'The "Backup failed" message went away after I restarted',
  'iCloud storage full popped up yesterday, but it disappeared',
  'I no longer get the backup failed alert',
  'Not Enough Storage has not come back since Monday',
  'Die Meldung „Backup fehlgeschlagen“ ist verschwunden',
  'seit dem Neustart kommt „iCloud-Speicher voll“ nicht mehr',
  'Früher stand da Backup fehlgeschlagen, seit Montag geht es wieder',
  'le message échec de la sauvegarde a disparu',
  "je n'ai plus l'alerte stockage iCloud plein depuis lundi",
  'antes salía error de copia de seguridad, desde ayer ya no',
  'il messaggio backup non riuscito è sparito',
  'spazio iCloud pieno non compare più da ieri',
  'a mensagem de backup falhou sumiu',
  'de melding reservekopie mislukt is verdwenen',
  'сообщение «резервное копирование не удалось» пропало',
  'バックアップ失敗の表示は消えました',
  '备份失败的提示已经消失了',
  'thông báo sao lưu không thành công đã biến mất',
  'meddelandet om misslyckad säkerhetskopiering försvann',
  // A rule said mid-sentence or by Turkish "İpucu" (dotted capital) or Chinese "提示" (also the
  // message's own label); a question that quotes the alert keeps it by design; a supposition cut
  // first leaves no '?'.
  'Zeigt das iPhone „Backup fehlgeschlagen“, wenn der Akku leer ist?',
  'Misslyckas säkerhetskopieringen när lagringen är full?',
  '提示：iCloud储存空间满了，备份就会失败',
  'İpucu: iCloud depolama alanı dolunca yedekleme başarısız olur',
  // A claim at the end with the speaker after it ("…と兄が言っていました", "…らしいです、姉によると")
  // or none named ("diyorlar", they say).
  'iCloud yedeklemesi başarısız olmuş diyorlar',
  'バックアップに失敗したと兄が言っていました',
  'iCloudがいっぱいらしいです、姉によると',
]);
const none = new Set<string>();

describeProbes(
  'round 26b: one language read by another’s wording',
  crossLanguageProbes,
  none,
  failing,
);
describeProbes('round 26b: someone else’s device', othersDeviceProbes, none, failing);
describeProbes('round 26b: an alert gone, no "now"', goneProbes, none, failing);
describeProbes('round 26b: general statements, tips, questions', generalProbes, none, failing);
describeProbes('round 26b: a claim reported at the end', reportedProbes, none, failing);
describeProbes('round 26b: real alerts still read', controlProbes, none, failing);

describe('a question asked verb first, a condition after it, is a general question', () => {
  it.each([
    'Scheitert das Backup, wenn das iPhone im Energiesparmodus ist?',
    'Kommt „iCloud-Speicher voll“ auch, wenn noch 2 GB frei sind?',
    'Täyttyykö iCloud, jos kuvat varmuuskopioidaan?',
    'Mislukt de reservekopie, als de batterij bijna leeg is?',
  ])('reads %j as none, or only what it quotes', (text) =>
    expectRead(text, text.includes('„') ? ['not_enough_storage', 'storage_almost_full'] : null),
  );
  it.each([
    ['Miksi iCloud-varmuuskopiointi epäonnistui?', 'backup_failed'],
    ['iCloud-Backup fehlgeschlagen, wenn ich im WLAN bin', 'backup_failed'],
  ])('still reads %j as %s (asked why; no question)', (text, id) => expectRead(text, id));
});

describe('a claim heard, said at the end', () => {
  it.each([
    'iCloudのストレージが満杯だそうです',
    '同僚のiPadでバックアップできないと出たそうだ',
    '친구 아이패드는 백업이 실패했대요',
    'Komşum iCloud depolamasının dolduğunu söylüyor',
  ])('reads %j as none', (text) => expectRead(text, null));
  it.each([
    // "…なりそうです" (looks like) after a verb's stem is no hearsay.
    [
      'iCloudストレージがいっぱいになりそうです',
      ['storage_almost_full', 'not_enough_storage', null],
    ],
    ['와이파이가 필요하대요', ['needs_wifi', null]],
  ] as const)('does not drop %j as hearsay', (text, ids) => expectRead(text, ids));
});

describe('a tip or a rule opening a sentence is no alert shown', () => {
  it.each([
    'Generally, backups fail when iCloud storage is full',
    'Meistens schlägt das Backup fehl, wenn der iCloud-Speicher voll ist',
    'Tipp: Wenn das Backup fehlschlägt, iCloud-Speicher prüfen',
    'Por lo general la copia falla cuando el almacenamiento de iCloud está lleno',
    '通常、iCloudストレージがいっぱいだとバックアップは失敗します',
  ])('reads %j as none', (text) => expectRead(text, null));
  it.each([
    ['Normally it works, but now iCloud Backup failed', 'backup_failed'],
    ['Normalement ça marche, mais aujourd’hui : échec de la sauvegarde iCloud', 'backup_failed'],
    // "Hinweis" and "提示" name the message shown.
    ['Hinweis: iCloud-Speicher voll', 'not_enough_storage'],
    ['提示：iCloud储存空间已满', 'not_enough_storage'],
  ])('still reads %j as %s', (text, id) => expectRead(text, id));
});
