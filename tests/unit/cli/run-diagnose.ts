import { main, nodeIo } from '../../../src/cli/diagnose.ts';
import { buildSummary, renderSummary } from '../../../src/report';
import type { Locale } from '../../../src/knowledge/ids';
import { sampleInput } from '../report/fixtures';

type Loose = ReturnType<typeof JSON.parse>;

/** The sample's JSON summary in `language`, edited as a hand or another tool would, indented. */
export function editedSample(language: Locale, edit: (s: Loose) => void = () => undefined) {
  const s: Loose = JSON.parse(
    renderSummary(buildSummary(sampleInput(), { language, leaveOutFreeText: false }), 'json'),
  );
  edit(s);
  return JSON.stringify(s, null, 2);
}

/** `diagnose FILE` as the command line runs it, with what it printed. */
export function runDiagnose(path: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main([path], { ...nodeIo, out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join(''), err: err.join('\n') };
}
