import { describe, expect, it } from 'vitest';
import { back } from '../../../src/flow/actions';
import { summarizeDropped } from '../../../src/flow/dropped';
import { restoreSession, Session } from '../../../src/storage/session';
import { AT as at, NOW as now } from '../../support/stored-state';

/**
 * Damaged stored sessions, written by hand (each expected result first): what a restore drops
 * takes its bookkeeping with it, the source of the answer and its place among the answers to go
 * back through, and steps tried that the step log still records are not lost with a damaged
 * record of them.
 */

const later = '2026-11-25T09:10:00.000Z';

const ANSWERED = [
  'wifi',
  'power',
  'iosVersion',
  'deviceModel',
  'storageUsedBytes',
  'lastSuccessfulBackup',
] as const;

function stored() {
  return {
    facts: {
      alertText: 'iCloud-Backup fehlgeschlagen',
      alertPicked: true,
      wifi: 'stable',
      power: 'charging',
      iosVersion: '17.5.1',
      deviceModel: 'iPhone 12',
      storageUsedBytes: 4_800_000_000,
      lastSuccessfulBackup: '2026-11-04',
      unsure: ['twoFactor'],
      stepsTried: { check_wifi: 'no_change', restart_device: 'skipped' },
      sources: {
        wifi: { source: 'user', at },
        power: { source: 'user', at },
        iosVersion: { source: 'user', at },
        deviceModel: { source: 'user', at },
        storageUsedBytes: { source: 'user', at: later },
        lastSuccessfulBackup: { source: 'user', at, approximate: true },
      },
    } as Record<string, unknown>,
    screen: 'questions',
    history: [...ANSWERED, 'twoFactor'] as string[],
    acknowledged: [],
    stepLog: [
      { stepId: 'check_wifi', outcome: 'no_change', at },
      { stepId: 'restart_device', outcome: 'skipped', at: later },
    ],
    startedAt: at,
    updatedAt: later,
  };
}

/** Values none of the answered facts can hold. */
const JUNK: [string, unknown][] = [
  ['an object', {}],
  ['a list', []],
  ['null', null],
  ['true', true],
  ['a word', 'sometimes'],
  ['a negative number', -1],
];

/** Whether a Back changes what the popup shows: an answer, a "not sure" or the screen. */
function visible(before: Session, after: Session): boolean {
  const { sources: _a, ...was } = before.facts;
  const { sources: _b, ...is } = after.facts;
  return JSON.stringify(was) !== JSON.stringify(is) || before.screen !== after.screen;
}

describe('restore: a dropped answer takes its source and its place in Back with it', () => {
  const cases = ANSWERED.flatMap((name) =>
    JUNK.map(([label, value]) => [name, label, value] as const),
  );

  it.each(cases)('%s stored as %s', (name, _label, value) => {
    const input = stored();
    input.facts[name] = value;
    const { session, dropped } = restoreSession(input, now);
    expect(dropped).toEqual([`facts.${name}`]);
    expect(session.facts[name]).toBeUndefined();
    expect(Object.keys(session.facts.sources ?? {})).not.toContain(name);
    expect(session.history).toEqual([...ANSWERED.filter((n) => n !== name), 'twoFactor']);
    // Every other answer and its source stays as it was.
    for (const other of ANSWERED.filter((n) => n !== name)) {
      expect(session.facts[other]).toEqual(input.facts[other]);
      expect(session.facts.sources?.[other]).toEqual(
        (input.facts.sources as Record<string, unknown>)[other],
      );
    }
    expect(Session.safeParse(session).success).toBe(true);
  });

  it.each([
    ['a lone word', 'twoFactor'],
    ['a list of numbers', [42]],
    ['a list of unknown names', ['hologram']],
  ])('"not sure" stored as %s: its place in Back goes with it', (_label, unsure) => {
    const input = stored();
    input.facts.unsure = unsure;
    const { session } = restoreSession(input, now);
    expect(session.facts.unsure ?? []).not.toContain('twoFactor');
    expect(session.history).toEqual([...ANSWERED]);
  });

  it.each([
    ['German, too long', 'iCloud-Backup fehlgeschlagen. '.repeat(200)],
    ['Japanese, too long', 'iCloudバックアップに失敗しました。'.repeat(300)],
    ['a number', 404],
    ['a list', ['Not Enough Storage']],
  ])(
    'a message picked from the list, stored as %s: no picked mark stays without it',
    (_l, text) => {
      const input = stored();
      input.facts.alertText = text;
      const { session, dropped } = restoreSession(input, now);
      expect(dropped).toEqual(['facts.alertText']);
      expect(session.facts.alertText).toBeUndefined();
      expect(session.facts.alertPicked).toBeUndefined();
      expect(session.facts.wifi).toBe('stable');
    },
  );

  it.each([
    ['every answer lost', { facts: 'garbage' }],
    ['the answers as a list', { facts: [['wifi', 'stable']] }],
  ])('%s: no source or history is left of them', (_label, patch) => {
    const { session } = restoreSession({ ...stored(), ...patch }, now);
    expect(session.facts.sources).toBeUndefined();
    expect(session.history).toEqual([]);
    expect(session.screen).toBe('start');
  });

  it.each(ANSWERED)(
    'after %s was dropped, each Back from the questions changes what is shown',
    (name) => {
      const input = stored();
      input.facts[name] = { broken: true };
      let session = restoreSession(input, now).session;
      for (let i = 0; i < ANSWERED.length + 1; i++) {
        const next = back(session, now);
        expect(visible(session, next)).toBe(true);
        session = next;
      }
      expect(session.screen).toBe('start');
    },
  );
});

