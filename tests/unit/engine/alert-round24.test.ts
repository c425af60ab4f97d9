import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/alert-text.ts';
import { matchAlert } from '../../../src/engine/alerts.ts';
import { round24Probes } from './alert-round24-probes.ts';
import { describeProbes, expectRead } from './alert-probe-suite.ts';

/** Probes still read otherwise (see the report of round 24). */
const left = new Set([
  // "Since the update" is more than "I can't make a backup" says (`plainFailure`).
  'no puedo hacer backup en icloud desde la actualizacion',
]);

describeProbes(
  'round 24 probes: a plain "cannot back up", storage said of another product, Apple’s alerts as translated, casual, OCR, stories and texts that are none, in 29 languages',
  round24Probes,
  left,
);

describe('a plain "cannot back up" with no reason is the general failure', () => {
  it.each([
    'no se puede hacer copia de seguridad en icloud',
    'No se puede hacer la copia de seguridad de iCloud',
    'impossible de faire la sauvegarde icloud',
  ])('reads %j as backup_failed', (text) => expectRead(text, 'backup_failed'));
  it.each([
    [
      'No se puede realizar la copia de seguridad de este iPhone porque no hay suficiente espacio disponible en iCloud',
      'not_enough_storage',
    ],
    ['No se puede realizar la copia de seguridad por red celular', 'cellular_unavailable'],
    ['Impossible de terminer la sauvegarde iCloud', 'last_backup_not_completed'],
    ['Este iPhone nunca se ha respaldado', 'not_backed_up_weeks'],
    ['iPhone Not Backed Up', 'not_backed_up_weeks'],
  ])('keeps %j, which says more, as %s', (text, id) => expectRead(text, id));
  it('reads a long verb of doing typed with a slip as that verb', () => {
    expect(tokenize('Backup konnte nicht erstelt werden')).toContain('done');
    expectRead('Backup konnte nicht erstelt werden', 'backup_could_not_be_created');
  });
});

describe('"I can’t make a backup" in so many words is the general failure', () => {
  it.each([
    'ich kann kein Backup machen',
    'ik kan geen back-up maken',
    'kan inte säkerhetskopiera min iphone',
    'não consigo fazer backup no icloud',
    'Impossible de faire une sauvegarde sur iCloud',
    'je ne peux pas faire de sauvegarde',
    "can't do a backup",
  ])('reads %j as backup_failed', (text) => expectRead(text, 'backup_failed'));
  it.each([
    'backup not failing',
    "I don't use iCloud backup",
    'Backup never',
    '备份不慢',
    'no backup on my Mac',
  ])('leaves %j, which says something else, unrecognised', (text) => expectRead(text, null));
  it('keeps a wording that says it the confidence of that wording', () =>
    expect(matchAlert('Il backup non riesce')).toMatchObject({
      id: 'backup_failed',
      confidence: 1,
    }));
});

describe('a storage word said of another product is not iCloud’s', () => {
  it.each([
    'Time Machine is almost full, iCloud ...',
    'Time Machine is almost full, iCloud backup works fine',
    'Time Machine storage is almost full',
    'Time Machine backup disk is full, iCloud storage ok',
  ])('reads %j as none', (text) => expectRead(text, null));
  it.each([
    ['iPhone storage full, Time Machine too', 'device_storage_full'],
    ['iCloud storage almost full, Time Machine too', 'storage_almost_full'],
    ['Mac is almost full but iCloud storage is full too', 'not_enough_storage'],
    // A device wording said of iCloud, clause by clause: iCloud's name alone labels the next.
    ['iCloud: plus de place', 'not_enough_storage'],
    ['não tem mais espaço no icloud', 'not_enough_storage'],
  ])('reads %j as %s', (text, id) => expectRead(text, id));
});

describe('an alert quoted in a story is read', () => {
  it.each([
    [
      'so yesterday my phone showed "iCloud Backup Failed" and I tried restarting but nothing',
      'backup_failed',
    ],
    [
      'yesterday my phone showed "Backup failed" and I tried restarting but nothing',
      'backup_failed',
    ],
  ])('reads %j as %s', (text, id) => expectRead(text, id));
  it('does not read a quote the text says is gone', () =>
    expectRead('it no longer shows “iCloud Backup Failed”, thanks', null));
});
