import { redact } from '../../../src/report';

/**
 * CPU time of redacting a text, best of three: the timing probes compare a text of n and of 4n
 * characters. A linear pass takes about four times as long, a quadratic one sixteen, a cubic one
 * sixty-four. Each shape once made a pattern or a loop super-linear: a lookbehind scanning back
 * over a run of spaces at every position, two or three runs of spaces in a row that a failing
 * match splits every way, a line of masks each reading the line again. The probes' bar is
 * generous (8x, over a floor of 3 ms) for a busy machine.
 */
export const cpuMs = (text: string) => {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = process.cpuUsage();
    redact(text);
    const { user, system } = process.cpuUsage(started);
    best = Math.min(best, (user + system) / 1000);
  }
  return best;
};

/** `unit` repeated to exactly `size` characters. */
export const fill = (unit: string, size: number) =>
  unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
