import { alertNames } from './alert-names.ts';
import { formatBytes } from '../engine/storage-math.ts';
import type { PlanItem } from '../engine/types.ts';
import { asAnswered } from '../engine/explain.ts';
import { keys, outcomeKey, type StorageCategory } from '../knowledge/index.ts';
import {
  summaryFactText,
  isKnownValue,
  isReported,
  REPORTED_FACTS,
  sourceNote,
} from './fact-values.ts';
import { likelihoodOf, stepPurpose, type StepPurpose } from './likelihood.ts';
import { maskedSentence, type ReportKey } from './words.ts';
import type { Block, Row, SummaryContext } from './summary-types.ts';
import { siteTextKey } from '../pages/site-texts.ts';

/** Causes beyond the top three are listed only when something speaks for them. */
const TOP_CAUSES = 3;

const paragraph = (text: string): Block => ({ kind: 'paragraph', text });

export function aboutSection({ t, time, input }: SummaryContext): Block[] {
  return [
    {
      kind: 'rows',
      rows: [
        { label: t('created'), value: time(input.createdAt.toISOString()) },
        { label: t('extensionVersion'), value: input.extensionVersion },
        { label: t('uiLanguage'), value: t(`language.${input.uiLanguage}`) },
      ],
    },
    paragraph(t('intro')),
  ];
}

export function problemSection(ctx: SummaryContext): Block[] {
  const { t, facts, input } = ctx;
  const blocks: Block[] = [];
  const names = alertNames(ctx);
  const also = (names?.also ?? []).map((alert) => paragraph(t('alertAlsoRecognized', { alert })));
  if (facts.alertPicked && names) {
    // The list's wording is not what the device showed: named, never quoted as the user's.
    blocks.push(paragraph(t('alertPicked', { alert: names.alert })), ...also);
  } else if (ctx.leaveOutFreeText && input.facts.alertText !== undefined) {
    blocks.push(
      paragraph(names ? t('alertLeftOut', { alert: names.alert }) : t('alertLeftOutUnknown')),
      ...also,
    );
  } else if (facts.alertText !== undefined) {
    blocks.push({ kind: 'quote', text: ctx.userText(facts.alertText) });
    blocks.push(
      paragraph(names ? t('alertRecognized', { alert: names.alert }) : t('alertUnrecognized')),
      ...also,
    );
  }
  if (facts.symptom) {
    blocks.push(paragraph(t('symptom', { symptom: t(keys.symptom(facts.symptom).title) })));
  }
  return blocks.length > 0 ? blocks : [paragraph(t('noProblem'))];
}

export function factsSection(ctx: SummaryContext): Block[] {
  const { t, facts, language } = ctx;
  const rows: Row[] = REPORTED_FACTS.filter((name) => isKnownValue(name, facts[name])).map(
    (name) => ({
      label: t(`fact.${name}`),
      value: summaryFactText(ctx, name),
      ...sourceNote(ctx, name),
    }),
  );
  const categories = Object.entries(facts.storageByCategory ?? {}) as [StorageCategory, number][];
  if (categories.length > 0) {
    rows.push({
      label: t('byCategory'),
      value: categories
        .map(
          ([id, bytes]) =>
            `${t(keys.storageCategory(id))}${t('rowColon')}${formatBytes(bytes, language)}`,
        )
        .join(t('listSeparator')),
    });
  }
  return rows.length > 0 ? [{ kind: 'rows', rows }] : [paragraph(t('noFacts'))];
}

export function readingsSection({ t, time, readings }: SummaryContext): Block[] {
  if (readings.length === 0) return [paragraph(t('noReadings'))];
  const items = readings.map((r) => ({
    text: t('reading', {
      site: t(siteTextKey.name(r.site)),
      state: t(`reading.${r.state}`),
      time: time(r.at),
    }),
    details: [r.url, ...(r.since ? [t('readingSince', { since: time(r.since) })] : [])],
  }));
  return [{ kind: 'list', ordered: false, items }];
}

