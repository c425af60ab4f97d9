import { describe, it } from 'vitest';
import {
  cannotMakeProbes,
  inflectedProbes,
  joinedProbes,
  othersStorageProbes,
  ownStorageProbes,
} from './alert-round24b-probes.ts';
import { describeProbes, expectRead } from './alert-probe-suite.ts';

/** Probes still read otherwise (see the report of round 24, second half). */
const left = new Set([
  // Unread: "para o backup" after the storage said of iCloud is more than the device wording holds.
  'o iCloud não tem mais espaço para o backup',
]);

describeProbes(
  'round 24b probes: storage said of another product or device in 20 languages',
  othersStorageProbes,
  left,
);
describeProbes(
  'round 24b probes: storage of the device or iCloud still read',
  ownStorageProbes,
  left,
);
describeProbes('round 24b probes: two statements joined by "but" or "and"', joinedProbes, left);
describeProbes(
  'round 24b probes: "cannot make, create or complete a backup"',
  cannotMakeProbes,
  left,
);
describeProbes('round 24b probes: inflected forms of "backup"', inflectedProbes, left);

describe('a word no alert knows beside the storage words names whose storage it is', () => {
  it.each([
    'Storage almost full on my Samsung',
    'Stockage presque plein sur mon Mac',
    'Speicher fast voll auf meiner SD-Karte',
    'Lagerplads næsten fuld på min Synology',
  ])('reads %j as none', (text) => expectRead(text, null));
  it.each([
    // Where it showed, not whose it is.
    ['it says Storage Almost Full', 'device_storage_almost_full'],
    ['Storage Almost Full\nYou can manage your storage in Settings.', 'device_storage_almost_full'],
    // A paste cut inside iCloud's name.
    ['Недостаточно места в iCl', 'not_enough_storage'],
    ['my phone storage is almost full', 'device_storage_almost_full'],
  ])('reads %j as %s', (text, id) => expectRead(text, id));
});

describe('Portuguese "mais" (more) is no "but"', () => {
  it.each([
    'Não diz mais “Falha no backup do iCloud”',
    'não aparece mais armazenamento do iCloud cheio',
  ])('leaves %j, which says it no longer shows, unrecognised', (text) => expectRead(text, null));
  it('still splits French at "mais"', () =>
    expectRead('Il ne dit pas « Échec de la sauvegarde » mais « Stockage iCloud saturé »', [
      'not_enough_storage',
      'storage_almost_full',
    ]));
});

describe('"and" joins two statements', () => {
  it.each([
    ['Time Machine voll und iCloud-Speicher voll', ['not_enough_storage', 'storage_almost_full']],
    ['iCloud storage full and backup failed', ['not_enough_storage', 'backup_failed']],
    ['Mac lleno y almacenamiento de iCloud casi lleno', ['storage_almost_full']],
  ] as const)('reads %j as one of %j', (text, ids) => expectRead(text, ids));
});

describe('storage with no owner beside iCloud said to have room', () => {
  // The other clause says iCloud has room: the storage said without an owner is the device's.
  it('reads "Storage almost full but iCloud has space" as the device’s', () =>
    expectRead('Storage almost full but iCloud has space', 'device_storage_almost_full'));
});
