import { vi } from 'vitest';
import { render } from '@testing-library/preact';
import type { PlanItem } from '../../../src/engine/types';
import type { knowledge } from '../../../src/knowledge';
import type { Locale } from '../../../src/knowledge/ids';
import { StepCard } from '../../../src/ui/components/StepCard';
import { TextsContext, textsFor } from '../../../src/ui/locale-context';
import type { Flow } from '../../../src/ui/use-flow';
import { newSession } from '../../../src/storage/session';

/** The card's item as the plan builds it, so the card shows what the knowledge lists. */
export const itemOf = (step: (typeof knowledge.steps)[number]): PlanItem => ({
  stepId: step.id,
  kind: step.kind,
  causes: step.addresses,
  disruption: step.disruption,
  minutes: step.minutes,
  consequences: step.consequences.map((key) => ({ key })),
  reason: { key: 'why.step.always', params: {} },
  summary: '',
});

/** A flow whose session is new and whose updates are recorded, not carried out. */
export const flow = {
  session: newSession(new Date('2026-11-25T10:00:00Z')),
  update: vi.fn(),
} as unknown as Flow;

/** Renders `node` with the texts of `locale`; returns its container. */
export const inLocale = (locale: Locale, node: preact.ComponentChildren) =>
  render(<TextsContext.Provider value={textsFor(locale)}>{node}</TextsContext.Provider>).container;

/** The current step card of `item`, in `locale`. */
export const card = (locale: Locale, item: PlanItem) =>
  inLocale(locale, <StepCard item={item} flow={flow} current />);
