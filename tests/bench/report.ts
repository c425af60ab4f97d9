import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { BUDGETS, type BudgetName } from './config';

export type Unit = 'ms' | 'B' | 'count';

/** One measure: the floor measured in the same run, the subject, and the budget it is held to. */
export interface Measure {
  area: string;
  name: string;
  budget: BudgetName;
  unit: Unit;
  floor: number;
  now: number;
  /** The compared figure: median of per-pair ratios or differences, or `now` itself. */
  value: number;
  /** Anything that makes the figure invalid (e.g. the hint never showed) fails the measure. */
  invalid?: string;
  note?: string;
}

export const passes = (m: Measure) => !m.invalid && m.value <= BUDGETS[m.budget].limit;

const formatAmount = (n: number, unit: Unit): string => {
  if (Number.isNaN(n)) return '–';
  if (unit === 'B') return n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${Math.round(n)} B`;
  if (unit === 'ms') return `${n.toFixed(n < 10 ? 2 : 1)} ms`;
  return String(n);
};

export const formatExtra = (n: number, unit: Unit) =>
  `${n < 0 ? '−' : '+'}${formatAmount(Math.abs(n), unit)}`;

function formatCompared(m: Measure, n: number): string {
  const { compare } = BUDGETS[m.budget];
  if (compare === 'ratio') return `${n.toFixed(2)}×`;
  if (compare === 'extra') return formatExtra(n, m.unit);
  return formatAmount(n, m.unit);
}

/** Ratio budgets use the median of per-pair ratios; elsewhere the ratio is only for reading. */
function formatRatio(m: Measure): string {
  if (BUDGETS[m.budget].compare === 'ratio') return `${m.value.toFixed(2)}×`;
  return m.floor > 0 && m.unit !== 'count' ? `${(m.now / m.floor).toFixed(2)}×` : '–';
}

function cells(m: Measure): string[] {
  const verdict = passes(m) ? 'pass' : 'OVER';
  const compared = BUDGETS[m.budget].compare === 'ratio' ? '' : ` (${formatCompared(m, m.value)})`;
  return [
    `${m.area}: ${m.name}`,
    formatAmount(m.floor, m.unit),
    formatAmount(m.now, m.unit),
    formatRatio(m),
    `≤ ${formatCompared(m, BUDGETS[m.budget].limit)}`,
    m.invalid ? `OVER: ${m.invalid}` : `${verdict}${compared}`,
  ];
}

/** A Markdown table, so the README's figures can be pasted from a run. */
export function table(measures: Measure[]): string {
  const head = ['measure', 'floor', 'now', 'ratio', 'budget', 'result'];
  const rows = [head, head.map(() => '---'), ...measures.map(cells)];
  return rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
}

export function notes(measures: Measure[]): string {
  return measures
    .filter((m) => m.note)
    .map((m) => `- ${m.area}: ${m.name}: ${m.note}`)
    .join('\n');
}

/** What the machine was doing: figures from a loaded machine are noisier, not wrong. */
export interface RunInfo {
  seconds: number;
  loadAverage: { start: number; end: number };
}

export async function writeResults(file: string, run: RunInfo, measures: Measure[]): Promise<void> {
  const results = measures.map((m) => ({
    ...m,
    compare: BUDGETS[m.budget].compare,
    limit: BUDGETS[m.budget].limit,
    pass: passes(m),
  }));
  await mkdir(dirname(file), { recursive: true });
  await writeFile(
    file,
    `${JSON.stringify({ measuredAt: new Date().toISOString(), ...run, results }, null, 2)}\n`,
  );
}
