import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, MAX_INPUT_BYTES, nodeIo, type Io } from '../../../src/cli/diagnose.ts';
import { InputTooLarge, readBounded } from '../../../src/cli/read-input.ts';
import { buildSummary, renderSummary } from '../../../src/report';
import { sampleInput } from '../report/fixtures';

function fakeIo(files: Record<string, string>, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    readFile: (path) => {
      const content = files[path];
      if (content === undefined) throw new Error('ENOENT: no such file');
      return content;
    },
    readStdin: () => stdin,
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    now: () => new Date('2026-06-01T12:00:00Z'),
  };
  return { io, out, err };
}

describe('diagnose CLI (in process)', () => {
  it('prints the diagnosis for a facts file, causes sorted by score', () => {
    const { io, out, err } = fakeIo({ 'f.json': JSON.stringify({ wifi: 'none' }) });
    expect(main(['f.json'], io)).toBe(0);
    expect(err).toEqual([]);
    const d = JSON.parse(out.join('\n'));
    expect(d.causes[0]).toMatchObject({ id: 'network' });
    expect(d.causes[0].evidence[0]).toMatchObject({ id: 'wifi_none', direction: 'for' });
    const scores = d.causes.map((c: { score: number }) => c.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    expect(Array.isArray(d.plan)).toBe(true);
    expect('nextQuestion' in d).toBe(true);
  });

  it('takes a page reading older than its page allows for unknown, as the popup does', () => {
    const reading = (at: string) =>
      JSON.stringify({
        appleBackupStatus: 'outage',
        sources: { appleBackupStatus: { source: 'apple-status', at } },
      });
    const plan = (at: string) => {
      const { io, out } = fakeIo({ 'f.json': reading(at) });
      expect(main(['f.json'], io)).toBe(0);
      return (JSON.parse(out[0]!) as { plan: { stepId: string }[] }).plan.map((p) => p.stepId);
    };
    expect(plan('2026-06-01T11:50:00Z')[0]).toBe('wait_for_apple');
    const threeDaysOld = plan('2026-05-29T12:00:00Z');
    expect(threeDaysOld).not.toContain('wait_for_apple');
    expect(threeDaysOld).toContain('check_system_status');
  });

  it('reads stdin for "-"', () => {
    const { io, out } = fakeIo({}, '{"appleBackupStatus":"outage"}');
    expect(main(['-'], io)).toBe(0);
    expect(JSON.parse(out.join('')).plan[0].stepId).toBe('wait_for_apple');
  });

  it('exits 2 and names each bad field', () => {
    const { io, out, err } = fakeIo({ 'bad.json': '{"wifi":"great","iosVersion":"x","extra":1}' });
    expect(main(['bad.json'], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(/invalid field wifi:/);
    expect(err.join('\n')).toMatch(/invalid field iosVersion:/);
    expect(err.join('\n')).toMatch(/invalid field extra: unknown field/);
  });

  it('exits 2 for an unreadable file, invalid JSON, or missing argument', () => {
    const a = fakeIo({});
    expect(main(['missing.json'], a.io)).toBe(2);
    expect(a.err[0]).toMatch(/cannot read missing.json/);
    const b = fakeIo({ 'x.json': '{nope' });
    expect(main(['x.json'], b.io)).toBe(2);
    expect(b.err[0]).toMatch(/invalid JSON in x.json/);
    const c = fakeIo({});
    expect(main([], c.io)).toBe(2);
    expect(c.err[0]).toMatch(/usage/);
  });
});

describe('diagnose CLI: a name given twice', () => {
  it('refuses a facts file that gives a fact twice, naming it, instead of taking the last', () => {
    const { io, out, err } = fakeIo({
      'f.json': '{"wifi":"none","power":"charging","wifi":"stable"}',
    });
    expect(main(['f.json'], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual(['invalid field wifi: given twice']);
  });

  it('refuses a summary that gives a fact twice, as the popup does', () => {
    const summary = renderSummary(
      buildSummary(sampleInput(), { language: 'en', leaveOutFreeText: false }),
      'json',
    );
    const twice = summary.replace('"facts": {', '"facts": {\n    "wifi": "none",');
    expect(twice).not.toBe(summary);
    const { io, out, err } = fakeIo({ 's.json': summary, 't.json': twice });
    expect(main(['s.json'], io)).toBe(0);
    expect(main(['t.json'], io)).toBe(2);
    expect(out).toHaveLength(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^invalid summary: .*facts\.wifi/);
  });
});

describe('diagnose CLI: help, odd files and size limit', () => {
  const tempFile = (name: string, content: string | Buffer) => {
    const file = join(mkdtempSync(join(tmpdir(), 'diagnose-')), name);
    writeFileSync(file, content);
    return file;
  };
  const withRealFiles = () => {
    const out: string[] = [];
    const err: string[] = [];
    const io: Io = { ...nodeIo, out: (t) => out.push(t), err: (t) => err.push(t) };
    return { io, out, err };
  };

  it.each(['--help', '-h'])('prints usage on %s and exits 0', (flag) => {
    const { io, out, err } = fakeIo({});
    expect(main([flag], io)).toBe(0);
    expect(out.join('\n')).toMatch(/^usage: npm run --silent diagnose -- FILE/);
    expect(err).toEqual([]);
  });

  it('refuses an unknown option instead of reading it as a file', () => {
    const { io, err } = fakeIo({ '--verbose': '{}' });
    expect(main(['--verbose'], io)).toBe(2);
    expect(err[0]).toMatch(/usage/);
  });

  it('accepts a file that starts with a UTF-8 byte-order mark', () => {
    const { io, out } = withRealFiles();
    const file = tempFile('bom.json', Buffer.from('\ufeff{"wifi":"none"}', 'utf8'));
    expect(main([file], io)).toBe(0);
    expect(JSON.parse(out.join('')).causes[0].id).toBe('network');
  });

  it.each([
    ['UTF-16 little-endian (Windows PowerShell `>`, Notepad "Unicode")', 'utf16le', false],
    ['UTF-16 big-endian', 'utf16le', true],
  ] as const)('accepts a file saved as %s with its byte-order mark', (_label, encoding, swap) => {
    const { io, out, err } = withRealFiles();
    const bytes = Buffer.from('\ufeff{"wifi":"none","notes":"Müller, 家族"}', encoding);
    const file = tempFile('utf16.json', swap ? bytes.swap16() : bytes);
    expect(main([file], io)).toBe(0);
    expect(err).toEqual([]);
    expect(JSON.parse(out.join('')).causes[0].id).toBe('network');
    expect(readBounded(file, MAX_INPUT_BYTES)).toBe('{"wifi":"none","notes":"Müller, 家族"}');
  });

  it.each([
    ['Windows-1252 ("ANSI", PowerShell\'s Set-Content)', 'latin1'],
    ['binary', 'binary'],
  ] as const)('refuses a file saved as %s instead of misreading its letters', (_label, kind) => {
    const { io, out, err } = withRealFiles();
    const text = '{"alertText":"La sauvegarde iCloud a échoué"}';
    const bytes =
      kind === 'latin1' ? Buffer.from(text, 'latin1') : Buffer.from([0x7b, 0xff, 0xfe, 0x80]);
    const file = tempFile(`${kind}.json`, bytes);
    expect(main([file], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual([
      `cannot read ${file}: not UTF-8 text: save it as UTF-8 (its letters beyond ASCII would be misread)`,
    ]);
    // Other readers of saved pages stay lenient: a stray byte there costs one character.
    expect(readBounded(file, MAX_INPUT_BYTES)).toContain('\ufffd');
  });

  it('says a picture is no text file instead of asking to save it as UTF-8', () => {
    const { io, out, err } = withRealFiles();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff]);
    const file = tempFile('photo.png', png);
    expect(main([file], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual([
      `cannot read ${file}: not a text file (a facts file or a summary exported as JSON is text)`,
    ]);
  });

  it('stops reading /dev/zero at the limit: exit 2, a clear message', () => {
    const { io, out, err } = withRealFiles();
    expect(main(['/dev/zero'], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err[0]).toBe(
      'cannot read /dev/zero: larger than 1 MB, too large for a facts file or summary',
    );
  });

  it('reads up to the limit and no further', () => {
    const exact = tempFile('exact.json', ' '.repeat(MAX_INPUT_BYTES));
    expect(readBounded(exact, MAX_INPUT_BYTES)).toHaveLength(MAX_INPUT_BYTES);
    const over = tempFile('over.json', ' '.repeat(MAX_INPUT_BYTES + 1));
    expect(() => readBounded(over, MAX_INPUT_BYTES)).toThrow(InputTooLarge);
  });
});

describe('diagnose CLI (real process)', () => {
  const run = (input: string) =>
    spawnSync('npx', ['tsx', 'src/cli/diagnose.ts', '-'], { input, encoding: 'utf8' });

  it('prints JSON and exits 0 for valid facts, 2 for invalid ones', () => {
    const ok = run('{"backupEnabled":false}');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).causes[0].id).toBe('backup_disabled');
    const bad = run('{"power":"solar"}');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/invalid field power/);
  }, 60_000);

  it('exits 2 on an endless stdin instead of filling memory', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const result = spawnSync('npx', ['tsx', 'src/cli/diagnose.ts', '-'], {
        stdio: [zero, 'pipe', 'pipe'],
        encoding: 'utf8',
      });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/cannot read stdin: larger than 1 MB/);
    } finally {
      closeSync(zero);
    }
  }, 60_000);
});
