import { describe, expect, it } from 'vitest';
import { matchAlert, weeksNamed } from '../../../src/engine/alerts.ts';
import {
  generalStatementProbes,
  notFullyProbes,
  openProbes,
  settingLabelProbes,
  terseCjkProbes,
  timeOfOtherProbes,
} from './alert-round25b-probes.ts';
import { describeProbes, expectRead } from './alert-probe-suite.ts';

/** Probes still read otherwise (see the report of round 25b). */
/** Probes still read otherwise (see the report of round 25b); the last was read in round 26. */
const left = new Set<string>();

describeProbes('round 25b probes: a time word said of paying or a plan', timeOfOtherProbes, left);
describeProbes('round 25b probes: a setting’s label and its control', settingLabelProbes, left);
describeProbes('round 25b probes: what someone else claims', generalStatementProbes, left);
describeProbes('round 25b probes: "not fully created"', notFullyProbes, left);
describeProbes('round 25b probes: terse Chinese, Japanese, Korean', terseCjkProbes, left);
describeProbes('round 25b probes: left open by the first half', openProbes, left);

describe('a claim someone else made is no alert, a message that "said" it is', () => {
  it.each([
    'A friend said backups fail when storage is low',
    'Un amigo me dijo que las copias de seguridad fallan cuando no hay espacio',
    '友達が容量が少ないとバックアップは失敗すると言っていました',
    '친구가 저장 공간이 부족하면 백업이 실패한대요',
  ])('reads %j as none', (text) => expectRead(text, null));
  it.each([
    ['It said iCloud Backup failed', 'backup_failed'],
    ['My iPhone said Backup failed', 'backup_failed'],
    ['Backup failed. A friend said it happens when storage is low', 'backup_failed'],
    // Japanese and Korean report what the device says too: a subject the alerts know is no one.
    ['容量が足りないと言っています', 'not_enough_storage'],
    ['백업하려면 와이파이가 필요하대요', 'needs_wifi'],
  ])('reads %j as %s', (text, id) => expectRead(text, id));
});

describe('a clause about a setting’s control is no failure', () => {
  it.each([
    "The 'Back Up This iPad' switch is grey and I can't tap it",
    'Переключатель «Создать резервную копию этого iPhone» серый, не нажимается',
  ])('reads %j as none', (text) => expectRead(text, null));
  it('still reads the alert the button brought', () =>
    expectRead('I pressed the Back Up Now button and it said Backup failed', 'backup_failed'));
});

describe('"non plus" (either) makes nothing "not backed up"', () => {
  const note =
    "le téléphone me dit tout le temps qu'il ne peut pas sauvegarder, mais pas payer tous les mois non plus";
  it('reads the failure, not the reminder of weeks', () =>
    expect(matchAlert(note)).toMatchObject({ recognized: true, id: 'backup_failed' }));
});

describe('the weeks a reminder names are a count of weeks', () => {
  const reminder = matchAlert('This iPhone hasn’t been backed up in 3 weeks');
  it.each([
    ['This iPhone hasn’t been backed up in 3 weeks', 3],
    // Part of a longer number, a size or a share is no count of weeks.
    ['4000 photos, and this iPhone hasn’t been backed up in 5 weeks', 5],
    ['50 GB plan, 80 % used, not backed up in 6 weeks', 6],
    ['I have 4000 photos and it has not been backed up', undefined],
    // Days are counted as whole weeks: 30 days are no 30 weeks past Apple's deletion limit.
    ['This iPhone hasn’t been backed up in 30 days', 4],
    ['Von diesem iPhone wurde seit 10 Tagen kein Backup erstellt', 1],
    ['This iPhone hasn’t been backed up in 3 days', undefined],
  ] as const)('reads %j as %s weeks', (text, weeks) =>
    expect(weeksNamed(text, reminder)).toBe(weeks),
  );
});

describe('Polish "nie" before a verb of being able or making is "not", not "never"', () => {
  it.each(['nie mogę zrobić backupu', 'nie mogę zrobić backupu w icloud'])(
    'reads %j as the general failure',
    (text) => expectRead(text, 'backup_failed'),
  );
  it('still reads German "nie" (never) as never', () =>
    expectRead('Dieses iPhone wurde nie gesichert', 'not_backed_up_weeks'));
});
