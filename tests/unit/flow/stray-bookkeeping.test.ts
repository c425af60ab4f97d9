import { describe, expect, it } from 'vitest';
import { back } from '../../../src/flow/actions';
import { applyObservations } from '../../../src/flow/observed-facts';
import { resumeFromSummary } from '../../../src/flow/summary-session';
import { buildSummary, importSummary, renderSummary } from '../../../src/report';
import { newSession, Session } from '../../../src/storage/session';
import { icloudReading, statusReading } from '../../support/readings';
import { sampleInput } from '../report/fixtures';

/**
 * Sessions whose bookkeeping names answers that are not there (an older build, a hand edit, a
 * restore or an import of such a session), written by hand with the expected result first: Back
 * always shows a change, a page reading fills a fact that no answer holds, and an import brings
 * no source or "picked" mark without its answer.
 */

const now = new Date('2026-11-25T10:00:00Z');
const at = '2026-11-25T09:00:00.000Z';
const later = '2026-11-25T09:50:00.000Z';

function session(facts: Session['facts'], history: string[], screen: Session['screen']): Session {
  return { ...newSession(new Date(at)), facts, history, screen };
}

const shown = (s: Session) => {
  const { sources: _sources, ...facts } = s.facts;
  return JSON.stringify([facts, s.screen]);
};

describe('Back over history that names no recorded answer', () => {
  const facts: Session['facts'] = {
    wifi: 'stable',
    power: 'battery',
    unsure: ['twoFactor'],
    sources: { wifi: { source: 'user', at }, power: { source: 'user', at } },
  };

  it.each([
    ['the latest answer named twice', ['wifi', 'power', 'power'], 'wifi'],
    ['an answer that is not there', ['wifi', 'power', 'iosVersion'], 'wifi'],
    ['several that are not there', ['wifi', 'power', 'deviceModel', 'iosVersion'], 'wifi'],
    ['one in the middle', ['wifi', 'iosVersion', 'power'], 'wifi'],
    ['a "not sure" last', ['wifi', 'power', 'twoFactor'], 'power'],
  ])('%s: each Back undoes one answer that is there', (_label, history, left) => {
    let s = session(facts, history, 'questions');
    const once = back(s, now);
    expect(['wifi', 'power'].filter((n) => n in once.facts).at(-1)).toBe(left);
    while (s.screen !== 'start') {
      const next = back(s, now);
      expect(shown(next)).not.toBe(shown(s));
      s = next;
    }
    expect(s.facts.wifi).toBeUndefined();
  });

  it('goes to the first screen when nothing named is there', () => {
    const start = session({ wifi: 'stable' }, ['power', 'iosVersion'], 'questions');
    const once = back(start, now);
    expect(once.screen).toBe('start');
    expect(once.facts.wifi).toBe('stable');
    expect(once.history).toEqual([]);
  });
});

describe('a page reading and a source left without its answer', () => {
  it.each([
    ['icloud.com', 'storageUsedBytes', icloudReading('2026-11-25T09:30:00.000Z')],
    ['Apple status', 'appleBackupStatus', statusReading('2026-11-25T09:45:00.000Z')],
  ] as const)('a %s reading fills %s', (_label, name, reading) => {
    const facts: Session['facts'] = {
      wifi: 'stable',
      sources: { wifi: { source: 'user', at }, [name]: { source: 'user', at: later } },
    };
    const site = reading.kind === 'icloud-storage' ? 'icloud' : 'status';
    const { facts: next } = applyObservations(facts, { [site]: reading }, now);
    expect(next[name]).toBeDefined();
    expect(next.sources?.[name]?.source).toBe(reading.source);
  });

  it('still lets a later answer that is there win over an older reading', () => {
    const facts: Session['facts'] = {
      storageUsedBytes: 1e9,
      sources: { storageUsedBytes: { source: 'user', at: later } },
    };
    const reading = icloudReading('2026-11-25T09:30:00.000Z');
    const { facts: next } = applyObservations(facts, { icloud: reading }, now);
    expect(next.storageUsedBytes).toBe(1e9);
  });
});

describe('resuming an imported summary whose bookkeeping names missing answers', () => {
  const exported = () =>
    JSON.parse(
      renderSummary(
        buildSummary(sampleInput(), { language: 'de', leaveOutFreeText: false }),
        'json',
      ),
    );
  const importedAt = new Date('2026-11-25T09:10:00.000Z');
  const resume = (file: unknown) => {
    const result = importSummary(JSON.stringify(file));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return resumeFromSummary(result.summary, importedAt);
  };

  it.each([
    ['twoFactor', 'an answer left "not sure"'],
    ['symptom', 'an answer never given'],
    ['backupEnabled', 'a yes/no never answered'],
  ])('a source for %s (%s) is not brought in', (name) => {
    const file = exported();
    file.facts.sources[name] = { source: 'user', at: '2026-11-25T09:02:00.000Z' };
    const s = resume(file);
    expect(Object.keys(s.facts.sources ?? {})).not.toContain(name);
    expect(s.facts.sources?.wifi?.source).toBe('import');
    expect(Session.safeParse(s).success).toBe(true);
  });

  it('no "picked" mark comes without the message (left out of the export)', () => {
    const file = exported();
    delete file.facts.alertText;
    file.facts.alertPicked = true;
    const s = resume(file);
    expect(s.facts.alertPicked).toBeUndefined();
    expect(s.facts.wifi).toBe('stable');
  });

  it('steps tried that only the log records are tried', () => {
    const file = exported();
    file.facts.stepsTried = {};
    const s = resume(file);
    expect(s.facts.stepsTried).toEqual({ check_wifi: 'no_change', restart_device: 'skipped' });
  });
});
