import { describe, expect, it } from 'vitest';
import {
  importSummary,
  importSummaryFile,
  describeImportError,
  MAX_LISTED_PROBLEMS,
  type ImportProblem,
  type ImportResult,
} from '../../../src/report/import';
import { LOCALES } from '../../../src/knowledge/ids';
import { importErrorText } from '../../../src/ui/export/import-error';
import { textsFor } from '../../../src/ui/locale-context';
import {
  editedSummary,
  importOutcome,
  problemPaths,
  summaryJson,
  utf8,
  type Loose,
  wrongInTwentyFields,
} from '../../support/summary-files';

/**
 * Round 25 (second half) probes of imported summaries, each outcome written down before the code
 * ran: hand edits in every language, JSON that is not quite JSON, prototype names, deep and huge
 * files, and several kinds of damage at once, which the popup must name kind by kind with true
 * counts.
 */

const read = (edit: (s: Loose) => void, language?: (typeof LOCALES)[number]) =>
  importSummary(editedSummary(edit, language));
const outcome = (edit: (s: Loose) => void, language?: (typeof LOCALES)[number]) =>
  importOutcome(read(edit, language));
const problemsOf = (result: ImportResult): ImportProblem[] =>
  !result.ok && result.error.code === 'invalid' ? result.error.problems : [];
/** How many problems the list accounts for: each entry, the ones like it, and those not listed. */
const accounted = (problems: ImportProblem[]) =>
  problems.reduce((n, p) => n + (p.kind === 'more' ? (p.count ?? 0) : 1 + (p.alike ?? 0)), 0);
const at = '2026-11-25T09:05:00.000Z';

/** The damage the lead found listed as "three problems and 1 more". */
function severalDamaged(s: Loose, stepName: (i: number) => string) {
  s.facts.power = 'solar';
  s.facts.storageUsedBytes = -5;
  s.facts.notes = 'x'.repeat(12_000);
  for (let i = 0; i < 12; i++) s.facts.stepsTried[stepName(i)] = 'no_change';
}

describe('several kinds of damage at once: each kind named once, with a true count', () => {
  it.each<[string, (i: number) => string]>([
    ['step ids no version writes', (i) => `made up ${i}`],
    ['step ids of some version', (i) => `made_up_${i}`],
  ])('power, storage, notes and 12 %s among the steps tried', (_label, stepName) => {
    const problems = problemsOf(read((s) => severalDamaged(s, stepName)));
    // Three fields and the twelve steps: fifteen problems, four kinds.
    expect(accounted(problems)).toBe(15);
    expect(problems.filter((p) => p.kind !== 'more')).toHaveLength(4);
  });

  it('12 unknown steps in the log and the three fields: four kinds, fifteen problems', () => {
    const problems = problemsOf(
      read((s) => {
        severalDamaged(s, () => 'check_wifi');
        for (let i = 0; i < 12; i++)
          s.stepLog.push({ stepId: `made up ${i}`, outcome: 'no_change', at });
      }),
    );
    expect(accounted(problems)).toBe(15);
    expect(problems.filter((p) => p.kind !== 'more')).toHaveLength(4);
  });

  it.each(LOCALES)('%s: the popup shows each kind once and counts the rest truly', (locale) => {
    const result = read((s) => {
      severalDamaged(s, () => 'check_wifi');
      for (let i = 0; i < 12; i++)
        s.stepLog.push({ stepId: `made up ${i}`, outcome: 'no_change', at });
    }, locale);
    if (result.ok) throw new Error('imported');
    const { t } = textsFor(locale, ['export', 'ui']);
    const text = importErrorText(result.error, t);
    // Each step's place is not repeated as if it were another kind of problem.
    expect(text.match(/stepLog\.\d+\.stepId/g) ?? []).toHaveLength(1);
    expect(text).toMatch(/11/);
    expect(text).not.toMatch(/\{|\}/);
  });

  it('the command line names each kind once too, with how many there are', () => {
    const result = read((s) => {
      for (let i = 0; i < 30; i++)
        s.stepLog.push({ stepId: `made up ${i}`, outcome: 'no_change', at });
      s.facts.wifi = 'cable';
    });
    if (result.ok) throw new Error('imported');
    const line = describeImportError(result.error);
    expect(line).toMatch(/facts\.wifi/);
    expect(line).toMatch(/29 more like it/);
    expect(line.match(/stepLog\.\d+\.stepId/g) ?? []).toHaveLength(1);
  });

  it('400 damaged entries of one kind are one entry, not cut to twenty', () => {
    const problems = problemsOf(
      read((s) => {
        for (let i = 0; i < 400; i++) s.stepLog.push({ stepId: 'check_wifi', outcome: 'ok?', at });
      }),
    );
    expect(problems).toHaveLength(1);
    expect(accounted(problems)).toBe(400);
  });

  it('the same kind at different fields stays apart (two lengths over their limit)', () => {
    const problems = problemsOf(
      read((s) => {
        s.facts.notes = 'x'.repeat(6000);
        s.facts.alertText = 'y'.repeat(6000);
      }),
    );
    expect(problems.map((p) => p.path).sort()).toEqual(['facts.alertText', 'facts.notes']);
  });
});

