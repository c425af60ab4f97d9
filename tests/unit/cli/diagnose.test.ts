import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../../src/cli/diagnose.ts';

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
});
