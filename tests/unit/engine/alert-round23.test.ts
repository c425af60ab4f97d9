import { describe, expect, it } from 'vitest';
import { cutAfterModal, tokenize, withoutAsked } from '../../../src/engine/alert-text.ts';
import { round23Probes } from './alert-round23-probes.ts';
import { describeProbes, expectRead } from './alert-probe-suite.ts';

/** Probes still read otherwise: none since round 24. */
const left = new Set<string>();

describeProbes(
  'round 23 probes: questions answered "no", texts cut after their verb, Portuguese "no" beside iCloud, Apple’s alerts as translated, OCR, stories and texts that are none, in 30 languages',
  round23Probes,
  left,
);

describe('a question the user answers "no" to is not the alert', () => {
  it.each([
    'Out of iCloud storage? No, I have plenty of room',
    'iCloud Storage Full? Nope.',
    'iCloud voll? Nein, da ist noch genug Platz',
    'iCloud plein ? Non, il reste 40 Go',
    'iCloud 储存空间已满？没有，还有 40GB',
  ])('reads %j as none', (text) => expectRead(text, null));
  it('keeps a bare title asked and answered otherwise the alert', () =>
    expectRead('iCloud storage full? Yes, 5 GB of 5 GB', 'not_enough_storage'));
  it('reads "No idea why" as no reply', () =>
    expectRead('Backup failed? No idea why', 'backup_failed'));
  it('still reads what follows the reply', () =>
    expectRead('iPhone storage full? no, 80 GB free. But iCloud Backup failed', 'backup_failed'));
  it('keeps what the denied question quotes', () =>
    expect(withoutAsked('Does it say "Backup failed"? No, nothing')).toContain('Backup failed'));
});

describe('a text cut right after "could not" names no alert of its own', () => {
  it.each([
    'iCloud Backup could not',
    'iCloud-Backup kann nicht',
    'La sauvegarde iCloud ne peut pas',
    'Backup konnte nicht',
  ])('does not read %j as a specific alert', (text) => expectRead(text, ['backup_failed', null]));
  it('cuts the modal and its negation off the end only', () => {
    const words = tokenize('La copia de seguridad no se pudo');
    expect(words.slice(0, cutAfterModal(words))).toEqual(['la', 'copia', 'de', 'seguridad']);
    const whole = tokenize('iCloud Backup could not be completed');
    expect(cutAfterModal(whole)).toBe(whole.length);
  });
  it.each([
    ['iCloud Backup could not be completed', 'last_backup_not_completed'],
    ['Backup funktioniert nicht', 'backup_failed'],
    ['iPhone konnte nicht gesichert werden', 'backup_failed'],
  ])('keeps %j as %s', (text, id) => expectRead(text, id));
});

describe('Portuguese "no" (in the) is no negation', () => {
  it.each([
    ['o armazenamento no iCloud está cheio', 'not_enough_storage'],
    ['meu backup no iCloud falhou', 'backup_failed'],
  ])('reads %j as %s', (text, id) => expectRead(text, id));
  it('keeps Spanish "no" a negation', () =>
    expectRead('el almacenamiento de iCloud no está lleno', null));
});

describe('a "not" closing its clause after the verb negates that verb', () => {
  it.each([
    'de back-up mislukt niet meer',
    'säkerhetskopieringen misslyckas inte längre',
    'Säkerhetskopieringen misslyckas inte',
    'o backup não está mais falhando',
  ])('reads %j (does not fail) as none', (text) => expectRead(text, null));
  it.each([
    ['Reservekopie werkt niet', 'backup_failed'],
    ['Säkerhetskopieringen fungerar inte', 'backup_failed'],
    ['Backup funktioniert nicht', 'backup_failed'],
  ])('keeps %j (does not work) as %s', (text, id) => expectRead(text, id));
});

describe('a device-storage wording said of iCloud is iCloud’s storage alert', () => {
  it.each([
    ['geen ruimte meer in icloud', 'not_enough_storage'],
    ['icloud heeft geen ruimte meer', 'not_enough_storage'],
    ["plus d'espace dans iCloud", 'not_enough_storage'],
    ['plus de place dans iCloud', 'not_enough_storage'],
  ])('reads %j as %s', (text, id) => expectRead(text, id));
  it.each(['iCloud Photos not syncing', 'iCloud storage', '아이클라우드 용량이 부족하지 않아요'])(
    'leaves %j unrecognised',
    (text) => expectRead(text, null),
  );
  it('keeps the device’s own wording the device’s', () =>
    expectRead('geen ruimte meer op de iphone', 'device_storage_full'));
});

describe('one word written two ways, and verbs people use for Apple’s', () => {
  it.each([
    ['手机存储空间不足', 'device_storage_full'],
    ['iCloud 存储空间不足', 'not_enough_storage'],
    ['no puedo hacer la copia de seguridad', 'backup_failed'],
    ['acabou o espaço no iCloud', 'not_enough_storage'],
    ["my iphone won't backup", 'backup_failed'],
    ['iPhone cannot backup', 'backup_failed'],
  ])('reads %j as %s', (text, id) => expectRead(text, id));
  it('reads "backup" after "not" or "to" as the verb', () => {
    expect(tokenize("won't backup")).toEqual(['will', 'not', 'back', 'up']);
    expect(tokenize('iCloud backup failed')).toContain('backup');
  });
  it.each(['o iPad parou de fazer backup', 'meu iphone parou de fazer backup no icloud'])(
    'reads %j (stopped making backups) as a failure',
    (text) => expectRead(text, ['backup_failed', 'not_backed_up_weeks']),
  );
});
