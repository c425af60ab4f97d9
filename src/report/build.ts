import { diagnose } from '../engine/diagnose.ts';
import { formatBytes } from '../engine/storage-math.ts';
import type { Facts } from '../engine/facts.ts';
import type { Diagnosis, TextRef } from '../engine/types.ts';
import { keys, text, type Locale, type StorageCategory } from '../knowledge/index.ts';
import { exportFacts, plainUrl } from './export-facts.ts';
import { factValueText, isReported, REPORTED_FACTS, type ReportedFact } from './fact-values.ts';
import { formatDay, formatTime } from './format.ts';
import type { MaskCount } from './redact.ts';
import {
  SUMMARY_FORMAT,
  SUMMARY_VERSION,
  type Reading,
  type StepLogEntry,
  type SummaryJson,
} from './schema.ts';
import { localizeMasks, maskedSentence, type UiKey, type Words } from './words.ts';

/** What the summary is made from: plain data, so the popup, the print page and tests agree. */
export interface SummaryInput {
  facts: Facts;
  stepLog: StepLogEntry[];
  readings: Reading[];
  extensionVersion: string;
  uiLanguage: Locale;
  createdAt: Date;
  /** IANA zone the times are written in (the user's; tests fix one). */
  timeZone: string;
}

export interface SummaryOptions {
  language: Locale;
  leaveOutFreeText: boolean;
  words: Words;
}

export interface Row {
  label: string;
  value: string;
  note?: string;
}
export interface ListItem {
  text: string;
  details: string[];
}
export type Block =
  | { kind: 'rows'; rows: Row[] }
  | { kind: 'list'; ordered: boolean; items: ListItem[] }
  | { kind: 'quote'; text: string }
  | { kind: 'paragraph'; text: string };

