import type { Diagnosis, TextRef } from '../engine/types.ts';
import type { Facts } from '../engine/facts.ts';
import type { Locale } from '../knowledge/index.ts';
import type { MaskCount } from './redact.ts';
import type { Reading, StepLogEntry, SummaryJson } from './schema.ts';
import type { ReportKey } from './words.ts';

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
  'support',
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

/** Everything a section needs, computed once per summary. */
export interface SummaryContext {
  input: SummaryInput;
  language: Locale;
  leaveOutFreeText: boolean;
  /** The facts as they leave the extension: free text redacted or left out. */
  facts: Facts;
  diagnosis: Diagnosis;
  readings: Reading[];
  masked: MaskCount[];
  /**
   * A text in the summary's language: its own (report.json), else a knowledge text or
   * reference, worded for a third person.
   */
  t: (key: ReportKey | TextRef | (string & {}), params?: Record<string, string | number>) => string;
  /** An ISO time as "YYYY-MM-DD HH:mm UTC±hh:mm" in the user's zone. */
  time: (iso: string) => string;
  /** Typed text with the mask tokens in the summary's language. */
  userText: (value: string) => string;
}
