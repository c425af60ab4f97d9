import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { restoreStoredFlow } from '../../../src/ui/flow-state';
import {
  newSession,
  repairPreferences,
  restorePreferences,
  saveSession,
  savePreferences,
  Session,
} from '../../../src/storage/session';
import { loadObservations, storeObservations } from '../../../src/storage/observations';
import { isDismissed, rememberDismissed } from '../../../src/storage/hint-dismissal';
import { back } from '../../../src/flow/actions';
import { NOW, storedWith, type Stored } from '../../support/stored-state';
import { icloudReading, statusReading } from '../../support/readings';

/**
 * Round 20 probes of stored state, each outcome written down before the code ran: whatever is
 * stored, the popup opens with every valid answer kept, names exactly what it left out, and a
 * write that storage refuses says so instead of throwing.
 */

const flowOf = (session: Stored, extra: Record<string, unknown> = {}) =>
  restoreStoredFlow({ session, observations: null, preferences: null, ...extra }, NOW);
const local = fakeBrowser.storage.local;

describe('a stored session damaged at one place keeps the rest', () => {
  it.each<[string, (s: Stored) => void, string[]]>([
    ['an answer as an empty text', (s) => (s.facts.wifi = ''), ['facts.wifi']],
    ['an answer as null', (s) => (s.facts.wifi = null), ['facts.wifi']],
    ['an answer as true', (s) => (s.facts.wifi = true), ['facts.wifi']],
    [
      'the storage used as a negative number',
      (s) => (s.facts.storageUsedBytes = -5),
      ['facts.storageUsedBytes'],
    ],
    [
      'the storage used as text',
      (s) => (s.facts.storageUsedBytes = '5 GB'),
      ['facts.storageUsedBytes'],
    ],
    [
      'the storage used as Infinity (stored as null)',
      (s) => (s.facts.storageUsedBytes = null),
      ['facts.storageUsedBytes'],
    ],
    ['an iOS version as a number', (s) => (s.facts.iosVersion = 17.5), ['facts.iosVersion']],
    [
      'a last backup on 31 June',
      (s) => (s.facts.lastSuccessfulBackup = '2026-06-31'),
      ['facts.lastSuccessfulBackup'],
    ],
    ['a step log entry without its time', (s) => delete s.stepLog[0].at, ['stepLog.0']],
    ['a step log entry with a time as an empty text', (s) => (s.stepLog[0].at = ''), ['stepLog.0']],
    ['history as a text', (s) => (s.history = 'wifi,power'), ['history']],
    ['history naming a fact of a newer version', (s) => s.history.push('vpnActive'), ['history.2']],
    ['acknowledged as a number', (s) => (s.acknowledged = 3), ['acknowledged']],
    ['"not sure" as a text', (s) => (s.facts.unsure = 'twoFactor'), ['facts.unsure']],
    [
      '"not sure" naming a fact of a newer version',
      (s) => (s.facts.unsure = ['vpnActive']),
      ['facts.unsure.0'],
    ],
    ['asking a fact of a newer version', (s) => (s.asking = 'vpnActive'), ['asking']],
    ['a source without its time', (s) => delete s.facts.sources.wifi.at, ['facts.sources.wifi']],
    [
      'a source of a newer page',
      (s) => (s.facts.sources.wifi.source = 'apple-feed'),
      ['facts.sources.wifi'],
    ],
    [
      'a source address with javascript:',
      (s) => {
        s.facts.sources.wifi.url = 'javascript:alert(1)';
      },
      ['facts.sources.wifi.url'],
    ],
  ])('%s', (_label, edit, dropped) => {
    const flow = flowOf(storedWith(edit));
    expect(flow.dropped).toEqual(dropped);
    expect(flow.session.facts.power).toBe('charging');
    expect(Session.safeParse(flow.session).success).toBe(true);
  });

  it.each<[string, (s: Stored) => void]>([
    ['a start in year 9999', (s) => (s.startedAt = '9999-12-31T23:59:59Z')],
    ['an update a minute before the start', (s) => (s.updatedAt = '2026-11-25T08:59:00Z')],
    ['times with a negative offset', (s) => (s.updatedAt = '2026-11-25T00:00:00-09:30')],
    [
      'times with fractions of a second to nine places',
      (s) => (s.startedAt = '2026-11-25T09:00:00.123456789Z'),
    ],
    ['an extra field a newer version writes at the top', (s) => (s.theme = 'dark')],
  ])('%s: nothing lost', (_label, edit) => {
    const flow = flowOf(storedWith(edit));
    expect(flow.session.facts.wifi).toBe('stable');
    expect(flow.session.facts.stepsTried).toEqual({ check_wifi: 'no_change' });
    expect(flow.sessionDropped).toEqual([]);
  });

  it('a newer field at the top marks the session as a newer version’s', () => {
    expect(flowOf(storedWith((s) => (s.theme = 'dark'))).newer).toBe(true);
  });

  it('an acknowledged list of 100,000 entries restores quickly, answers kept', () => {
    const started = performance.now();
    const flow = flowOf(
      storedWith((s) => (s.acknowledged = Array(100_000).fill('restart_device'))),
    );
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(flow.session.facts.wifi).toBe('stable');
    expect(flow.session.acknowledged.length).toBeLessThanOrEqual(200);
  });

  it('a history of 10,000 entries keeps Back working', () => {
    let session = flowOf(storedWith((s) => (s.history = Array(10_000).fill('wifi')))).session;
    session = back(session, NOW);
    expect(session.facts.wifi).toBeUndefined();
    expect(session.facts.power).toBe('charging');
  });
});

