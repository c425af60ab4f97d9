import { describe, expect, it } from 'vitest';
import { redact } from '../../../src/report';
import { MORE_NOTES_DIR, leaks, loadCorpus, overMasked } from './redact-corpus';

/**
 * Notes in Czech, Finnish, Ukrainian, Greek, Romanian, Hungarian, Vietnamese and Indonesian
 * (tests/fixtures/notes-more), written by someone who had not read the masking code. Their
 * masking is partial (names are found by their phrases and labels, addresses by their street
 * words), so they are held to a bar instead of to zero: no clean note may change, and at least
 * three notes in four with personal data must come out with none of it left. The misses are
 * printed, to be worked on.
 */
const corpus = loadCorpus(MORE_NOTES_DIR);
const outcomes = corpus.map((note) => {
  const output = redact(note.text).text;
  return { note, output, leaked: leaks(note, output), overMasked: overMasked(note, output) };
});
const withData = outcomes.filter((o) => o.note.secrets.length > 0);

describe('redaction corpus, more languages (tests/fixtures/notes-more)', () => {
  it('holds notes with data and clean ones in eight languages', () => {
    const languages = new Set(corpus.map((n) => n.lang));
    expect([...languages].sort()).toEqual(['cs', 'el', 'fi', 'hu', 'id', 'ro', 'uk', 'vi']);
    for (const lang of languages) {
      const mine = outcomes.filter((o) => o.note.lang === lang);
      expect(mine.filter((o) => o.note.secrets.length > 0).length).toBeGreaterThanOrEqual(20);
      expect(mine.filter((o) => o.note.secrets.length === 0).length).toBeGreaterThanOrEqual(10);
    }
  });

  it('never changes a clean note and never masks what must stay', () => {
    expect(outcomes.filter((o) => o.overMasked).map((o) => [o.note.where, o.output])).toEqual([]);
  });

  it('masks everything in at least three of four notes with personal data', () => {
    const missed = withData.filter((o) => o.leaked.length > 0);
    const share = 1 - missed.length / withData.length;
    console.log(
      `More languages: ${withData.length - missed.length} of ${withData.length} notes with data fully masked (${Math.round(share * 100)} %); left:\n` +
        missed
          .map(
            (o) => `  ${o.note.where}: ${o.leaked.map((s) => `${s.kind} "${s.value}"`).join(', ')}`,
          )
          .join('\n'),
    );
    expect(share).toBeGreaterThanOrEqual(0.75);
  });
});
