import { describe, expect, it } from 'vitest';
import { knowledge } from '../../../src/knowledge';
import { durationWords } from '../../../src/ui/duration';
import { textsFor } from '../../../src/ui/locale-context';

const say = (min: number, max: number, locale: 'en' | 'de' = 'en') => {
  const { key, params } = durationWords(min, max);
  return textsFor(locale).t(key, params);
};

describe('step durations in words', () => {
  it.each([
    [2, 5, '2–5 minutes'],
    [1, 1, 'about a minute'],
    [20, 20, 'about 20 minutes'],
    [10, 60, '10–60 minutes'],
    [30, 1440, 'up to a day'],
    [5, 480, 'up to 8 hours'],
    [15, 240, 'up to 4 hours'],
    [120, 180, '2–3 hours'],
    [90, 90, '1–2 hours'],
    [120, 120, 'about 2 hours'],
    [1440, 1440, 'about a day'],
    [30, 2880, 'up to 2 days'],
    [1440, 20160, '1–14 days'],
  ])('%i–%i min reads "%s"', (min, max, words) => {
    expect(say(min, max)).toBe(words);
  });

  it('speaks German too', () => {
    expect(say(30, 1440, 'de')).toBe('bis zu einem Tag');
    expect(say(1440, 20160, 'de')).toBe('1–14 Tage');
  });

  it('never shows a step as more than 60 minutes, or with its range reversed', () => {
    for (const step of knowledge.steps) {
      const words = say(step.minutes.min, step.minutes.max);
      const minutes = /(\d+) minutes/.exec(words);
      if (minutes) expect(Number(minutes[1]), step.id).toBeLessThanOrEqual(60);
      for (const [, a, b] of words.matchAll(/(\d+)–(\d+)/g)) {
        expect(Number(a), step.id).toBeLessThan(Number(b));
      }
    }
  });
});