describe('stored values that are no session as such', () => {
  it.each<[string, unknown]>([
    ['a string', 'hello'],
    ['a list of answers', [['wifi', 'stable']]],
    ['zero', 0],
    ['false', false],
  ])('%s: a fresh start, said so', (_label, stored) => {
    const flow = flowOf(stored);
    expect(flow.session.screen).toBe('start');
    expect(flow.dropped).toEqual(['session']);
  });

  it('a session whose answers are all damaged starts at the start, names them', () => {
    const flow = flowOf(storedWith((s) => ((s.facts.wifi = 1), (s.facts.power = 2))));
    expect(flow.session.screen).toBe('start');
    expect(flow.dropped).toEqual(expect.arrayContaining(['facts.wifi', 'facts.power']));
  });
});

describe('stored readings', () => {
  const at = NOW.toISOString();
  it.each<[string, unknown, string[]]>([
    [
      'a reading dated 30 February',
      { status: statusReading('2026-02-30T10:00:00Z') },
      ['reading.status'],
    ],
    [
      'a reading with its kind of the other site',
      { status: icloudReading(at) },
      ['reading.status'],
    ],
    [
      'both readings swapped',
      { status: icloudReading(at), icloud: statusReading(at) },
      ['reading.status', 'reading.icloud'],
    ],
    ['a list of readings', [statusReading(at)], ['reading.status', 'reading.icloud']],
    [
      'a reading with 10,000 services',
      {
        status: {
          ...statusReading(at),
          services: Array(10_000).fill(statusReading(at).services[0]),
        },
      },
      ['reading.status'],
    ],
    [
      'a reading from another address',
      { status: { ...statusReading(at), url: 'https://evil.example/systemstatus/' } },
      ['reading.status'],
    ],
  ])('%s', (_label, observations, dropped) => {
    expect(flowOf(null, { observations }).dropped).toEqual(dropped);
  });

  it('a reading dated a year ahead is kept stored but feeds nothing', () => {
    const ahead = new Date(NOW.getTime() + 365 * 86_400_000).toISOString();
    const flow = flowOf(null, { observations: { status: statusReading(ahead, 'outage') } });
    expect(flow.session.facts.appleBackupStatus).toBeUndefined();
  });
});

describe('writes that storage refuses', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());
  const full = () =>
    vi.spyOn(local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));

  it('a session save over quota answers false, storage unchanged', async () => {
    await local.set({ session: storedWith() });
    full();
    await expect(saveSession(newSession(NOW))).resolves.toBe(false);
    expect((await local.get('session')).session).toEqual(storedWith());
  });

  it('a preferences save over quota answers false', async () => {
    full();
    await expect(savePreferences({ locale: 'de' })).resolves.toBe(false);
  });

  it('preferences that cannot be read still save the language', async () => {
    vi.spyOn(local, 'get').mockRejectedValue(new Error('gone'));
    await expect(savePreferences({ locale: 'fr' })).resolves.toBe(true);
    vi.restoreAllMocks();
    expect(
      restorePreferences((await local.get('preferences')).preferences).preferences.locale,
    ).toBe('fr');
  });

  it('a repair of the language over quota resolves', async () => {
    await local.set({ preferences: { locale: 'xx' } });
    full();
    await expect(repairPreferences()).resolves.toBeUndefined();
  });

  it('readings written back over quota answer false', async () => {
    const reading = statusReading(NOW.toISOString());
    await local.set({ observations: { status: reading, icloud: 5 } });
    const { observations } = await loadObservations();
    full();
    await expect(storeObservations(observations)).resolves.toBe(false);
  });

  it('readings that cannot be read open as none', async () => {
    vi.spyOn(local, 'get').mockRejectedValue(new Error('gone'));
    await expect(loadObservations()).resolves.toEqual({ observations: {}, dropped: [] });
  });

  it('a dismissal over quota resolves, and is read as not dismissed', async () => {
    full();
    await expect(rememberDismissed(fakeBrowser, 'outage:1')).resolves.toBeUndefined();
    vi.restoreAllMocks();
    await expect(isDismissed(fakeBrowser, 'outage:1')).resolves.toBe(false);
  });

  it.each<[string, unknown]>([
    ['a number', 5],
    ['a record', { situation: 'outage:1' }],
    ['null', null],
  ])('a dismissal stored as %s is not dismissed', async (_label, value) => {
    await local.set({ hintDismissed: value });
    await expect(isDismissed(fakeBrowser, 'outage:1')).resolves.toBe(false);
  });
});

describe('readings written back while another window changed them', () => {
  beforeEach(() => fakeBrowser.reset());
  it('a reading stored since is not undone by an older copy', async () => {
    const older = statusReading('2026-11-25T09:00:00.000Z');
    const newer = statusReading('2026-11-25T09:30:00.000Z', 'outage');
    await local.set({ observations: { status: newer } });
    await storeObservations({ status: older });
    expect((await local.get('observations')).observations).toEqual({ status: newer });
  });

  it('a deletion since is not undone', async () => {
    await storeObservations({ status: statusReading(NOW.toISOString()) });
    expect((await local.get('observations')).observations).toBeUndefined();
  });
});
