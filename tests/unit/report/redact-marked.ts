import { redact } from '../../../src/report';

/** A probe in a language: `[[…]]` must be gone from the export, `<<…>>` must stay in it. */
export type MarkedProbe = [lang: string, text: string];

const MARKS = /\[\[|\]\]|<<|>>/g;
const between = (text: string, open: string, close: string) =>
  [...text.matchAll(new RegExp(`${open}(.+?)${close}`, 'g'))].map((m) => m[1]!);

/** The probes whose redaction leaks a marked secret or loses a marked word, and what it gave. */
export function markedFailures(probes: readonly MarkedProbe[]) {
  return probes.flatMap(([lang, probe]) => {
    const output = redact(probe.replace(MARKS, '')).text;
    const leaked = between(probe, '\\[\\[', '\\]\\]').filter((secret) => output.includes(secret));
    const lost = between(probe, '<<', '>>').filter((kept) => !output.includes(kept));
    return leaked.length || lost.length ? [{ lang, output, leaked, lost }] : [];
  });
}
