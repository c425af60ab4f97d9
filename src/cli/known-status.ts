import type { Diagnosis, TextRef } from '../engine/types.ts';
import type { Facts } from '../engine/facts.ts';
import { keys } from '../knowledge/keys.ts';
import { text } from '../knowledge/text.ts';
import { withStatus } from '../report/known-status.ts';
import { thirdPerson } from '../report/words.ts';

/**
 * Whoever runs the command line reads about someone else's backup (a support agent, a helper
 * with an exported summary), so its English sentences are the exported summary's: rendered from
 * the engine's text references in the third person, with Apple's status as the facts know it
 * (withStatus), rather than the engine's second-person drafts edited afterwards.
 */
const said = (ref: TextRef, facts: Facts) => thirdPerson('en', withStatus(ref, facts));

export function withKnownStatus(diagnosis: Diagnosis, facts: Facts): Diagnosis {
  return {
    ...diagnosis,
    causes: diagnosis.causes.map((cause) => ({
      ...cause,
      evidence: cause.evidence.map((e) => ({ ...e, summary: said(e.text, facts) })),
    })),
    plan: diagnosis.plan.map((item) => ({
      ...item,
      summary: `${text('en', keys.step(item.stepId).title)}: ${said(item.reason, facts)}`,
    })),
    notices: diagnosis.notices.map((notice) => ({ ...notice, summary: said(notice.text, facts) })),
  };
}
