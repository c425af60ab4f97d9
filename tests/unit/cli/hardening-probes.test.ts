import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFiles } from './temp-files';
import { main, nodeIo } from '../../../src/cli/diagnose.ts';
import { buildSummary, renderSummary } from '../../../src/report';
import { sampleInput } from '../report/fixtures';

/**
 * Odd input handed to `diagnose`, each with the outcome decided before the code was run: exit 0
 * for what it can read, else exit 2 with one clear line on stderr, and never a stack trace.
 */

const { dir, file } = tempFiles('diagnose-probes-', '.json');
const summary = (edit: (s: ReturnType<typeof JSON.parse>) => void = () => undefined) => {
  const s = JSON.parse(
    renderSummary(buildSummary(sampleInput(), { language: 'fr', leaveOutFreeText: false }), 'json'),
  );
  edit(s);
  return JSON.stringify(s);
};

function run(path: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main([path], { ...nodeIo, out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

describe('hardening probes: diagnose and odd files', () => {
  it.each<[string, () => string, RegExp]>([
    ['a list', () => file('[]'), /invalid/],
    ['null', () => file('null'), /invalid/],
    ['an empty file', () => file(''), /invalid JSON/],
    ['a directory', () => dir, /cannot read/],
    ['a file that is not there', () => join(dir, 'missing.json'), /cannot read/],
    [
      'facts nested 100,000 objects deep',
      () => file(`{"x":${'{"a":'.repeat(1e5)}1${'}'.repeat(1e5)}}`),
      /invalid field x/,
    ],
    ['a "__proto__" fact', () => file('{"__proto__":{"wifi":"none"}}'), /invalid field __proto__/],
    ['a summary from version 3', () => file(summary((s) => (s.version = 3))), /newer version/],
    [
      'a summary whose export is dated 31 April',
      () => file(summary((s) => (s.createdAt = '2026-04-31T10:00:00.000Z'))),
      /createdAt/,
    ],
    ['Wi-Fi in Italian', () => file('{"wifi":"stabile"}'), /invalid field wifi/],
  ])('%s: exit 2, one clear reason', (_label, path, reason) => {
    const { code, err } = run(path());
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(reason);
    expect(err.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('reads a French summary saved again as UTF-16', () => {
    const bytes = new Uint8Array(Buffer.from(`\ufeff${summary()}`, 'utf16le'));
    expect(run(file(bytes)).code).toBe(0);
  });
});
