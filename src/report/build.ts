import { diagnose } from '../engine/diagnose.ts';
import { text } from '../knowledge/index.ts';
import { exportFacts, plainUrl } from './export-facts.ts';
import { formatDay, formatTime } from './format.ts';
import { likelihoodOf } from './likelihood.ts';
import { SUMMARY_FORMAT, SUMMARY_VERSION, type SummaryJson } from './schema.ts';
import {
  aboutSection,
  causesSection,
  factsSection,
  notesSection,
  privacySection,
  problemSection,
  readingsSection,
  recommendationSection,
  stepsSection,
} from './sections.ts';
import { supportSection } from './support.ts';
import {
  SECTION_IDS,
  type Block,
  type SectionId,
  type Summary,
  type SummaryContext,
  type SummaryInput,
  type SummaryOptions,
} from './summary-types.ts';
import { fillQuoted } from './quotes.ts';
import { localizeMasks, reportTemplate, thirdPerson } from './words.ts';
import { statusParams, withStatus } from './known-status.ts';

export {
  SECTION_IDS,
  type Block,
  type ListItem,
  type Row,
  type Section,
  type SectionId,
  type Summary,
  type SummaryInput,
  type SummaryOptions,
} from './summary-types.ts';

/** One function per section, in reading order. */
const SECTIONS: Record<SectionId, (ctx: SummaryContext) => Block[]> = {
  about: aboutSection,
  support: supportSection,
  problem: problemSection,
  facts: factsSection,
  readings: readingsSection,
  causes: causesSection,
  steps: stepsSection,
  recommendation: recommendationSection,
  notes: notesSection,
  privacy: privacySection,
};

function contextOf(input: SummaryInput, options: SummaryOptions): SummaryContext {
  const { language, leaveOutFreeText } = options;
  const exported = exportFacts(input.facts, leaveOutFreeText);
  return {
    input,
    language,
    leaveOutFreeText,
    facts: exported.facts,
    masked: exported.masked,
    // Computed from the exported facts, not taken from the popup, so anyone can reproduce it.
    diagnosis: diagnose(exported.facts, { now: input.createdAt }),
    readings: input.readings.map(({ url, ...reading }) => ({
      ...reading,
      url: plainUrl(url) ?? url,
    })),
    // The summary's own words first, then knowledge texts, worded for a third person; a sentence
    // about Apple's status says the state the facts know.
    t: (key, params) => {
      if (typeof key !== 'string') return thirdPerson(language, withStatus(key, exported.facts));
      const given = { ...statusParams(exported.facts), ...params };
      const own = reportTemplate(language, key, given);
      return own === undefined ? text(language, key, given) : fillQuoted(own, given, language);
    },
    time: (iso) => formatTime(iso, input.timeZone),
    userText: (value) => localizeMasks(value, language),
  };
}

/** The machine-readable form: the facts as exported and the engine's diagnosis of them. */
function summaryData(ctx: SummaryContext): SummaryJson {
  const { input, language, diagnosis } = ctx;
  return {
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    createdAt: input.createdAt.toISOString(),
    extension: { version: input.extensionVersion },
    language,
    uiLanguage: input.uiLanguage,
    freeTextLeftOut: ctx.leaveOutFreeText,
    facts: ctx.facts,
    stepLog: input.stepLog,
    readings: ctx.readings,
    diagnosis: {
      causes: diagnosis.causes.map((c) => ({
        id: c.id,
        score: c.score,
        likelihood: likelihoodOf(c.score),
        evidence: c.evidence.map((e) => ({
          id: e.id,
          direction: e.direction,
          summary: ctx.t(e.text),
        })),
      })),
      plan: diagnosis.plan.map((item) => ({
        stepId: item.stepId,
        kind: item.kind,
        disruption: item.disruption,
        ...(item.heldBack && { heldBack: true }),
      })),
      ...(diagnosis.nextQuestion && {
        nextQuestion: { id: diagnosis.nextQuestion.id, fact: diagnosis.nextQuestion.fact },
      }),
    },
    masked: ctx.masked,
  };
}

export function buildSummary(input: SummaryInput, options: SummaryOptions): Summary {
  const ctx = contextOf(input, options);
  const sections = SECTION_IDS.map((id) => ({
    id,
    heading: ctx.t(`section.${id}`),
    blocks: SECTIONS[id](ctx),
  })).filter((section) => section.blocks.length > 0);
  return {
    language: ctx.language,
    title: ctx.t('title'),
    day: formatDay(input.createdAt, input.timeZone),
    sections,
    masked: ctx.masked,
    data: summaryData(ctx),
  };
}
