import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../../src/cli/diagnose';
import { resumeFromSummary } from '../../../src/flow/summary-session';
import {
  buildSummary,
  describeImportError,
  importSummary,
  readSummary,
  renderSummary,
} from '../../../src/report';
import { MAX_SUMMARY_CHARS } from '../../../src/report/import';
import { Session } from '../../../src/storage/session';
import { mutated } from '../storage/arbitraries';
import { sampleInput } from './fixtures';

const exported = (language: 'en' | 'de' = 'en', leaveOutFreeText = false) =>
  buildSummary(sampleInput(), { language, leaveOutFreeText });
const json = (summary = exported()) => renderSummary(summary, 'json');

describe('importSummary', () => {
  it.each([
    ['en', false],
    ['de', true],
  ] as const)('round trip (%s, free text left out: %s): same facts and steps', (lang, leaveOut) => {
    const summary = exported(lang, leaveOut);
    const result = importSummary(json(summary));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.summary).toEqual(summary.data);
    expect(result.summary.facts).toEqual(summary.data.facts);
    expect(result.summary.stepLog).toEqual(sampleInput().stepLog);
  });

  it('refuses what is not JSON, not a summary, or too large', () => {
    expect(importSummary('{nope')).toEqual({ ok: false, error: { code: 'not-json' } });
    expect(importSummary('{"wifi":"stable"}')).toEqual({
      ok: false,
      error: { code: 'not-summary' },
    });
    expect(importSummary('[]')).toEqual({ ok: false, error: { code: 'not-summary' } });
    expect(importSummary(' '.repeat(1_000_001))).toEqual({
      ok: false,
      error: { code: 'too-large' },
    });
  });

  it('reads a summary saved again by an editor that adds a byte-order mark', () => {
    const summary = exported();
    const result = importSummary(`\ufeff${json(summary).replace(/\n/g, '\r\n')}`);
    expect(result).toEqual({ ok: true, summary: summary.data });
  });

  it('refuses a summary from a newer version before looking at anything else', () => {
    const future = { ...JSON.parse(json()), version: 2, facts: { hologram: true } };
    const result = importSummary(JSON.stringify(future));
    expect(result).toEqual({ ok: false, error: { code: 'newer-version', version: 2 } });
    if (!result.ok) expect(describeImportError(result.error)).toMatch(/newer version/);
  });

  it('names every malformed field, in the envelope and in the facts', () => {
    const bad = JSON.parse(json());
    bad.createdAt = 'yesterday';
    bad.stepLog[0].outcome = 'exploded';
    bad.facts.wifi = 'great';
    bad.extra = 1;
    const result = importSummary(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (result.ok || result.error.code !== 'invalid') throw new Error('expected invalid');
    const paths = result.error.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['createdAt', 'stepLog.0.outcome', 'facts.wifi', 'extra']),
    );
    expect(describeImportError(result.error)).toMatch(/facts\.wifi: expected one of "stable"/);
  });

  it('says a field that is not there is missing, once, wherever it is', () => {
    const { facts: _facts, createdAt: _createdAt, ...summary } = JSON.parse(json());
    summary.stepLog[0] = { stepId: 'check_wifi', outcome: 'no_change' };
    const result = importSummary(JSON.stringify(summary));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        problems: [
          { path: 'createdAt', kind: 'missing', message: 'missing' },
          { path: 'facts', kind: 'missing', message: 'missing' },
          { path: 'stepLog.0.at', kind: 'missing', message: 'missing' },
        ],
      },
    });
  });

  it.each([
    ['a javascript: address', 'javascript:alert(1)//www.icloud.com/', 'url'],
    ['an address on another host', 'https://icloud.example.com/settings/', 'url'],
    ['plain http', 'http://www.apple.com/support/systemstatus/', 'url'],
    ["the other site's page", 'https://www.icloud.com/settings/', 'url'],
  ])('refuses a status reading from %s, naming its address', (_label, url) => {
    const summary = JSON.parse(json());
    const i = summary.readings.findIndex((r: { site: string }) => r.site === 'status');
    summary.readings[i].url = url;
    const result = importSummary(JSON.stringify(summary));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        problems: [
          { path: `readings.${i}.url`, kind: 'invalid', message: 'not a page of that site' },
        ],
      },
    });
  });

  it('refuses two readings of one site; reads a page read after the export', () => {
    const twice = JSON.parse(json());
    twice.readings = [twice.readings[0], { ...twice.readings[0], state: 'stale' }];
    expect(importSummary(JSON.stringify(twice))).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        problems: [
          { path: 'readings', kind: 'invalid', message: 'more than one reading of a site' },
        ],
      },
    });
    const later = JSON.parse(json());
    later.readings[1].at = new Date(Date.parse(later.createdAt) + 6 * 60_000).toISOString();
    // The device's clock ran ahead while the page was read, and was set right before the export.
    expect(importSummary(JSON.stringify(later)).ok).toBe(true);
  });

  it('refuses a version 0 or a missing version as malformed', () => {
    const { version: _v, ...noVersion } = JSON.parse(json());
    const result = importSummary(JSON.stringify(noVersion));
    expect(result.ok || result.error.code).toBe('invalid');
  });
});

