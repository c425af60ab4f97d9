import type { Diagnosis, TextRef } from '../engine/types.ts';
import type { Facts } from '../engine/facts.ts';
import { text } from '../knowledge/text.ts';
import { withStatus } from '../report/known-status.ts';

/** The sentences an English summary of the engine's is made of. */
type Summarised = { summary: string } & Partial<
  Record<'text' | 'reason' | 'heldBackReason', TextRef>
>;

const textOf = (ref: TextRef) => text('en', ref.key, ref.params);

/**
 * The engine writes its English summaries with the general wording of Apple's status ("an issue
 * or outage"); the command line says the state the facts know, as the popup's texts and the
 * summary's do (withStatus), so the three never disagree about the same session.
 */
function said<T extends Summarised>(item: T, facts: Facts): T {
  let summary = item.summary;
  for (const ref of [item.text, item.reason, item.heldBackReason]) {
    if (ref) summary = summary.replace(textOf(ref), textOf(withStatus(ref, facts)));
  }
  return { ...item, summary };
}

export function withKnownStatus(diagnosis: Diagnosis, facts: Facts): Diagnosis {
  return {
    ...diagnosis,
    causes: diagnosis.causes.map((cause) => ({
      ...cause,
      evidence: cause.evidence.map((e) => said(e, facts)),
    })),
    plan: diagnosis.plan.map((item) => said(item, facts)),
    notices: diagnosis.notices.map((notice) => said(notice, facts)),
  };
}
