import { describe, expect, it } from 'vitest';
import { importSummary, renderSummary } from '../../../src/report';
import { importSummaryFile } from '../../../src/report/import';
import { catalogOf } from '../../../src/knowledge/catalogs';
import { LOCALES } from '../../../src/knowledge/ids';
import {
  exportedSummary as exported,
  importCode as code,
  notJsonFound as found,
  summaryJson as json,
  utf16be,
  utf16le,
  utf8,
} from '../../support/summary-files';

/**
 * Files people pick by mistake or after an editor saved them again, each with the answer decided
 * before the code was run: a summary still readable is read; anything else is refused with the
 * most specific reason, and never throws.
 */

const BOM = '\ufeff';

describe('a summary saved again in another encoding', () => {
  const encodings = [
    ['UTF-16 LE with its byte-order mark', (t: string) => utf16le(BOM + t)],
    ['UTF-16 LE without one', utf16le],
    ['UTF-16 BE with its byte-order mark', (t: string) => utf16be(BOM + t)],
    ['UTF-16 BE without one', utf16be],
    ['UTF-8 with a byte-order mark', (t: string) => utf8(BOM + t)],
  ] as const;

  it.each(encodings)('%s, from its bytes, is read in every language', (_l, encode) => {
    for (const language of LOCALES) {
      expect(importSummaryFile(encode(json(language)))).toEqual({
        ok: true,
        summary: exported(language).data,
      });
    }
  });

  /** The summary with its notes' accented letters as a Windows "ANSI" editor saves them. */
  const ansi = () => {
    const text = json('fr').replace(/"notes": "[^"]*"/, '"notes": "Sauvegarde échouée"');
    // Windows-1252: Latin-1 as its own byte, its typographic marks apart, "?" for the rest.
    const marks: Record<string, number> = { '–': 0x96, '’': 0x92, '“': 0x93, '”': 0x94 };
    return new Uint8Array(
      [...text].map((c) => (c.charCodeAt(0) < 0x100 ? c.charCodeAt(0) : (marks[c] ?? 0x3f))),
    );
  };

  it.each([
    ['saved again as "ANSI"', ansi],
    [
      'with Shift-JIS bytes',
      () => new Uint8Array([...utf8('{"notes": "'), 0x83, 0x6f, 0x83, 0x62, 0x22, 0x7d]),
    ],
    ['UTF-16 with half a surrogate pair', () => utf16le(`${BOM}{"notes": "\ud83d"}`)],
  ])('a file %s is refused as another encoding, not read with letters replaced', (_l, bytes) => {
    expect(importSummaryFile(bytes())).toEqual({
      ok: false,
      error: { code: 'not-json', found: 'encoding' },
    });
  });

  it.each([
    ['UTF-8', utf8],
    ['UTF-16', (t: string) => utf16le(BOM + t)],
  ])('a %s file cut inside a letter is not JSON, not another encoding', (_l, encode) => {
    const bytes = encode(json('ja'));
    const inside = bytes.findIndex((b, i) => i > bytes.length / 2 && b >= 0xe3) + 1;
    const cut = bytes.slice(0, encode === utf8 ? inside : bytes.length - 1);
    expect(importSummaryFile(cut)).toEqual({ ok: false, error: { code: 'not-json' } });
  });

  it('a UTF-16 file that is JSON of something else is not a summary', () => {
    expect(code(importSummaryFile(utf16le('{"a": 1}')))).toBe('not-summary');
    expect(code(importSummaryFile(utf16be(`${BOM}[1,2]`)))).toBe('not-summary');
  });
});

describe('the readable summary picked instead of the JSON one', () => {
  const pairs = LOCALES.flatMap((language) =>
    (['markdown', 'text'] as const).map((format) => [language, format] as const),
  );
  it.each(pairs)('%s %s is named as such', (language, format) => {
    const text = renderSummary(exported(language), format);
    expect(importSummary(text)).toEqual({
      ok: false,
      error: { code: 'not-json', found: 'summary-text' },
    });
    expect(found(importSummaryFile(utf8(`${BOM}\r\n\r\n${text.replace(/\n/g, '\r\n')}`)))).toBe(
      'summary-text',
    );
    expect(found(importSummaryFile(utf16le(BOM + text)))).toBe('summary-text');
  });

  it.each([
    ['another Markdown file', '# Notes\n\n- Backup Rescue said to check Wi-Fi\n'],
    ['a web page', '<!doctype html><title>Backup Rescue</title>'],
    ['a list of values', 'name,value\nwifi,stable\n'],
    ['an empty file', ''],
    ['only spaces', '  \n\t '],
    ['the summary in a chat code block', '```json\n{"format": "backup-rescue-summary"}\n```'],
  ])('%s is not JSON, with no more specific reason', (_l, text) => {
    expect(importSummary(text)).toEqual({ ok: false, error: { code: 'not-json' } });
  });
});