describe('the export of each language, edited by hand', () => {
  it.each(LOCALES)('%s: an answer changed to another valid one imports', (locale) => {
    expect(outcome((s) => (s.facts.wifi = 'hotspot'), locale)).toBe('ok');
  });
  it.each(LOCALES)('%s: a step outcome typed in the language of the file is refused', (locale) => {
    const result = read((s) => (s.stepLog[0].outcome = 'keine Änderung'), locale);
    expect(problemPaths(result)).toEqual(['stepLog.0.outcome']);
  });
  it.each(LOCALES)(
    '%s: the UI language set to one this version lacks is another version',
    (locale) => {
      const result = read((s) => (s.uiLanguage = 'pt'), locale);
      expect(!result.ok && result.error.code === 'invalid' && result.error.otherVersion).toBe(true);
    },
  );
});

describe('JSON as editors and people write it', () => {
  const json = summaryJson('fr');
  it.each<[string, string, string]>([
    ['a line comment', `// my summary\n${json}`, 'not-json'],
    ['a block comment inside', json.replace('{', '{ /* edited */'), 'not-json'],
    ['a trailing comma', json.replace(/\n}\s*$/, ',\n}'), 'not-json'],
    [
      'NaN for a size',
      json.replace(/"storageUsedBytes": \d+/, '"storageUsedBytes": NaN'),
      'not-json',
    ],
    [
      'Infinity',
      json.replace(/"storageUsedBytes": \d+/, '"storageUsedBytes": Infinity'),
      'not-json',
    ],
    ['single quotes', json.replace(/"/g, "'"), 'not-json'],
    ['cut in the middle', json.slice(0, Math.floor(json.length / 2)), 'not-json'],
    ['cut before the last brace', json.trimEnd().slice(0, -1), 'not-json'],
    ['two summaries one after the other', `${json}\n${json}`, 'not-json'],
    ['a list of one summary', `[${json}]`, 'not-summary'],
    ['the JSON as a string', JSON.stringify(json), 'not-summary'],
    ['only whitespace', '  \n\t ', 'not-json'],
    ['an empty file', '', 'not-json'],
  ])('%s', (_label, text, expected) => {
    expect(importOutcome(importSummary(text))).toBe(expected);
  });

  it('two byte-order marks (saved twice with a mark) are read', () => {
    expect(importOutcome(importSummary(`\ufeff\ufeff${json}`))).toBe('ok');
  });

  it('a name given twice through an escape (wi\\u0066i and wifi) is named', () => {
    const text = summaryJson('en').replace('"wifi":', '"wi\\u0066i": "none",\n    "wifi":');
    expect(problemPaths(importSummary(text))).toEqual(['facts.wifi']);
  });

  it('the JSON fenced as a code block from a chat is not JSON, not a crash', () => {
    const text = `\`\`\`json\n${summaryJson('en')}\n\`\`\``;
    expect(importOutcome(importSummary(text))).toBe('not-json');
  });
});

describe('numbers and dates out of shape', () => {
  it.each<[string, (s: Loose) => void, string[]]>([
    [
      'a size as a text of digits',
      (s) => (s.facts.storageUsedBytes = '5000000000'),
      ['facts.storageUsedBytes'],
    ],
    ['a size of 1e300', (s) => (s.facts.storageUsedBytes = 1e300), ['facts.storageUsedBytes']],
    ['a size with a fraction', (s) => (s.facts.backupSizeBytes = 1.5), ['facts.backupSizeBytes']],
    ['the version as a text', (s) => (s.version = '1'), ['version']],
    ['the version 1.0000001', (s) => (s.version = 1.0000001), ['version']],
    ['the version -1', (s) => (s.version = -1), ['version']],
    ['the export time without offset', (s) => (s.createdAt = '2026-11-25T10:00:00'), ['createdAt']],
    ['the export time as a number', (s) => (s.createdAt = 1764064800000), ['createdAt']],
    [
      'the export time on 30 February',
      (s) => (s.createdAt = '2026-02-30T10:00:00Z'),
      ['createdAt'],
    ],
    ['a step time in year 0', (s) => (s.stepLog[0].at = '0000-01-01T00:00:00Z'), []],
    ['a mask count of 0', (s) => (s.masked = [{ kind: 'email', count: 0 }]), ['masked.0.count']],
  ])('%s', (_label, edit, paths) => {
    const result = read(edit);
    if (paths.length === 0) expect(importOutcome(result)).toBe('ok');
    else expect(problemPaths(result)).toEqual(paths);
  });

  it('the version 1e10 is a newer format', () => {
    expect(outcome((s) => (s.version = 1e10))).toBe('newer-version:10000000000');
  });

  it('an export made in year 2999 with a backup before it imports', () => {
    expect(outcome((s) => (s.createdAt = '2999-01-01T00:00:00.000Z'))).toBe('ok');
  });

  it('an export made in year 0 has its last backup after it', () => {
    expect(problemPaths(read((s) => (s.createdAt = '0000-01-01T00:00:00.000Z')))).toContain(
      'facts.lastSuccessfulBackup',
    );
  });
});

describe('names of the object prototype', () => {
  it.each<[string, string, (j: string) => string]>([
    ['__proto__ at the top', '__proto__', (j) => j.replace('{', '{"__proto__": {"x": 1},')],
    [
      '__proto__ in the facts',
      'facts.__proto__',
      (j) => j.replace('"facts": {', '"facts": {"__proto__": {"wifi": "none"},'),
    ],
    [
      'constructor in the facts',
      'facts.constructor',
      (j) => j.replace('"facts": {', '"facts": {"constructor": "x",'),
    ],
    [
      '__proto__ among the steps tried',
      'facts.stepsTried.__proto__',
      (j) => j.replace('"stepsTried": {', '"stepsTried": {"__proto__": "fixed",'),
    ],
    [
      'toString in a step-log entry',
      'stepLog.0.toString',
      (j) => j.replace('"stepLog": [\n    {', '"stepLog": [\n    {"toString": "x",'),
    ],
  ])('%s: refused, named', (_label, path, change) => {
    const result = importSummary(change(summaryJson('en')));
    expect(importOutcome(result)).toBe('invalid');
    expect(problemPaths(result)).toContain(path);
    expect(({} as Record<string, unknown>).wifi).toBeUndefined();
  });
});

describe('big and deep files', () => {
  it('a 5 MB file is refused by its size, unread', () => {
    const bytes = new Uint8Array(5 * 2 ** 20).fill(0x20);
    expect(importOutcome(importSummaryFile(bytes))).toBe('too-large');
  });
  it('a summary with 900 KB of notes is too long in the notes, not too large', () => {
    expect(problemPaths(read((s) => (s.facts.notes = 'n'.repeat(900_000))))).toEqual([
      'facts.notes',
    ]);
  });
  it('an unknown field nested 100,000 deep beside the facts is left out, the rest read', () => {
    const deep = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const text = summaryJson('en').replace('{', `{"buildInfo": ${deep},`);
    expect(importOutcome(importSummary(text))).toBe('ok');
  });
  it('the notes as a list nested 50,000 deep are refused at the notes', () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const text = summaryJson('en').replace(/"notes": "[^"]*"/, `"notes": ${deep}`);
    expect(problemPaths(importSummary(text))).toEqual(['facts.notes']);
  });
  it('a 900 KB string of escapes for the alert text is refused at the field', () => {
    const text = summaryJson('en').replace(
      /"alertText": "[^"]*"/,
      `"alertText": "${'\\u0041'.repeat(150_000)}"`,
    );
    expect(problemPaths(importSummary(text))).toEqual(['facts.alertText']);
  });
});

