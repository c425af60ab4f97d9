import { describe, it } from 'vitest';
import { round20Probes } from './alert-round20-probes.ts';
import { describeProbes, expectRead } from './alert-probe-suite.ts';

/** Probes still read otherwise, each a safe "unrecognised" (see the report of round 20). */
const left = new Set<string>([]);

describeProbes(
  'round 20 probes: "won\u2019t back up to iCloud", "since the update", Apple\u2019s alerts as translated and texts that are none, in 26 languages',
  round20Probes,
  left,
);

describe('a text sharing only topic words with a negated pattern, denying one of them', () => {
  it.each([
    'iPad will not back up to iCloud',
    'my iphone wont backup to icloud',
    'iPhone is not backing up to iCloud',
  ])('does not read %j as not enough iCloud storage', (text) =>
    expectRead(text, [null, 'backup_failed', 'not_backed_up_weeks']),
  );
  it.each([
    // What the pattern negates is said: its negation is the pattern's.
    ['Not enough iCloud storage to back up this iPhone', 'not_enough_storage'],
    ['Sin espacio en iCloud', 'not_enough_storage'],
    ['Não há espaço suficiente no iCloud', 'not_enough_storage'],
    // A word that sets the alert apart is said: judged as before.
    ["iPhone won't back up, iCloud is full", 'not_enough_storage'],
    ['iPhone Not Backed Up', 'not_backed_up_weeks'],
  ])('still reads %j as %s', (text, id) => expectRead(text, id));
});

describe('a negation that ends its clause does not reach past the mark', () => {
  it.each([
    ['iPhone sichert nicht, iCloud-Speicher voll', 'not_enough_storage'],
    ['Backup klappt nicht. iCloud Speicher voll', 'not_enough_storage'],
  ])('reads %j as %s, not as the device\u2019s storage', (text, id) => expectRead(text, id));
  // The generic failure said first may lead (`nearest` keeps it); never the device's storage.
  it('reads "backup does not work, iCloud storage full" as a failure or iCloud\u2019s storage', () =>
    expectRead('backup does not work, iCloud storage full', [
      'backup_failed',
      'not_enough_storage',
    ]));
});

describe('"iCloud is full" and "iCloud is almost full" without the word for storage', () => {
  it.each([
    ['de', 'iCloud ist voll'],
    ['fr', 'mon icloud est plein'],
    ['nl', 'icloud is vol'],
    ['pl', 'iCloud jest pelny'],
    ['cs', 'icloud je plny'],
    ['fi', 'iCloud on täynnä'],
    ['tr', 'icloud dolu'],
    ['id', 'iCloud penuh'],
    ['vi', 'iCloud đầy'],
    ['ro', 'iCloud-ul este plin'],
    ['hu', 'az icloud megtelt'],
  ])('%s: reads %j as not enough iCloud storage', (_, text) =>
    expectRead(text, 'not_enough_storage'),
  );
  it.each([
    ['en', 'iCloud is almost full'],
    ['es', 'icloud esta casi lleno'],
    ['de', 'iCloud ist fast voll'],
    ['fr', 'icloud presque plein'],
    ['nl', 'iCloud is bijna vol'],
    ['pl', 'iCloud jest prawie pełny'],
    ['cs', 'iCloud je téměř plný'],
    ['fi', 'iCloud on melkein täynnä'],
    ['tr', 'iCloud neredeyse dolu'],
    ['vi', 'iCloud gần đầy'],
    ['ro', 'iCloud este aproape plin'],
    ['hu', 'Az iCloud majdnem megtelt'],
  ])('%s: reads %j as almost full, not full', (_, text) => expectRead(text, 'storage_almost_full'));
  it.each([
    ['en', 'iPhone is almost full', 'device_storage_almost_full'],
    ['de', 'iPhone Speicher fast voll', 'device_storage_almost_full'],
    ['en', 'iCloud Storage Is Full', 'not_enough_storage'],
  ])('%s: still reads %j as %s', (_, text, id) => expectRead(text, id));
});
