import { describe, expect, it } from 'vitest';
import { matchAlert } from '../../../src/engine/alerts.ts';
import { DEVICE_FULL, describeProbes, expectRead } from './alert-probe-suite.ts';
import {
  accountControls,
  fineNowControls,
  fineNowProbes,
  noAccountProbes,
  otherLanguageControls,
  otherLanguageProbes,
  storageProbes,
} from './alert-round26c-probes.ts';

/** Probes the reader still reads otherwise (see the report of round 26c). */
const failing = new Set<string>([
  // "bắt" is one tone mark from "bật" (turn on): read as the enabling alert.
  'Sao lưu iCloud không thể bắt đầu',
  // Read as "could not be created", a failure too, but not the one expected.
  'النسخ الاحتياطي على iCloud لا يمكنه البدء',
  // Unread (safe): "dad gets", words no alert knows, before a storage wording name its owner.
  'my dad gets Not Enough Storage',
  // "almacén" (warehouse) is taken as a short "almacenamiento" (storage).
  'mi padre tiene el almacén lleno',
  // "hết" is also "ran out" ("đã hết dung lượng"): no gone marker to add safely.
  'thông báo sao lưu thất bại đã hết rồi',
]);
const none = new Set<string>();

describeProbes('round 26c: "cannot" with no account word', noAccountProbes, none, failing);
describeProbes('round 26c: the account alert still read', accountControls, none, failing);
describeProbes('round 26c: another language’s wording', otherLanguageProbes, none, failing);
describeProbes('round 26c: own storage alerts still read', otherLanguageControls, none, failing);
describeProbes('round 26c: storage without iCloud', storageProbes, none, failing);
describeProbes('round 26c: gone or fine now', fineNowProbes, none, failing);
describeProbes('round 26c: still shown', fineNowControls, none, failing);

describe('a phone word with an ending is the device, not a short word it begins with', () => {
  it.each([
    ['tr', 'telefonumda iCloud yedeği alınmıyor'],
    ['ro', 'telefonul și iCloud'],
    ['sv', 'telefonen och iCloud'],
    ['hu', 'a telefonomon az iCloud nem működik'],
    ['ro', 'telefonul nu se salvează în iCloud'],
    ['sv', 'telefonen sparar inte till iCloud'],
  ])('%s: does not read %j as a storage alert', (_, text) => {
    const match = matchAlert(text);
    expect(match.recognized && /storage/.test(match.id ?? '')).toBe(false);
  });
  it.each([
    ['hu', 'a telefonom tárhelye megtelt', DEVICE_FULL],
    ['tr', 'telefonumda yeterli alan yok', [...DEVICE_FULL, 'not_enough_storage']],
  ] as const)('%s: still reads %j', (_, text, ids) => expectRead(text, ids));
});

describe('a verb of being able with a negation says no more than a failure', () => {
  it.each([
    ['hu', 'Az iCloud-mentés nem tud befejeződni ma'],
    ['ru', 'резервное копирование iCloud не может завершиться вовремя'],
    ['pt', 'o backup do iCloud não consegue terminar hoje'],
    ['id', 'cadangan iCloud tidak bisa jalan'],
  ])('%s: %j is not the account alert', (_, text) => {
    const match = matchAlert(text);
    expect(match.recognized && match.id).not.toBe('cannot_access_account');
  });
});