export function causesSection({ t, diagnosis }: SummaryContext): Block[] {
  const shown = diagnosis.causes.filter(
    (c, i) => i < TOP_CAUSES || c.evidence.some((e) => e.direction === 'for'),
  );
  const items = shown.map((cause) => ({
    text: t('cause', {
      cause: t(keys.cause(cause.id).title),
      likelihood: t(`likelihood.${likelihoodOf(cause.score)}`),
    }),
    details:
      cause.evidence.length > 0
        ? cause.evidence.map((e) => `${t(`evidence.${e.direction}`)}${t('rowColon')}${t(e.text)}`)
        : [t('evidence.none')],
  }));
  return [{ kind: 'list', ordered: true, items }];
}

export function stepsSection({ t, time, input, facts }: SummaryContext): Block[] {
  const logged = new Set(input.stepLog.map((e) => e.stepId));
  const items = [
    ...input.stepLog.map((e) => ({
      text: t('stepAt', {
        step: t(keys.step(e.stepId).title),
        outcome: t(outcomeKey(e.stepId, e.outcome)),
        time: time(e.at),
      }),
      details: [],
    })),
    // Outcomes without a logged time (e.g. from a facts file) are still worth saying.
    ...Object.entries(facts.stepsTried ?? {})
      .filter(([stepId]) => !logged.has(stepId))
      .map(([stepId, outcome]) => ({
        text: t('step', {
          step: t(keys.step(stepId).title),
          outcome: t(outcomeKey(stepId, outcome)),
        }),
        details: [],
      })),
  ];
  return items.length > 0 ? [{ kind: 'list', ordered: true, items }] : [paragraph(t('noSteps'))];
}

const STEP_PURPOSE_KEY = {
  because: 'stepBecause',
  forCause: 'stepForCause',
  keepData: 'stepKeepData',
} as const satisfies Record<StepPurpose['key'], ReportKey>;

/** Why a step is suggested, without the score the engine's sentence may carry. */
function stepReason({ t }: SummaryContext, item: PlanItem): string {
  const purpose = stepPurpose(item.reason);
  if (purpose === undefined) return t(item.reason);
  const key = STEP_PURPOSE_KEY[purpose.key];
  return t(key, purpose.cause === undefined ? {} : { cause: t(purpose.cause) });
}

export function recommendationSection(ctx: SummaryContext): Block[] {
  const { t, diagnosis } = ctx;
  const [next] = diagnosis.plan.filter((item) => !item.heldBack);
  const heldBack = diagnosis.plan.filter((item) => item.heldBack);
  const question = diagnosis.nextQuestion;
  const unknown =
    question && (isReported(question.fact) || question.fact === 'symptom')
      ? t(`fact.${question.fact}`)
      : question && t(question.text);
  return [
    ...(next
      ? [
          paragraph(t('nextStep', { step: t(keys.step(next.stepId).title) })),
          paragraph(stepReason(ctx, next)),
        ]
      : [paragraph(t('noRecommendation'))]),
    ...diagnosis.notices.map((n) => paragraph(t(n.text))),
    ...(heldBack.length > 0
      ? [
          paragraph(
            // Apple's status the user gave is their answer, not Apple's report.
            t(asAnswered(ctx.input.facts, 'heldBack'), {
              steps: heldBack.map((i) => t(keys.step(i.stepId).title)).join(t('listSeparator')),
            }),
          ),
        ]
      : []),
    ...(unknown ? [paragraph(t('stillUnknown', { fact: unknown }))] : []),
  ];
}

export function notesSection(ctx: SummaryContext): Block[] {
  if (ctx.facts.notes) return [{ kind: 'quote', text: ctx.userText(ctx.facts.notes) }];
  if (ctx.leaveOutFreeText && ctx.input.facts.notes?.trim())
    return [paragraph(ctx.t('notesLeftOut'))];
  return [];
}

export function privacySection(ctx: SummaryContext): Block[] {
  return [
    paragraph(maskedSentence(ctx.masked, ctx.language)),
    ...(ctx.leaveOutFreeText ? [paragraph(ctx.t('leftOut'))] : []),
  ];
}