describe('diagnose CLI on an exported summary', () => {
  function run(files: Record<string, string>, args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const io: Io = {
      readFile: (path) => files[path] ?? '',
      readStdin: () => '',
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      // Deliberately far from the export's date: the CLI must use the export's createdAt.
      now: () => new Date('2030-01-01T00:00:00Z'),
    };
    return { code: main(args, io), out, err };
  }

  it.each(['en', 'de'] as const)('reproduces the exported ranking (%s)', (lang) => {
    const summary = exported(lang);
    const { code, out, err } = run({ 's.json': json(summary) }, ['s.json']);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const diagnosis = JSON.parse(out.join('\n'));
    const ranking = (causes: { id: string; score: number }[]) => causes.map((c) => [c.id, c.score]);
    expect(ranking(diagnosis.causes)).toEqual(ranking(summary.data.diagnosis.causes));
    expect(diagnosis.plan.map((p: { stepId: string }) => p.stepId)).toEqual(
      summary.data.diagnosis.plan.map((p) => p.stepId),
    );
  });

  it('exits 2 with the reason for a broken or future summary', () => {
    const future = run({ f: '{"format":"backup-rescue-summary","version":9}' }, ['f']);
    expect(future.code).toBe(2);
    expect(future.err[0]).toMatch(/invalid summary: .*newer version of Backup Rescue/);
    const broken = JSON.parse(json());
    // A value of another kind is damage; an answer of another version ('solar') is left out.
    broken.facts.power = 42;
    const bad = run({ b: JSON.stringify(broken) }, ['b']);
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toMatch(/facts\.power/);
  });
});

