import { describe, expect, it } from 'vitest';
import { redact } from '../../../src/report';
import { SECRET_KINDS, leaks, loadCorpus, overMasked, type Note } from './redact-corpus';

const corpus = loadCorpus();
const languages = [...new Set(corpus.map((note) => note.lang))];

interface Outcome {
  note: Note;
  output: string;
  leaked: Note['secrets'];
  overMasked: boolean;
}

const durations: number[] = [];
const outcomes: Outcome[] = corpus.map((note) => {
  const started = performance.now();
  const output = redact(note.text).text;
  durations.push(performance.now() - started);
  return { note, output, leaked: leaks(note, output), overMasked: overMasked(note, output) };
});
const median = durations.sort((a, b) => a - b)[Math.floor(durations.length / 2)]!;

/** One row per language: notes, then "leaked/total" per kind of secret, then over-masked notes. */
function table() {
  return Object.fromEntries(
    languages.map((lang) => {
      const mine = outcomes.filter((o) => o.note.lang === lang);
      const clean = mine.filter((o) => o.note.secrets.length === 0);
      const row: Record<string, string | number> = {
        notes: mine.length,
        'with data': mine.length - clean.length,
        clean: clean.length,
      };
      for (const kind of SECRET_KINDS) {
        const total = mine.flatMap((o) => o.note.secrets).filter((s) => s.kind === kind).length;
        const leaked = mine.flatMap((o) => o.leaked).filter((s) => s.kind === kind).length;
        if (total > 0) row[kind] = `${leaked}/${total}`;
      }
      row['over-masked'] = `${mine.filter((o) => o.overMasked).length}/${mine.length}`;
      return [lang, row];
    }),
  );
}

describe('redaction corpus (tests/fixtures/notes)', () => {
  it('holds at least 200 notes with personal data and 100 clean ones, in every language', () => {
    const withData = corpus.filter((note) => note.secrets.length > 0);
    expect(withData.length).toBeGreaterThanOrEqual(200);
    expect(corpus.length - withData.length).toBeGreaterThanOrEqual(100);
    expect(languages).toEqual(expect.arrayContaining(['de', 'en', 'es', 'fr', 'it', 'ja', 'zh']));
  });

  it('leaks nothing and masks nothing it should not (table: leaked/total per kind)', () => {
    console.log('Redaction corpus: leaked/total per kind of personal data, per language');
    console.table(table());
    console.log(`Median redaction time per note: ${median.toFixed(3)} ms (measured, not asserted)`);
    const failures = outcomes
      .filter((o) => o.leaked.length > 0 || o.overMasked)
      .map((o) => ({
        where: o.note.where,
        leaked: o.leaked.map((s) => `${s.kind}:${s.value}`),
        overMasked: o.overMasked,
        output: o.output,
      }));
    expect(failures).toEqual([]);
  });
});
