import { describe, expect, it } from 'vitest';
import { matchAlert } from '../../../src/engine/alerts.ts';
import { probes } from './alert-probes.ts';

describe('probes in everyday wording', () => {
  it.each(probes)('%s: "%s" is %s', (_language, text, id) => {
    const match = matchAlert(text);
    if (id === null) expect(match.recognized).toBe(false);
    else expect(match).toMatchObject({ recognized: true, id });
  });
});
