import { redact } from '../../../src/report';

/**
 * CPU time of redacting a text of n and of 4n characters, each the best of five: a linear pass
 * takes about four times as long for the larger, a quadratic one sixteen, a cubic one sixty-four.
 * Each shape once made a pattern or a loop super-linear: a lookbehind scanning back over a run of
 * spaces at every position, two or three runs of spaces in a row that a failing match splits
 * every way, a line of masks each reading the line again. The probes' bar is generous (8x, over a
 * floor of 3 ms) for a busy machine.
 *
 * Both are warmed up alike and measured in turn, small then large, five times: measured one after
 * the other, a burst of load on the shared machine fell on one side only ("a@b." repeated once
 * took 213 ms against 14 ms, where alone the ratio is 3.5 to 4.1).
 */
export function cpuTimes(small: string, large: string): { small: number; large: number } {
  redact(small);
  redact(large);
  const best = { small: Infinity, large: Infinity };
  for (let run = 0; run < 5; run++) {
    best.small = Math.min(best.small, cpuMs(small));
    best.large = Math.min(best.large, cpuMs(large));
  }
  return best;
}

function cpuMs(text: string): number {
  const started = process.cpuUsage();
  redact(text);
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1000;
}

/** `unit` repeated to exactly `size` characters. */
export const fill = (unit: string, size: number) =>
  unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
