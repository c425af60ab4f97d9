import { describe, expect, it } from 'vitest';
import { diagnose, type Facts } from '../../src/engine/diagnose.ts';
import { knowledge } from '../../src/knowledge/index.ts';
import { answerAsPopup, NOW, walkFlow } from './helpers.ts';
import { alertWordings } from '../../src/knowledge/start-slice.ts';

describe('question flow', () => {
  it('every path from an empty start ends in a plan with a fix and an escalation', () => {
    let leaves = 0;
    const states = walkFlow(
      {},
      ({ facts, diagnosis }) => {
        leaves++;
        const kinds = new Set(diagnosis.plan.map((p) => p.kind));
        if (!kinds.has('fix') && !kinds.has('wait'))
          throw new Error(`no fix for ${JSON.stringify(facts)}`);
        if (!kinds.has('escalation')) throw new Error(`no escalation for ${JSON.stringify(facts)}`);
      },
      (facts, d) => {
        const q = d.nextQuestion;
        if (!q) return;
        // Never ask what is already answered or marked "not sure".
        if (
          (facts as Record<string, unknown>)[q.fact] !== undefined ||
          facts.unsure?.includes(q.fact)
        )
          throw new Error(`asked ${q.id} again for ${JSON.stringify(facts)}`);
      },
    );
    expect(leaves).toBeGreaterThan(1000);
    expect(states).toBeGreaterThan(leaves);
  }, 120_000);

  it('every question is reachable from some realistic start', () => {
    const starts: Facts[] = [
      {},
      ...knowledge.alerts.map((a) => ({ alertText: alertWordings(a).en![0]! })),
      ...knowledge.symptoms.map((s) => ({ symptom: s.id }) as Facts),
      // Someone who already tried the first fixes from the plan.
      { stepsTried: { restart_device: 'no_change', back_up_now: 'no_change' } } as Facts,
    ];
    const reached = new Set<string>();
    for (const pick of ['unsure', 'first', 'second'] as const) {
      for (const start of starts) {
        let facts = start;
        for (let i = 0; i < knowledge.questions.length; i++) {
          const q = diagnose(facts, { now: NOW }).nextQuestion;
          if (!q) break;
          reached.add(q.id);
          const unsure = q.options.at(-1)!;
          const option =
            pick === 'unsure'
              ? unsure
              : pick === 'first'
                ? q.options[0]!
                : (q.options.at(-2) ?? unsure);
          facts = answerAsPopup(facts, q.fact, option.value);
        }
      }
    }
    expect(knowledge.questions.map((q) => q.id).filter((id) => !reached.has(id))).toEqual([]);
  });
});
