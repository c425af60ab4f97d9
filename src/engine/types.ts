import type { CauseId, StepKind, StorageCategory } from '../knowledge/ids.ts';
import type { FactName } from './facts.ts';

/**
 * The diagnosis the engine returns. Plain JSON (no classes, no Dates) so it can be stored,
 * messaged between extension contexts and printed by the CLI. Every user-visible part carries a
 * knowledge text key plus params for localisation, and a short English `summary` for the CLI.
 */

export type Params = Record<string, string | number>;

/** A localisable sentence: look it up with `text(locale, key, params)` from src/knowledge. */
export interface TextRef {
  key: string;
  params?: Params;
}

import type { Disruption } from '../knowledge/ids.ts';
export type { Disruption };
export type { StepKind };

export interface Evidence {
  /** Rule, alert or symptom that produced this evidence (a knowledge id). */
  id: string;
  /** Where it came from: a fact, the matched alert text, or the reported symptom. */
  origin: 'fact' | 'alert' | 'symptom' | 'step';
  /** Fact names the evidence rests on (derived values are traced back to their facts). */
  facts: string[];
  /** Alert id when `origin` is 'alert'. */
  messageId?: string;
  direction: 'for' | 'against';
  /** Log-odds points added (for) or removed (against); always positive here. */
  weight: number;
  text: TextRef;
  /** Source ids (content/knowledge/sources.json) backing the rule. */
  sources: string[];
  summary: string;
}

export interface RankedCause {
  id: CauseId;
  /** 0..1, rounded to 3 decimals. Comparable across causes, not a calibrated probability. */
  score: number;
  evidence: Evidence[];
  /** Why this cause sits where it does, localisable. */
  why: TextRef;
}

export interface QuestionOption {
  /** The value stored in the fact; `null` for "not sure". */
  value: string | boolean | null;
  text: TextRef;
}

export interface NextQuestion {
  id: string;
  fact: FactName;
  /** `model` is free text checked against the device table (`devices.resolve`). */
  input: 'choice' | 'version' | 'date' | 'model';
  text: TextRef;
  /** "How to find this on your device", per iOS version (see pathFor). */
  help?: TextRef;
  options: QuestionOption[];
  /** Why this question was picked (which causes it separates). */
  why: TextRef;
  separates: CauseId[];
}

export interface PlanItem {
  stepId: string;
  kind: StepKind;
  causes: CauseId[];
  disruption: Disruption;
  minutes: { min: number; max: number };
  /** Shown before the user acts: what is lost or must be re-entered. */
  consequences: TextRef[];
  /** Settings path for the user's iOS version, when the step has one. */
  path?: TextRef;
  /**
   * While the iOS version is unknown, the path on the iOS before `before` when it differs (the
   * newest is `path`): a user on an older iOS still finds the setting.
   */
  olderPath?: { before: string; path: TextRef };
  reason: TextRef;
  /**
   * True while Apple reports an iCloud Backup problem: the step is disruptive and unlikely to help
   * until Apple fixes it. Held-back steps stay in the plan (last) so the UI can show them greyed.
   */
  heldBack?: boolean;
  heldBackReason?: TextRef;
  summary: string;
}

export interface AlertResult {
  recognized: boolean;
  id?: string;
  /** 0..1 similarity of the best match. */
  confidence?: number;
  language?: string;
  /** Other alerts recognised in the same text, pasted together with this one. */
  also?: string[];
}

export interface CategoryEffect {
  category: StorageCategory;
  bytes: number;
  /** Free space after freeing this whole category. */
  freeAfterBytes: number;
  backupFitsAfter: boolean | null;
}

export interface StorageResult {
  usedBytes?: number;
  totalBytes?: number;
  freeBytes?: number;
  backupBytes?: number;
  /** Null when the backup size or free space is unknown. */
  backupFits: boolean | null;
  /** How much must be freed (or bought) for the next backup to fit; 0 when it fits. */
  shortfallBytes?: number;
  /** Smallest plan that holds current use plus the next backup; null if none does. */
  smallestFittingPlan?: { id: string; bytes: number } | null;
  categories: CategoryEffect[];
  unitNote: TextRef;
}

export interface Notice {
  id: string;
  text: TextRef;
  summary: string;
}

export interface Diagnosis {
  causes: RankedCause[];
  nextQuestion: NextQuestion | null;
  plan: PlanItem[];
  alert?: AlertResult;
  storage?: StorageResult;
  notices: Notice[];
}
