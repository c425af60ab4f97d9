import { describe, expect, it } from 'vitest';
import { redact } from '../../../src/report';

/**
 * 100 KB inputs built to make a backtracking pattern take quadratic or exponential time: long
 * runs of what a detector starts on but never finishes. Redaction must return on each; the
 * times are printed, not asserted (the machine running the tests may be busy).
 */
const SIZE = 100_000;
const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const INPUTS: Record<string, string> = {
  'one letter': repeat('a'),
  'one digit': repeat('1'),
  'spaced digits': repeat('1 '),
  'dotted digits': repeat('1.'),
  'letters and dots': repeat('a.'),
  'hyphenated words': repeat('Jean-'),
  'at signs': repeat('a@b.'),
  'upper-case groups': repeat('AB12 '),
  apostrophes: repeat("a'"),
  'name phrase': repeat('my name is '),
  'sign-offs': repeat('Thanks,\n'),
  'street starts': repeat('12 rue '),
  'street suffixes': repeat('Hauptstraße '),
  'device owners': repeat("Anna's iPhone "),
  'device "de"': repeat('iPhone de '),
  'user labels': repeat('user: '),
  'serial labels': repeat('serial '),
  'postcode lines': repeat('10115 Berlin\n'),
  'Chinese intro': repeat('我叫'),
  'Japanese possessive': repeat('アンナの'),
  'existing masks': repeat('[name removed]'),
  particles: repeat('de '),
  'Slavic possessives': repeat('Ivanovog iPhonea '),
  'address words without a colon': repeat('adresa Ilica '),
  'Hebrew streets': repeat('ברחוב הרצל '),
  'Hebrew owners': repeat('iPhone של '),
  'Arabic owners': repeat('آيفون '),
  'Thai runs': repeat('ของคุณ'),
  'Hindi possessives': repeat('नेहा का '),
  mixed: repeat("Ab1.-@ '’的の"),
};

describe('redaction on 100 KB adversarial inputs', () => {
  const times: Record<string, string> = {};

  it.each(Object.entries(INPUTS))(
    'returns on %s',
    (_name, text) => {
      const started = performance.now();
      const result = redact(text);
      times[_name] = `${Math.round(performance.now() - started)} ms`;
      expect(typeof result.text).toBe('string');
      expect(result.text.length).toBeGreaterThan(0);
    },
    120_000,
  );

  it('reports the time each took', () => {
    console.log('Redaction time per 100 KB adversarial input');
    console.table(times);
    expect(Object.keys(times)).toHaveLength(Object.keys(INPUTS).length);
  });
});
