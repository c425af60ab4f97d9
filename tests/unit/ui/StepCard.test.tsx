import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { diagnose } from '../../../src/engine/diagnose';
import type { PlanItem } from '../../../src/engine/types';
import { knowledge, looksOnly, outcomeKey } from '../../../src/knowledge';
import { StepCard, stepReason } from '../../../src/ui/components/StepCard';
import { textsFor } from '../../../src/ui/locale-context';
import { LOCALES } from '../../../src/knowledge/ids';
import { TO_RULE_OUT } from '../../support/wordings';
import type { Flow } from '../../../src/ui/use-flow';
import { newSession, type Session } from '../../../src/storage/session';

const now = new Date('2026-11-25T10:00:00Z');

/** A plan item straight from the engine, so the card is tested on real knowledge. */
function planItem(stepId: string): PlanItem {
  const plan = diagnose({ symptom: 'zero_kb', storageStatus: 'plenty' }, { now }).plan;
  const item = plan.find((p) => p.stepId === stepId);
  if (!item) throw new Error(`${stepId} is not in the plan`);
  return item;
}

function flowWith(session: Session) {
  const state = { session };
  const update = vi.fn((change: (s: Session, at: Date) => Session) => {
    state.session = change(state.session, now);
  });
  return { flow: { session, update } as unknown as Flow, state, update };
}

describe('step card', () => {
  afterEach(cleanup);

  // The cause a step is for is often not established: one to rule out or fix, without a
  // likelihood word (steps carry none).
  it.each(LOCALES)(
    '%s: names the cause a step is for as one to rule out or fix, not a finding',
    (locale) => {
      const item = diagnose({}, { now }).plan[0]!;
      expect(stepReason(item, textsFor(locale))).toMatch(TO_RULE_OUT[locale]);
    },
  );

  // "Back up to a computer" led a zero-KB plan as 'to rule out or fix: sign-in problem', and a
  // lab or Apple Support as ruling out a hardware fault: neither rules a cause out.
  it.each(LOCALES)('%s: says a computer copy or a last resort rules out no cause', (locale) => {
    const texts = textsFor(locale);
    const plan = diagnose({ computerBackupFails: true }, { now }).plan;
    const others = plan.filter((p) => p.kind === 'alternative' || p.kind === 'escalation');
    expect(others.map((p) => p.stepId)).toEqual(
      expect.arrayContaining(['local_backup', 'recovery_lab', 'contact_apple']),
    );
    for (const item of others) {
      const reason = stepReason(item, texts);
      // Japanese says 'a possible cause' for checks and last resorts alike, which is true of both.
      if (locale !== 'ja') expect(reason).not.toMatch(TO_RULE_OUT[locale]);
      expect(reason).not.toMatch(/\{|\d\s?%/);
    }
    const copy = stepReason(planItem('local_backup'), texts);
    expect(copy).toBe(texts.t('step.keepData'));
  });

  it('shows a disruptive step\'s consequences first and asks to confirm them before "done"', () => {
    const item = planItem('delete_backup_and_start_over');
    const { flow, state, update } = flowWith(newSession(now));
    render(<StepCard item={item} flow={flow} current />);
    expect(screen.getByRole('note').textContent).toMatch(/deleted for good/);
    const noChange = screen.getByRole('button', { name: 'No change' });
    expect(noChange.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(noChange);
    expect(screen.getByRole('alert').textContent).toMatch(/confirm what this step changes/);
    expect(update).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('checkbox', { name: 'I understand what this step changes' }));
    expect(state.session.acknowledged).toEqual(['delete_backup_and_start_over']);
  });

  it('records an outcome once confirmed, and lets a step be skipped without confirming', () => {
    const item = planItem('delete_backup_and_start_over');
    const confirmed = { ...newSession(now), acknowledged: [item.stepId] };
    const { flow, state } = flowWith(confirmed);
    render(<StepCard item={item} flow={flow} current />);
    fireEvent.click(screen.getByRole('button', { name: 'No change' }));
    expect(state.session.facts.stepsTried).toEqual({ delete_backup_and_start_over: 'no_change' });

    cleanup();
    const fresh = flowWith(newSession(now));
    render(<StepCard item={item} flow={fresh.flow} current />);
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    expect(fresh.state.session.facts.stepsTried).toEqual({
      delete_backup_and_start_over: 'skipped',
    });
  });

  it('needs no confirmation for a harmless step', () => {
    const item = planItem('back_up_now');
    const { flow, state } = flowWith(newSession(now));
    render(<StepCard item={item} flow={flow} current />);
    expect(screen.queryByRole('checkbox')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'This fixed it' }));
    expect(state.session.screen).toBe('success');
  });

  it('takes a computer backup that worked as data kept safe and stays with the plan', () => {
    const item = planItem('local_backup');
    const { flow, state } = flowWith({ ...newSession(now), screen: 'results' });
    render(<StepCard item={item} flow={flow} current />);
    expect(screen.queryByRole('button', { name: 'This fixed it' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'It worked: my data is backed up' }));
    expect(state.session.facts.stepsTried).toEqual({ local_backup: 'fixed' });
    expect(state.session.screen).toBe('results');
  });

  const onlyLooking = knowledge.steps.filter((step) => looksOnly(step));

  it('knows which steps only look or warn: every check, and the warning about recovery tools', () => {
    const ids = onlyLooking.map((step) => step.id);
    expect(ids).toEqual(expect.arrayContaining(['check_storage', 'avoid_credential_tools']));
    expect(ids).not.toContain('back_up_now');
    expect(knowledge.steps.filter((step) => step.kind === 'check').every(looksOnly)).toBe(true);
  });

  it.each(onlyLooking.map((step) => step.id))(
    'offers "Done" and "Skip", never "This fixed it", on %s, and stays with the plan',
    (stepId) => {
      const step = knowledge.steps.find((s) => s.id === stepId)!;
      const item: PlanItem = { ...planItem('back_up_now'), stepId, kind: step.kind };
      const { flow, state } = flowWith({ ...newSession(now), screen: 'results' });
      render(<StepCard item={item} flow={flow} current />);
      expect(screen.queryByRole('button', { name: 'This fixed it' })).toBeNull();
      expect(screen.queryByRole('button', { name: 'No change' })).toBeNull();
      expect(screen.getByRole('button', { name: 'Skip' })).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: 'Done, next step' }));
      expect(state.session.facts.stepsTried).toEqual({ [stepId]: 'no_change' });
      expect(state.session.screen).toBe('results');
      expect(outcomeKey(stepId, 'no_change')).toBe('outcome.done');
    },
  );

  it('calls a fix that changed nothing "no change", and a skipped look "skipped"', () => {
    expect(outcomeKey('back_up_now', 'no_change')).toBe('outcome.no_change');
    expect(outcomeKey('check_storage', 'skipped')).toBe('outcome.skipped');
    expect(outcomeKey('not_a_step', 'no_change')).toBe('outcome.no_change');
  });

  it('tags a step that costs money as such, apart from what it changes on the device', () => {
    const paid = knowledge.steps.filter((step) => step.paid).map((step) => step.id);
    expect(paid).toContain('upgrade_plan');
    for (const step of knowledge.steps) {
      const item: PlanItem = {
        ...planItem('back_up_now'),
        stepId: step.id,
        kind: step.kind,
        disruption: step.disruption,
      };
      const { flow } = flowWith(newSession(now));
      const { container } = render(<StepCard item={item} flow={flow} current />);
      const tags = [...container.querySelectorAll('.disruption')].map((e) => e.textContent);
      const expected = { none: 'Harmless', low: 'Small change', medium: 'Bigger change' };
      expect(tags[0]).toBe(expected[step.disruption as keyof typeof expected] ?? 'Disruptive');
      expect(tags.includes('Costs money')).toBe(paid.includes(step.id));
      cleanup();
    }
  });

  it('shows the path of older iOS too while the version is unknown', () => {
    const plan = diagnose({ symptom: 'zero_kb', storageStatus: 'plenty' }, { now }).plan;
    const item = plan.find((p) => p.olderPath)!;
    const { flow } = flowWith(newSession(now));
    render(<StepCard item={item} flow={flow} current />);
    expect(screen.getByText(`Before iOS ${item.olderPath!.before}:`)).toBeTruthy();
    cleanup();
    const { olderPath: _older, ...known } = item;
    render(<StepCard item={known} flow={flow} current />);
    expect(screen.queryByText(/^Before iOS/)).toBeNull();
  });
});