describe('readable summaries pasted or picked instead of the JSON', () => {
  it.each(LOCALES)('%s: the readable summary saved as .json, as bytes', (locale) => {
    const json = JSON.parse(summaryJson(locale)) as Loose;
    const text = `Backup Rescue: summary\n\nBackup Rescue ${String(json.extension.version)}\n`;
    expect(importOutcome(importSummaryFile(utf8(text)))).toBe('not-json:summary-text');
  });
});

describe('other versions', () => {
  it('a newer fact and a newer top-level field: read, the fact named', () => {
    const result = read((s) => {
      s.facts.carrierPlan = 'unlimited';
      s.exportedBy = 'backup-rescue 9';
    });
    expect(result.ok && result.leftOut).toEqual(['facts.carrierPlan']);
  });
  it('an older summary without likelihood words: read', () => {
    expect(
      outcome((s) => {
        for (const cause of s.diagnosis.causes) delete cause.likelihood;
      }),
    ).toBe('ok');
  });
  it('a newer step in the log and among the steps tried: read without it, named', () => {
    const result = read((s) => {
      s.stepLog.push({ stepId: 'reset_satellite_link', outcome: 'no_change', at });
      s.facts.stepsTried.reset_satellite_link = 'done';
    });
    expect(result.ok).toBe(true);
    expect(result.ok && result.leftOut).toEqual(
      expect.arrayContaining(['stepLog.2', 'facts.stepsTried.reset_satellite_link']),
    );
  });
  it('30 kinds of damage: twenty listed, the rest counted by problems, not kinds', () => {
    const result = read((s) => {
      for (let i = 0; i < 30; i++) s.facts[`bad name ${i}`] = i;
      for (let i = 0; i < 5; i++) s.stepLog.push({ stepId: 'check_wifi', outcome: 'ok?', at });
    });
    expect(accounted(problemsOf(result))).toBe(35);
  });
  it('more than twenty kinds: twenty listed, the rest counted as the problems they are', () => {
    const result = read((s) => {
      wrongInTwentyFields(s);
      for (let i = 0; i < 4; i++) s.stepLog.push({ stepId: 'check_wifi', outcome: 'x', at });
      for (let i = 0; i < 3; i++)
        s.stepLog.push({ stepId: 'check_wifi', outcome: 'fixed', at: 'x' });
    });
    const problems = problemsOf(result);
    expect(problems).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(problems.at(-1)?.kind).toBe('more');
    // 20 single fields and 7 step-log entries of two kinds.
    expect(accounted(problems)).toBe(27);
  });
});