describe('importSummary: steps and times that cannot be', () => {
  const problemsOf = (value: unknown) => {
    const result = importSummary(JSON.stringify(value));
    if (result.ok || result.error.code !== 'invalid') throw new Error('expected invalid');
    return result.error.problems;
  };

  // Round 20: a summary of another version is read without the names this one lacks, which
  // are named; the 30,000 below are past what is examined, and refused.
  it('reads step ids this version does not know as left out, in the log and among the steps tried', () => {
    const bad = JSON.parse(json());
    bad.stepLog[0].stepId = 'hack_the_planet';
    const log = importSummary(JSON.stringify(bad));
    expect(log.ok && log.leftOut).toEqual(['stepLog.0']);
    expect(log.ok && log.summary.stepLog.some((e) => e.stepId === 'hack_the_planet')).toBe(false);
    const tried = JSON.parse(json());
    tried.facts.stepsTried.hack_the_planet = 'fixed';
    const steps = importSummary(JSON.stringify(tried));
    expect(steps.ok && steps.leftOut).toEqual(['facts.stepsTried.hack_the_planet']);
    expect(steps.ok && steps.summary.facts.stepsTried).not.toHaveProperty('hack_the_planet');
  });

  it('reads a diagnosis naming a cause, step or question this version does not know', () => {
    const bad = JSON.parse(json());
    bad.diagnosis.causes[0].id = 'alien_interference';
    bad.diagnosis.plan[0].stepId = 'hack_the_planet';
    bad.diagnosis.nextQuestion = { id: 'favourite_colour', fact: 'colour' };
    const read = importSummary(JSON.stringify(bad));
    expect(read.ok).toBe(true);
    expect(read.ok && read.summary.diagnosis.nextQuestion).toBeUndefined();
    expect(read.ok && read.summary.diagnosis.causes.map((c) => c.id)).not.toContain(
      'alien_interference',
    );
  });

  it('refuses 30,000 unknown steps with a short list of problems', () => {
    // Short ids, so that the file stays under the size limit and reaches the checks.
    const flood = JSON.parse(json());
    flood.facts.stepsTried = Object.fromEntries(
      Array.from({ length: 30_000 }, (_, i) => [`s${i}`, 'fixed']),
    );
    expect(JSON.stringify(flood).length).toBeLessThan(MAX_SUMMARY_CHARS);
    // One kind of problem, at its first place, with how many more there are like it (round 25).
    expect(problemsOf(flood)).toEqual([
      {
        path: 'facts.stepsTried.s0',
        kind: 'invalid',
        message: 'unknown step',
        alike: 30_000 - 1,
      },
    ]);
  });

  // A clock that ran ahead while steps were taken and was set right before the export (by any
  // amount) dates them after it: the file is the person's own, and its times are kept as made.
  it('accepts steps, sources and readings dated after the export, by minutes or by a day', () => {
    const synced = JSON.parse(json());
    const created = Date.parse(synced.createdAt);
    synced.stepLog[1].at = new Date(created + 4 * 60_000).toISOString();
    synced.readings[0].at = new Date(created + 5 * 60_000).toISOString();
    expect(importSummary(JSON.stringify(synced)).ok).toBe(true);
    synced.stepLog[1].at = '2026-11-25T10:05:01.000Z';
    synced.facts.sources.wifi.at = '2026-11-26T00:00:00.000Z';
    const read = importSummary(JSON.stringify(synced));
    expect(read.ok && read.summary.stepLog[1]?.at).toBe('2026-11-25T10:05:01.000Z');
  });

  it('refuses a last backup dated after the export, with a day of slack for time zones', () => {
    // Exported 2026-11-25 10:00 UTC: already the 26th at UTC+14, not yet the 27th anywhere.
    const withLastBackup = (lastSuccessfulBackup: string) => {
      const summary = JSON.parse(json());
      summary.facts.lastSuccessfulBackup = lastSuccessfulBackup;
      return summary;
    };
    const late = [
      { path: 'facts.lastSuccessfulBackup', kind: 'afterExport', message: 'after the export time' },
    ];
    expect(problemsOf(withLastBackup('2099-01-01'))).toEqual(late);
    expect(problemsOf(withLastBackup('2026-11-27'))).toEqual(late);
    expect(problemsOf(withLastBackup('2026-11-25T10:00:01.000Z'))).toEqual(late);
    for (const possible of [
      '2026-11-26',
      '2026-11-25T10:00:00.000Z',
      '2026-11-25T11:30:00+02:00',
    ]) {
      expect(importSummary(JSON.stringify(withLastBackup(possible))).ok).toBe(true);
    }
  });

  it('refuses a fact source this version does not know, or an address that is not https', () => {
    const withSource = (source: Record<string, string>) => {
      const summary = JSON.parse(json());
      summary.facts.sources.wifi = { ...summary.facts.sources.wifi, ...source };
      return summary;
    };
    // Round 20: a source of another version is left out and named, the answer kept.
    const hacker = importSummary(JSON.stringify(withSource({ source: 'hacker' })));
    expect(hacker.ok && hacker.leftOut).toEqual(['facts.sources.wifi']);
    expect(hacker.ok && hacker.summary.facts.wifi).toBe('stable');
    for (const url of ['javascript:alert(1)', 'http://www.apple.com/support/systemstatus/']) {
      expect(problemsOf(withSource({ url })).map((p) => p.path)).toEqual([
        'facts.sources.wifi.url',
      ]);
    }
    for (const source of ['user', 'import', 'apple-status', 'icloud']) {
      expect(importSummary(JSON.stringify(withSource({ source }))).ok).toBe(true);
    }
  });

  // A device whose clock ran ahead, or one set back since the export: the file is as it was
  // made, and its times are weighed against its own. Readings dated ahead of the clock still
  // fill nothing once resumed.
  it('accepts a summary made when the clock read later than it does now', () => {
    const summary = exported();
    const earlier = new Date('2026-11-20T10:00:00.000Z');
    const result = readSummary(JSON.parse(json(summary)));
    expect(result).toEqual({ ok: true, summary: summary.data });
    if (!result.ok) return;
    const { facts } = resumeFromSummary(result.summary, earlier);
    expect(facts.appleBackupStatus).toBeUndefined();
    expect(facts.wifi).toBe('stable');
  });
});

describe('property: import (10,000 damaged summaries)', () => {
  const base = JSON.parse(json());
  const now = new Date('2026-12-01T00:00:00.000Z');
  const paths = [
    ['createdAt'],
    ['version'],
    ['language'],
    ['facts'],
    ['facts', 'wifi'],
    ['facts', 'stepsTried'],
    ['facts', 'stepsTried', 'check_wifi'],
    ['facts', 'stepsTried', 'no_such_step'],
    ['facts', 'sources', 'wifi', 'at'],
    ['facts', 'sources', 'appleBackupStatus', 'url'],
    ['facts', 'storageByCategory', 'photos'],
    ['facts', 'unsure', 0],
    ['facts', 'notes'],
    ['stepLog'],
    ['stepLog', 0],
    ['stepLog', 0, 'stepId'],
    ['stepLog', 1, 'at'],
    ['readings', 0, 'url'],
    ['diagnosis'],
    ['masked'],
    ['extra'],
  ] as const;

  it('never throws; what it accepts has known steps, possible times and makes a valid session', () => {
    fc.assert(
      fc.property(mutated(base, paths), (value) => {
        const result = importSummary(JSON.stringify(value));
        if (!result.ok) return result.error.code !== 'invalid' || result.error.problems.length > 0;
        const { summary } = result;
        const created = Date.parse(summary.createdAt);
        const session = resumeFromSummary(summary, now);
        // Steps may be dated after the export (a clock set right since); a last backup may not.
        const lastBackup = summary.facts.lastSuccessfulBackup;
        return (
          summary.stepLog.every((e) => !Number.isNaN(Date.parse(e.at))) &&
          (lastBackup === undefined || Date.parse(lastBackup) - 14 * 3_600_000 <= created) &&
          Session.safeParse(session).success
        );
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});
