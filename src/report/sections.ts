import { formatBytes } from '../engine/storage-math.ts';
import type { PlanItem } from '../engine/types.ts';
import { keys, type StorageCategory } from '../knowledge/index.ts';
import { factValueText, isReported, REPORTED_FACTS } from './fact-values.ts';
import { likelihoodOf, scoredReasonCause } from './likelihood.ts';
import { maskedSentence } from './words.ts';
import type { Block, Row, SummaryContext } from './summary-types.ts';
import type { ReportKey } from './words.ts';

/** Causes beyond the top three are listed only when something speaks for them. */
const TOP_CAUSES = 3;

const paragraph = (text: string): Block => ({ kind: 'paragraph', text });

export function aboutSection({ say, time, input }: SummaryContext): Block[] {
  return [
    {
      kind: 'rows',
      rows: [
        { label: say('created'), value: time(input.createdAt.toISOString()) },
        { label: say('extensionVersion'), value: input.extensionVersion },
        { label: say('uiLanguage'), value: say(`language.${input.uiLanguage}`) },
      ],
    },
    paragraph(say('intro')),
  ];
}

export function problemSection(ctx: SummaryContext): Block[] {
  const { say, k, facts, input, diagnosis } = ctx;
  const blocks: Block[] = [];
  const alertId = diagnosis.alert?.id;
  const alert = alertId ? k(keys.alert(alertId).title) : undefined;
  if (ctx.leaveOutFreeText && input.facts.alertText !== undefined) {
    blocks.push(paragraph(alert ? say('alertLeftOut', { alert }) : say('alertLeftOutUnknown')));
  } else if (facts.alertText !== undefined) {
    blocks.push({ kind: 'quote', text: ctx.userText(facts.alertText) });
    blocks.push(paragraph(alert ? say('alertRecognized', { alert }) : say('alertUnrecognized')));
  }
  if (facts.symptom) {
    blocks.push(paragraph(say('symptom', { symptom: k(keys.symptom(facts.symptom).title) })));
  }
  return blocks.length > 0 ? blocks : [paragraph(say('noProblem'))];
}

export function factsSection(ctx: SummaryContext): Block[] {
  const { say, k, facts, language } = ctx;
  const rows: Row[] = REPORTED_FACTS.filter((name) => facts[name] !== undefined).map((name) => {
    const source = facts.sources?.[name];
    return {
      label: say(`fact.${name}`),
      value: factValueText(name, facts[name], language, ctx.time),
      ...(source && {
        note: say('source', {
          source: say(`from.${source.source}` as ReportKey),
          time: ctx.time(source.at),
        }),
      }),
    };
  });
  const categories = Object.entries(facts.storageByCategory ?? {}) as [StorageCategory, number][];
  if (categories.length > 0) {
    rows.push({
      label: say('byCategory'),
      value: categories
        .map(([id, bytes]) => `${k(keys.storageCategory(id))}: ${formatBytes(bytes, language)}`)
        .join(', '),
    });
  }
  return rows.length > 0 ? [{ kind: 'rows', rows }] : [paragraph(say('noFacts'))];
}

export function readingsSection({ say, time, readings }: SummaryContext): Block[] {
  if (readings.length === 0) return [paragraph(say('noReadings'))];
  const items = readings.map((r) => ({
    text: say('reading', {
      site: say(`site.${r.site}` as ReportKey),
      state: say(`reading.${r.state}`),
      time: time(r.at),
    }),
    details: [r.url, ...(r.since ? [say('readingSince', { since: time(r.since) })] : [])],
  }));
  return [{ kind: 'list', ordered: false, items }];
}

export function causesSection({ say, k, diagnosis }: SummaryContext): Block[] {
  const shown = diagnosis.causes.filter(
    (c, i) => i < TOP_CAUSES || c.evidence.some((e) => e.direction === 'for'),
  );
  const items = shown.map((cause) => ({
    text: say('cause', {
      cause: k(keys.cause(cause.id).title),
      likelihood: say(`likelihood.${likelihoodOf(cause.score)}`),
    }),
    details:
      cause.evidence.length > 0
        ? cause.evidence.map((e) => `${say(`evidence.${e.direction}`)} ${k(e.text)}`)
        : [say('evidence.none')],
  }));
  return [{ kind: 'list', ordered: true, items }];
}

export function stepsSection({ say, k, time, input, facts }: SummaryContext): Block[] {
  const logged = new Set(input.stepLog.map((e) => e.stepId));
  const items = [
    ...input.stepLog.map((e) => ({
      text: say('stepAt', {
        step: k(keys.step(e.stepId).title),
        outcome: say(`outcome.${e.outcome}`),
        time: time(e.at),
      }),
      details: [],
    })),
    // Outcomes without a logged time (e.g. from a facts file) are still worth saying.
    ...Object.entries(facts.stepsTried ?? {})
      .filter(([stepId]) => !logged.has(stepId))
      .map(([stepId, outcome]) => ({
        text: say('step', { step: k(keys.step(stepId).title), outcome: say(`outcome.${outcome}`) }),
        details: [],
      })),
  ];
  return items.length > 0 ? [{ kind: 'list', ordered: true, items }] : [paragraph(say('noSteps'))];
}

/** Why a step is suggested, without the score the engine's sentence may carry. */
function stepReason({ say, k }: SummaryContext, item: PlanItem): string {
  const cause = scoredReasonCause(item.reason);
  return cause === undefined ? k(item.reason) : say('stepBecause', { cause: k(cause) });
}

export function recommendationSection(ctx: SummaryContext): Block[] {
  const { say, k, diagnosis } = ctx;
  const [next] = diagnosis.plan.filter((item) => !item.heldBack);
  const heldBack = diagnosis.plan.filter((item) => item.heldBack);
  const question = diagnosis.nextQuestion;
  const unknown =
    question && (isReported(question.fact) || question.fact === 'symptom')
      ? say(`fact.${question.fact}`)
      : question && k(question.text);
  return [
    ...(next
      ? [
          paragraph(say('nextStep', { step: k(keys.step(next.stepId).title) })),
          paragraph(stepReason(ctx, next)),
        ]
      : [paragraph(say('noRecommendation'))]),
    ...diagnosis.notices.map((n) => paragraph(k(n.text))),
    ...(heldBack.length > 0
      ? [
          paragraph(
            say('heldBack', {
              steps: heldBack.map((i) => k(keys.step(i.stepId).title)).join(', '),
            }),
          ),
        ]
      : []),
    ...(unknown ? [paragraph(say('stillUnknown', { fact: unknown }))] : []),
  ];
}

export function notesSection(ctx: SummaryContext): Block[] {
  if (ctx.facts.notes) return [{ kind: 'quote', text: ctx.userText(ctx.facts.notes) }];
  if (ctx.leaveOutFreeText && ctx.input.facts.notes?.trim())
    return [paragraph(ctx.say('notesLeftOut'))];
  return [];
}

export function privacySection(ctx: SummaryContext): Block[] {
  return [
    paragraph(maskedSentence(ctx.masked, ctx.language, ctx.words)),
    ...(ctx.leaveOutFreeText ? [paragraph(ctx.say('leftOut'))] : []),
  ];
}
