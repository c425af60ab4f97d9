import { diagnose, type Diagnosis, type Facts, type FactName } from '../../src/engine/diagnose.ts';
import { answer } from '../../src/flow/actions.ts';
import { newSession } from '../../src/storage/session.ts';

export const NOW = new Date('2026-06-01T12:00:00Z');

/** Records an answer with the popup's own function (value, or `null` for "not sure"). */
export function answerAsPopup(facts: Facts, fact: FactName, value: string | boolean | null): Facts {
  return answer({ ...newSession(NOW), facts }, fact, value, NOW).facts;
}

/** Facts as a state of the flow: answer order (sources, "not sure" list) does not matter. */
function stateKey({ sources: _sources, unsure, ...facts }: Facts): string {
  const entries = Object.entries({ ...facts, unsure: [...(unsure ?? [])].sort() });
  return JSON.stringify(entries.sort(([a], [b]) => a.localeCompare(b)));
}

/** The values a walker tries for a question: each option including "not sure" (null). */
export function answersFor(q: NonNullable<Diagnosis['nextQuestion']>): (string | boolean | null)[] {
  if (q.input === 'choice') return q.options.map((o) => o.value);
  if (q.input === 'version') return [null, '15.8', '16.2', '18.5', '26.1'];
  return [null, '2026-05-31', '2026-05-01', '2025-10-01'];
}

export interface Leaf {
  facts: Facts;
  diagnosis: Diagnosis;
}

/**
 * Walks every path of the question flow from `start`, answering each asked question with every
 * possible answer. States reached by different orders are visited once. Calls `onLeaf` where the
 * flow ends and `onStep` for every visited state.
 */
export function walkFlow(
  start: Facts,
  onLeaf: (leaf: Leaf) => void,
  onStep: (facts: Facts, d: Diagnosis) => void = () => {},
): number {
  const seen = new Set<string>();
  let states = 0;
  const visit = (facts: Facts) => {
    const key = stateKey(facts);
    if (seen.has(key)) return;
    seen.add(key);
    states++;
    const diagnosis = diagnose(facts, { now: NOW });
    onStep(facts, diagnosis);
    const q = diagnosis.nextQuestion;
    if (!q) return onLeaf({ facts, diagnosis });
    for (const value of answersFor(q)) visit(answerAsPopup(facts, q.fact, value));
  };
  visit(start);
  return states;
}