describe('step card: a step that looks at a page the extension reads', () => {
  afterEach(cleanup);
  const item = (stepId: string) => {
    const found = diagnose({}, { now }).plan.find((p) => p.stepId === stepId);
    if (!found) throw new Error(`${stepId} is not in the plan`);
    return found;
  };

  it.each([
    ['check_system_status', 'https://www.apple.com/support/systemstatus/'],
    ['check_storage', 'https://www.icloud.com/settings/'],
  ])('%s links the page whose reading answers it', (stepId, address) => {
    const { flow } = flowWith(newSession(now));
    render(<StepCard item={item(stepId)} flow={flow} current />);
    const link = screen.getByRole('link', { name: /^Open / });
    expect(link.getAttribute('href')).toBe(address);
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('links no page whose reading has already filled in facts', () => {
    const at = now.toISOString();
    const session: Session = {
      ...newSession(now),
      facts: {
        storageUsedBytes: 4.8 * 2 ** 30,
        sources: { storageUsedBytes: { source: 'icloud', at } },
      },
    };
    const { flow } = flowWith(session);
    render(<StepCard item={item('check_storage')} flow={flow} current />);
    expect(screen.queryByRole('link', { name: /^Open / })).toBeNull();
    cleanup();
    // Someone else's answer is no reading of the page: the link stays.
    const typed = {
      ...session,
      facts: { ...session.facts, sources: { storageUsedBytes: { source: 'user', at } } },
    };
    render(<StepCard item={item('check_storage')} flow={flowWith(typed).flow} current />);
    expect(screen.getByRole('link', { name: /^Open / })).toBeTruthy();
  });

  it('links no page from a step that changes something', () => {
    const { flow } = flowWith(newSession(now));
    render(<StepCard item={item('plug_in_and_lock')} flow={flow} current />);
    expect(screen.queryByRole('link', { name: /^Open / })).toBeNull();
  });
});
