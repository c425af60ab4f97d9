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
  // A relative's alert: "diz"/"пишет" after a person reads as their claim; "폰" is no known
  // device word.
  'o celular do meu pai diz armazenamento do iCloud cheio',
  'у мамы на айфоне пишет, что резервное копирование не удалось',
  '아빠 폰에 백업 실패 메시지가 떠요',
  // A question that quotes the alert keeps it by design; a supposition cut first leaves no '?';
  // Chinese "提示" is also the message's own label.
  'Zeigt das iPhone „Backup fehlgeschlagen“, wenn der Akku leer ist?',
  'Misslyckas säkerhetskopieringen när lagringen är full?',
  '提示：iCloud储存空间满了，备份就会失败',
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

describe('an alert said to be gone, with no "now"', () => {
  it.each([
    'The iCloud storage full warning vanished after I deleted some photos',
    'Der Hinweis „Backup fehlgeschlagen“ ist seit heute verschwunden',
    'La alerta de copia fallida desapareció sola',
    'La notifica di backup non riuscito è sparita',
    "I don't see the iCloud storage full message any more, I no longer see the full message",
    'De melding iCloud-opslag vol is vanzelf verdwenen',
    '「iCloudストレージがいっぱいです」は消えた',
  ])('reads %j as none', (text) => expectRead(text, null));
  it.each([
    // "No longer" alone says a backup no longer works.
    ['Das Backup geht nicht mehr', 'backup_failed'],
    ['ya no puedo hacer copia de seguridad en iCloud', 'backup_failed'],
    ['Backup failed, and it has not gone away', 'backup_failed'],
  ])('still reads %j as %s', (text, id) => expectRead(text, id));
});
