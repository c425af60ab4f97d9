import { expect } from 'vitest';
import { main, nodeIo, type Io } from '../../../src/cli/diagnose.ts';
import type { Facts } from '../../../src/engine/facts';
import type { Diagnosis } from '../../../src/engine/types';
import { CREATED_AT } from '../report/fixtures';

/** `diagnose FILE` as the command line runs it, with what it printed. */
export function runDiagnose(path: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main([path], { ...nodeIo, out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join(''), err: err.join('\n') };
}

/** `diagnose -` given `facts` on stdin at the sample's time: the diagnosis it printed. */
export function diagnoseFacts(facts: Facts): Diagnosis {
  const out: string[] = [];
  const io: Io = {
    readFile: () => JSON.stringify(facts),
    readStdin: () => JSON.stringify(facts),
    out: (s) => out.push(s),
    err: () => {},
    now: () => CREATED_AT,
  };
  expect(main(['-'], io)).toBe(0);
  return JSON.parse(out.join('\n')) as Diagnosis;
}
