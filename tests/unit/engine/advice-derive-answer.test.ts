import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchAlert } from '../../../src/engine/alerts.ts';
import { deriveValues, deriveWithAnswer, type Values } from '../../../src/engine/derive.ts';
import { hypotheticalAnswers } from '../../../src/engine/questions.ts';
import { knowledge } from '../../../src/knowledge/index.ts';
import { factsArb } from './arbitraries.ts';

/**
 * The question chooser derives only the part of the values an answer feeds (deriveWithAnswer);
 * that shortcut must give what deriving everything gives, for every question's every answer.
 */

const now = new Date('2026-06-01T12:00:00Z');
/** Values as the engine reads them: by name, an undefined one the same as one never set. */
const asRead = (values: Values) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));

describe('deriving one answer', () => {
  it('gives the values deriving everything gives', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const alert = facts.alertText?.trim() ? matchAlert(facts.alertText) : undefined;
        const values = deriveValues(facts, now, alert);
        for (const q of knowledge.questions) {
          for (const answer of hypotheticalAnswers(q, now)) {
            const { hypo, hypoValues } = deriveWithAnswer(
              facts,
              values,
              q.fact,
              answer,
              now,
              alert,
            );
            expect(hypo).toEqual({ ...facts, [q.fact]: answer });
            expect(asRead(hypoValues)).toEqual(asRead(deriveValues(hypo, now, alert)));
          }
        }
      }),
      { numRuns: 100, seed: 14 },
    );
  });

  it('leaves the values it starts from as they were', () => {
    const facts = { iosVersion: '15.8', lastSuccessfulBackup: '2026-01-01' };
    const values = deriveValues(facts, now);
    const before = structuredClone(values);
    for (const q of knowledge.questions)
      for (const answer of hypotheticalAnswers(q, now))
        deriveWithAnswer(facts, values, q.fact, answer, now);
    expect(values).toEqual(before);
  });
});