describe('damaged or edited JSON', () => {
  const summary = () =>
    JSON.parse(json()) as Record<string, unknown> & {
      facts: Record<string, unknown>;
      stepLog: Record<string, unknown>[];
    };
  const edited = (edit: (s: ReturnType<typeof summary>) => void) => {
    const s = summary();
    edit(s);
    return importSummary(JSON.stringify(s));
  };

  it.each([0.1, 0.5, 0.9, 0.999])('cut at %s of its length is not JSON', (share) => {
    const text = json();
    expect(importSummary(text.slice(0, Math.floor(text.length * share)))).toEqual({
      ok: false,
      error: { code: 'not-json' },
    });
  });

  it.each([
    ['a trailing comma', (t: string) => t.replace(/\n}\s*$/, ',\n}')],
    ['a comment', (t: string) => `// exported\n${t}`],
    ['NaN for a number', (t: string) => t.replace(/5000000000/, 'NaN')],
    ['NUL characters inside', (t: string) => t.replace(/"wifi"/, '"wi\u0000fi"')],
  ])('with %s: refused, no crash', (_l, edit) => {
    expect(code(importSummary(edit(json())))).not.toBe('ok');
  });

  it('too large, in characters', () => {
    expect(code(importSummary(`${json()}${' '.repeat(1_000_001)}`))).toBe('too-large');
    expect(code(importSummaryFile(new Uint8Array(3_000_001)))).toBe('too-large');
  });

  it('nested a million deep: refused, no crash', () => {
    expect(['not-json', 'not-summary']).toContain(
      code(importSummary('['.repeat(4e5) + ']'.repeat(4e5))),
    );
  });

  it.each([
    ['a later version', 2, 'newer-version'],
    ['version 0', 0, 'invalid'],
    ['a version in quotes', '1', 'invalid'],
    ['a fractional version', 1.5, 'invalid'],
    ['a negative version', -1, 'invalid'],
    ['no version', undefined, 'invalid'],
  ])('%s', (_l, version, expected) => {
    expect(code(edited((s) => (s.version = version)))).toBe(expected);
  });

  it.each([
    ['a package manifest', { name: 'app', version: '1.0.0' }],
    ['a list', [json()]],
    ['a string holding the summary', json()],
    ['null', null],
    ['a number', 1],
    ['another format name', { ...JSON.parse(json()), format: 'backup-rescue-session' }],
  ])('valid JSON of %s is not a summary', (_l, value) => {
    expect(importSummary(JSON.stringify(value))).toEqual({
      ok: false,
      error: { code: 'not-summary' },
    });
  });

  it('a key given twice is named: JSON.parse would keep the last one unsaid', () => {
    const text = json().replace('"wifi": "stable"', '"wifi": "unstable", "wifi": "stable"');
    expect(importSummary(text)).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        problems: [{ path: 'facts.wifi', kind: 'invalid', message: 'given twice' }],
      },
    });
  });

  it.each([
    ['storageUsedBytes', '5000000000'],
    ['storageTotalBytes', '5 GB'],
    ['backupSizeBytes', 1e400],
  ])('the fact %s as %s is named', (name, value) => {
    const result = edited((s) => (s.facts[name] = value));
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.code === 'invalid') {
      expect(result.error.problems.map((p) => p.path)).toContain(`facts.${name}`);
    } else throw new Error('expected invalid');
  });

  it('a step dated after the export (a clock set right since) and an export ahead of this clock are read', () => {
    const late = edited((s) => ((s.stepLog[0] as { at: string }).at = '2099-01-01T00:00:00.000Z'));
    expect(code(late)).toBe('ok');
    const ahead = edited((s) => (s.createdAt = '2099-01-01T00:00:00.000Z'));
    expect(code(ahead)).toBe('ok');
    expect(code(edited((s) => (s.facts.lastSuccessfulBackup = '2099-01-01')))).toBe('invalid');
    expect(code(edited((s) => (s.createdAt = '+010000-01-01T00:00:00.000Z')))).toBe('invalid');
  });

  it('a "__proto__" field is an unknown field, and changes no object', () => {
    const text = json().replace('{', '{"__proto__": {"polluted": true},');
    expect(code(importSummary(text))).toBe('invalid');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the words for what a file was found to be', () => {
  it.each(LOCALES)('exist in %s', (language) => {
    const catalog = catalogOf('export', language) ?? {};
    for (const key of ['import.error.summaryText', 'import.error.encoding']) {
      expect(catalog[key]).toMatch(/JSON|UTF-8/);
    }
  });
});
