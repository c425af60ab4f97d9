import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { diagnose } from '../../../src/engine/diagnose';
import type { Diagnosis } from '../../../src/engine/types';
import { TopCause } from '../../../src/ui/components/TopCause';

const now = new Date('2026-11-25T10:00:00Z');

/** The same diagnosis with its leading cause at another score. */
function leadingAt(score: number): Diagnosis {
  const diagnosis = diagnose({ alertText: 'Not enough iCloud storage' }, { now });
  const [top, ...rest] = diagnosis.causes;
  return { ...diagnosis, causes: [{ ...top!, score }, ...rest] };
}

describe('the leading cause, as the questions and results announce it', () => {
  afterEach(cleanup);

  it('names a cause that is at least possible as the most likely so far', () => {
    const { container } = render(<TopCause diagnosis={leadingAt(0.95)} />);
    expect(container.textContent).toBe('Most likely so far: iCloud storage is full (very likely)');
  });

  it('says no cause stands out when even the first is unlikely', () => {
    const { container } = render(<TopCause diagnosis={leadingAt(0.05)} />);
    expect(container.textContent).toBe('No cause stands out yet.');
  });

  it('says no cause stands out when nothing speaks for the first one yet', () => {
    const diagnosis = diagnose({}, { now });
    expect(diagnosis.causes[0]!.evidence).toEqual([]);
    const { container } = render(<TopCause diagnosis={diagnosis} />);
    expect(container.textContent).toBe('No cause stands out yet.');
  });
});
