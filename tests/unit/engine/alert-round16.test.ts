import { describe, it } from 'vitest';
import { round16Probes } from './alert-round16-probes.ts';
import { describeProbes, expectRead } from './alert-probe-suite.ts';

/** Probes still read otherwise (see the report of the round that wrote them). */
const left = new Set<string>();

describeProbes(
  'round 16 probes: pasted alerts in 16 languages, and texts that are none',
  round16Probes,
  left,
);

describe('"never backed up" without a subject, and a failure that never happened', () => {
  it.each([
    ['一度もバックアップを取っていません', 'not_backed_up_weeks'],
    ['バックアップを一度もとったことがない', 'not_backed_up_weeks'],
    ['還從沒備份過', 'not_backed_up_weeks'],
    ['一次也没备份过', 'not_backed_up_weeks'],
    ['아직 한 번도 백업 안 했어요', 'not_backed_up_weeks'],
    ['백업을 해 본 적이 없어요', 'not_backed_up_weeks'],
  ])('reads %j as %s', (text, id) => expectRead(text, id));

  it.each([
    // Said to work: never failed. The first was read as the reminder before.
    'iPhoneは一度もバックアップに失敗していません',
    'バックアップは失敗したことがありません',
    'iCloudバックアップは一回も失敗してない',
    '备份一次都没有失败过',
    '백업이 한 번도 실패한 적이 없어요',
  ])('reads %j as none', (text) => expectRead(text, null));
});

describe('a Korean word saying how often or how, before an alert that names no subject', () => {
  it.each([
    ['또다시 알 수 없는 오류가 발생했습니다', 'unknown_error'],
    ['자꾸만 알 수 없는 오류가 떠요', 'unknown_error'],
    ['이상하게 알 수 없는 오류가 발생했습니다', 'unknown_error'],
    ['매일 알 수 없는 오류가 발생합니다', 'unknown_error'],
    ['그냥 알 수 없는 오류가 발생했어요', 'unknown_error'],
  ])('reads %j as %s, not as another app named before it', (text, id) => expectRead(text, id));

  it("an app named before it is still that app's", () => {
    expectRead('카카오뱅크 알 수 없는 오류가 발생했습니다', null);
  });
});

describe('Portuguese "no" (in the) before a place names it', () => {
  it.each([
    ['Não há espaço suficiente no iCloud para fazer o backup do iPad', 'not_enough_storage'],
    ['Não consigo fazer backup: espaço insuficiente no iCloud', 'not_enough_storage'],
    // The device's alert where the text says so, "não no iCloud".
    ['O armazenamento do iPhone está cheio, não no iCloud', 'device_storage_full'],
  ])('reads %j as %s', (text, id) => expectRead(text, id));
});
