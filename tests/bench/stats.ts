export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Pair<T> {
  floor: T;
  subject: T;
}

/**
 * Measures floor and subject `count` times, one right after the other, alternating which goes
 * first: whatever else loads the machine at that moment weighs on both sides of a pair.
 */
export async function measurePairs<T>(
  count: number,
  floor: () => Promise<T>,
  subject: () => Promise<T>,
): Promise<Pair<T>[]> {
  const pairs: Pair<T>[] = [];
  for (let i = 0; i < count; i += 1) {
    if (i % 2 === 0) {
      const f = await floor();
      pairs.push({ floor: f, subject: await subject() });
    } else {
      const s = await subject();
      pairs.push({ floor: await floor(), subject: s });
    }
  }
  return pairs;
}

/** Medians of each side, and the median of per-pair ratios and differences. */
export function summarize(pairs: Pair<number>[]) {
  return {
    floor: median(pairs.map((p) => p.floor)),
    now: median(pairs.map((p) => p.subject)),
    ratio: median(pairs.map((p) => p.subject / p.floor)),
    extra: median(pairs.map((p) => p.subject - p.floor)),
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
