import { describe, it } from 'vitest';
import {
  hypotheticalProbes,
  longNoteProbes,
  mixedScriptProbes,
  nowProbes,
  ocrProbes,
  openProbes,
  otherDeviceProbes,
  paraphraseProbes,
  reportedProbes,
  translatedProbes,
} from './alert-round25-probes.ts';
import { describeProbes, expectRead } from './alert-probe-suite.ts';

/** Probes still read otherwise (see the report of round 25). */
/** Probes still read otherwise (see the report of round 25); the last was read in round 26. */
const left = new Set<string>();

describeProbes(
  'round 25 probes: long notes with the alert one sentence among others',
  longNoteProbes,
  left,
);
describeProbes('round 25 probes: the user’s paraphrase', paraphraseProbes, left);
describeProbes('round 25 probes: the alert shown now, not the one before', nowProbes, left);
describeProbes('round 25 probes: another device’s alert in the story', otherDeviceProbes, left);
describeProbes('round 25 probes: an alert only supposed', hypotheticalProbes, left);
describeProbes('round 25 probes: what someone else said', reportedProbes, left);
describeProbes('round 25 probes: screenshots read by OCR', ocrProbes, left);
describeProbes('round 25 probes: two scripts in one note', mixedScriptProbes, left);
describeProbes('round 25 probes: Apple’s alerts as translated', translatedProbes, left);
describeProbes('round 25 probes: left open by round 24', openProbes, left);

describe('a supposition is no alert, but a report of what happens each time is', () => {
  it.each([
    ['If I tap Back Up Now, it says Backup failed', 'backup_failed'],
    ['Wenn ich auf „Jetzt sichern“ tippe, kommt: Backup fehlgeschlagen', 'backup_failed'],
    // "If not" is "without": Apple's own Vietnamese wording.
    ['Không thể sao lưu nếu không có địa chỉ email đã xác minh', 'email_not_verified'],
    // A guess in one clause leaves the other: "maybe" is of the cause, not of the alert.
    ['iCloud Backup failed, maybe because of the update', 'backup_failed'],
  ])('reads %j as %s', (text, id) => expectRead(text, id));
  it.each([
    'If it says storage full I will buy more',
    'Si ça dit stockage iCloud saturé, je prendrai plus',
    'Vielleicht ist der iCloud-Speicher voll',
    'もしバックアップに失敗しましたと出たら連絡します',
  ])('reads %j as none', (text) => expectRead(text, null));
});

describe('the alert after "now" is the one showing', () => {
  it.each([
    ['iCloud Backup failed. Now it says iCloud storage is full', ['not_enough_storage']],
    ['Backup failed. Now what?', ['backup_failed']],
    // Romanian "nu" (not) before its verb is no "now".
    ['Backupul iCloud a eșuat, nu se poate face backup', ['backup_failed']],
  ] as const)('reads %j as one of %j', (text, ids) => expectRead(text, ids));
});

describe('"not fully created" is not completed', () => {
  it.each([
    'The backup could not be fully created',
    'No se pudo crear completamente la copia de seguridad',
    "La sauvegarde n'a pas pu être entièrement créée",
  ])('reads %j as the last backup not completed', (text) =>
    expectRead(text, 'last_backup_not_completed'),
  );
  it('still reads "completely full" as full', () =>
    expectRead('iCloud storage completely full', ['not_enough_storage']));
});

describe('a maker’s name beside a phone word, or showing the alert, is another phone', () => {
  it.each([
    'Samsung-Handy Speicher fast voll',
    'Huawei phone storage full',
    'My Galaxy shows Storage Almost Full',
  ])('reads %j as none', (text) => expectRead(text, null));
  it.each([
    ['my phone storage is almost full', 'device_storage_almost_full'],
    ['My iPhone says Storage Almost Full', 'device_storage_almost_full'],
    ['Settings says Storage Almost Full', 'device_storage_almost_full'],
  ])('still reads %j as %s', (text, id) => expectRead(text, id));
});

describe('a verb of saying says where the alert showed, and room is storage', () => {
  it.each([
    ['pisze że w iCloud nie ma miejsca', 'not_enough_storage'],
    ['it says that there is no room in iCloud', 'not_enough_storage'],
    ['no room left on my iPhone', 'device_storage_full'],
    ['Storage almost full, iCloud has plenty of room', 'device_storage_almost_full'],
  ])('reads %j as %s', (text, id) => expectRead(text, id));
  it('reads "iCloud has plenty of room" as none', () =>
    expectRead('iCloud has plenty of room', null));
});