describe('restore: steps tried are recovered from the step log', () => {
  const LOGGED = { check_wifi: 'no_change', restart_device: 'skipped' };

  it.each([
    ['an unknown outcome', { check_wifi: 'exploded', restart_device: 'skipped' }],
    ['a number', { check_wifi: 3, restart_device: 'skipped' }],
    ['null', { check_wifi: null, restart_device: null }],
  ])('an entry stored as %s takes its latest outcome from the log', (_label, stepsTried) => {
    const input = stored();
    input.facts.stepsTried = stepsTried;
    const { session, dropped } = restoreSession(input, now);
    expect(session.facts.stepsTried).toEqual(LOGGED);
    // Nothing was lost: the notice does not count the step as gone.
    expect(summarizeDropped(dropped).steps).toBe(0);
  });

  it.each([
    ['a word', 'garbage'],
    ['a list', [['check_wifi', 'no_change']]],
    ['a number', 7],
  ])('the record stored as %s is rebuilt from the log', (_label, stepsTried) => {
    const input = stored();
    input.facts.stepsTried = stepsTried;
    const { session } = restoreSession(input, now);
    expect(session.facts.stepsTried).toEqual(LOGGED);
  });

  it('rebuilds a record of 100,000 unknown steps from the log, quickly', () => {
    const input = stored();
    input.facts.stepsTried = Object.fromEntries(
      Array.from({ length: 100_000 }, (_, i) => [`junk_${i}`, 'fixed']),
    );
    input.history = Array.from({ length: 100 }, () => 'wifi');
    const started = performance.now();
    const { session } = restoreSession(input, now);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(session.facts.stepsTried).toEqual(LOGGED);
  });

  it('takes the latest outcome of a step tried twice', () => {
    const input = stored();
    input.facts.stepsTried = 'garbage';
    input.stepLog = [
      { stepId: 'check_wifi', outcome: 'no_change', at },
      { stepId: 'check_wifi', outcome: 'fixed', at: later },
    ];
    const { session } = restoreSession(input, now);
    expect(session.facts.stepsTried).toEqual({ check_wifi: 'fixed' });
  });

  it('keeps the steps tried when every answer was lost, as the log is kept', () => {
    const { session } = restoreSession({ ...stored(), facts: 12 }, now);
    expect(session.facts.stepsTried).toEqual(LOGGED);
    expect(session.screen).toBe('start');
  });

  it('keeps a valid outcome over the log', () => {
    const input = stored();
    input.facts.stepsTried = { check_wifi: 'fixed', restart_device: 'bogus' };
    const { session, dropped } = restoreSession(input, now);
    expect(session.facts.stepsTried).toEqual({ check_wifi: 'fixed', restart_device: 'skipped' });
    expect(dropped).toEqual([]);
  });
});