export const SECTION_IDS = [
  'about',
  'problem',
  'facts',
  'readings',
  'causes',
  'steps',
  'recommendation',
  'notes',
  'privacy',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface Section {
  id: SectionId;
  heading: string;
  blocks: Block[];
}

/** One summary in one language: sections for people, `data` for machines (render-json). */
export interface Summary {
  language: Locale;
  title: string;
  /** Local date of creation, for file names. */
  day: string;
  sections: Section[];
  masked: MaskCount[];
  data: SummaryJson;
}

/** Causes beyond the top three are listed only when something speaks for them. */
const TOP_CAUSES = 3;

export function buildSummary(input: SummaryInput, options: SummaryOptions): Summary {
  const { language, leaveOutFreeText, words } = options;
  const say = (key: UiKey, params?: Record<string, string | number>) =>
    words(language, key, params);
  const k = (ref: TextRef | string) =>
    typeof ref === 'string' ? text(language, ref) : text(language, ref.key, ref.params);
  const time = (iso: string) => formatTime(iso, input.timeZone);
  const exported = exportFacts(input.facts, leaveOutFreeText);
  const facts = exported.facts;
  const createdAt = input.createdAt.toISOString();
  // Computed from the exported facts, not taken from the popup, so anyone can reproduce it.
  const diagnosis = diagnose(facts, { now: input.createdAt });
  const readings = input.readings.map(({ url, ...reading }) => ({
    ...reading,
    url: plainUrl(url) ?? url,
  }));
  const userText = (value: string) => localizeMasks(value, language, words);

  const factValue = (name: ReportedFact, value: unknown) =>
    factValueText(name, value, language, time);

  const about: Block[] = [
    {
      kind: 'rows',
      rows: [
        { label: say('report.created'), value: time(createdAt) },
        { label: say('report.extensionVersion'), value: input.extensionVersion },
        { label: say('report.uiLanguage'), value: say(`report.language.${input.uiLanguage}`) },
      ],
    },
    { kind: 'paragraph', text: say('report.intro') },
  ];

  function problem(): Block[] {
    const blocks: Block[] = [];
    const alert = diagnosis.alert;
    const alertTitle = alert?.id ? k(keys.alert(alert.id).title) : undefined;
    if (leaveOutFreeText && input.facts.alertText !== undefined) {
      blocks.push({
        kind: 'paragraph',
        text: alertTitle
          ? say('report.alertLeftOut', { alert: alertTitle })
          : say('report.alertLeftOutUnknown'),
      });
    } else if (facts.alertText !== undefined) {
      blocks.push({ kind: 'quote', text: userText(facts.alertText) });
      blocks.push({
        kind: 'paragraph',
        text: alertTitle
          ? say('report.alertRecognized', { alert: alertTitle })
          : say('report.alertUnrecognized'),
      });
    }
    if (facts.symptom) {
      const symptom = k(keys.symptom(facts.symptom).title);
      blocks.push({ kind: 'paragraph', text: say('report.symptom', { symptom }) });
    }
    return blocks.length > 0 ? blocks : [{ kind: 'paragraph', text: say('report.noProblem') }];
  }

  function factRows(): Block[] {
    const rows: Row[] = REPORTED_FACTS.filter((name) => facts[name] !== undefined).map((name) => {
      const source = facts.sources?.[name];
      return {
        label: say(`fact.${name}`),
        value: factValue(name, facts[name]),
        ...(source && {
          note: say('report.source', {
            source: say(`report.from.${source.source}`),
            time: time(source.at),
          }),
        }),
      };
    });
    const categories = Object.entries(facts.storageByCategory ?? {}) as [StorageCategory, number][];
    if (categories.length > 0) {
      rows.push({
        label: say('report.byCategory'),
        value: categories
          .map(([id, bytes]) => `${k(keys.storageCategory(id))}: ${formatBytes(bytes, language)}`)
          .join(', '),
      });
    }
    if (facts.unsure?.length) {
      rows.push({
        label: say('report.unsure'),
        value: facts.unsure
          .map((name) => (isReported(name) ? say(`fact.${name}`) : name))
          .join(', '),
      });
    }
    return rows.length > 0
      ? [{ kind: 'rows', rows }]
      : [{ kind: 'paragraph', text: say('report.noFacts') }];
  }

  function readingItems(): Block[] {
    if (readings.length === 0) return [{ kind: 'paragraph', text: say('report.noReadings') }];
    const items = readings.map((r) => ({
      text: say('report.reading', {
        site: say(r.site === 'status' ? 'source.apple-status' : 'source.icloud'),
        state: say(`report.reading.${r.state}`),
        time: time(r.at),
      }),
      details: [r.url, ...(r.since ? [say('report.readingSince', { since: time(r.since) })] : [])],
    }));
    return [{ kind: 'list', ordered: false, items }];
  }

  function causeItems(d: Diagnosis): Block[] {
    const shown = d.causes.filter(
      (c, i) => i < TOP_CAUSES || c.evidence.some((e) => e.direction === 'for'),
    );
    const items = shown.map((cause) => ({
      text: say('report.cause', {
        cause: k(keys.cause(cause.id).title),
        score: Math.round(cause.score * 100),
      }),
      details: cause.evidence.map((e) => `${say(`results.${e.direction}`)} ${k(e.text)}`),
    }));
    return [{ kind: 'list', ordered: true, items }];
  }

  function stepItems(): Block[] {
    const logged = new Set(input.stepLog.map((e) => e.stepId));
    const items = [
      ...input.stepLog.map((e) => ({
        text: say('report.stepAt', {
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
          text: say('report.step', {
            step: k(keys.step(stepId).title),
            outcome: say(`outcome.${outcome}`),
          }),
          details: [],
        })),
    ];
    return items.length > 0
      ? [{ kind: 'list', ordered: true, items }]
      : [{ kind: 'paragraph', text: say('report.noSteps') }];
  }

  function recommendation(d: Diagnosis): Block[] {
    const paragraph = (t: string): Block => ({ kind: 'paragraph', text: t });
    const [next] = d.plan.filter((item) => !item.heldBack);
    const heldBack = d.plan.filter((item) => item.heldBack);
    return [
      ...(next
        ? [
            paragraph(say('report.nextStep', { step: k(keys.step(next.stepId).title) })),
            paragraph(k(next.reason)),
          ]
        : [paragraph(say('report.noRecommendation'))]),
      ...d.notices.map((n) => paragraph(k(n.text))),
      ...(heldBack.length > 0
        ? [
            paragraph(
              say('report.heldBack', {
                steps: heldBack.map((item) => k(keys.step(item.stepId).title)).join(', '),
              }),
            ),
          ]
        : []),
      ...(d.nextQuestion
        ? [paragraph(say('report.nextQuestion', { question: k(d.nextQuestion.text) }))]
        : []),
    ];
  }

  function notes(): Block[] {
    if (facts.notes) return [{ kind: 'quote', text: userText(facts.notes) }];
    if (leaveOutFreeText && input.facts.notes?.trim()) {
      return [{ kind: 'paragraph', text: say('report.notesLeftOut') }];
    }
    return [];
  }

  const privacy: Block[] = [
    { kind: 'paragraph', text: maskedSentence(exported.masked, language, words) },
    ...(leaveOutFreeText ? [{ kind: 'paragraph' as const, text: say('report.leftOut') }] : []),
  ];

  const blocks: Record<SectionId, Block[]> = {
    about,
    problem: problem(),
    facts: factRows(),
    readings: readingItems(),
    causes: causeItems(diagnosis),
    steps: stepItems(),
    recommendation: recommendation(diagnosis),
    notes: notes(),
    privacy,
  };

  return {
    language,
    title: say('report.title'),
    day: formatDay(input.createdAt, input.timeZone),
    sections: SECTION_IDS.filter((id) => blocks[id].length > 0).map((id) => ({
      id,
      heading: say(`report.section.${id}`),
      blocks: blocks[id],
    })),
    masked: exported.masked,
    data: {
      format: SUMMARY_FORMAT,
      version: SUMMARY_VERSION,
      createdAt,
      extension: { version: input.extensionVersion },
      language,
      uiLanguage: input.uiLanguage,
      freeTextLeftOut: leaveOutFreeText,
      facts,
      stepLog: input.stepLog,
      readings,
      diagnosis: {
        causes: diagnosis.causes.map((c) => ({
          id: c.id,
          score: c.score,
          evidence: c.evidence.map((e) => ({
            id: e.id,
            direction: e.direction,
            summary: k(e.text),
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
      masked: exported.masked,
    },
  };
}
