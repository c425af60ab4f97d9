import { useState } from 'preact/hooks';
import type { PlanItem } from '../../engine/types';
import { acknowledge, recordStep, type StepOutcome } from '../../flow/actions';
import { keys, knowledge, sourcesOf } from '../../knowledge';
import { useTexts } from '../locale-context';
import type { Flow } from '../use-flow';

/** Steps whose consequences must be read and confirmed before they can be marked done. */
const NEEDS_ACK = new Set<PlanItem['disruption']>(['medium', 'high']);

export function Sources({ ids }: { ids: readonly string[] }) {
  const { t, k } = useTexts();
  const sources = sourcesOf(ids);
  if (sources.length === 0) return null;
  return (
    <details class="sources">
      <summary>{t('sources.show')}</summary>
      <ul>
        {sources.map((s) => (
          <li key={s.id}>
            {k(s.titleKey)} <span class="muted">({k(`source.kind.${s.kind}`)})</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * One fix step: why it is suggested, how to do it, what it costs, and the three outcomes.
 * A disruptive step's consequences come first and must be acknowledged before "done".
 */
export function StepCard({
  item,
  flow,
  current,
}: {
  item: PlanItem;
  flow: Flow;
  current: boolean;
}) {
  const { t, k } = useTexts();
  const [outcomeError, setOutcomeError] = useState(false);
  const step = knowledge.steps.find((s) => s.id === item.stepId);
  const titleId = `step-${item.stepId}`;
  const needsAck = NEEDS_ACK.has(item.disruption) && item.consequences.length > 0;
  const acknowledged = flow.session.acknowledged.includes(item.stepId);
  const blocked = needsAck && !acknowledged;

  const mark = (outcome: StepOutcome) => {
    if (outcome !== 'skipped' && blocked) {
      setOutcomeError(true);
      return;
    }
    flow.update((s, at) => recordStep(s, item.stepId, outcome, at));
  };

  return (
    <article class={`step${current ? ' step--current' : ''}`} aria-labelledby={titleId}>
      <h3 id={titleId}>{k(keys.step(item.stepId).title)}</h3>
      <p class="step__meta">
        <span class={`disruption disruption--${item.disruption}`}>
          {t(`disruption.${item.disruption}`)}
        </span>{' '}
        <span>{t('step.minutes', { min: item.minutes.min, max: item.minutes.max })}</span>
      </p>
      <p class="step__reason">{k(item.reason)}</p>
      {needsAck && (
        <div class="warning" role="note" aria-labelledby={`${titleId}-warn`}>
          <p id={`${titleId}-warn`} class="warning__title">
            {t('step.beforeYouStart')}
          </p>
          <ul>
            {item.consequences.map((c) => (
              <li key={c.key}>{k(c)}</li>
            ))}
          </ul>
          <label class="check">
            <input
              type="checkbox"
              checked={acknowledged}
              disabled={acknowledged}
              onChange={() => {
                setOutcomeError(false);
                flow.update((s, at) => acknowledge(s, item.stepId, at));
              }}
            />
            {t('step.acknowledge')}
          </label>
        </div>
      )}
      <p class="step__instructions">{k(keys.step(item.stepId).instructions)}</p>
      {item.path && (
        <p class="path">
          <span class="path__label">{t('step.path')}</span> <code>{k(item.path)}</code>
        </p>
      )}
      {!needsAck && item.consequences.length > 0 && (
        <ul class="step__notes">
          {item.consequences.map((c) => (
            <li key={c.key}>{k(c)}</li>
          ))}
        </ul>
      )}
      {step?.notes?.map((note) => (
        <p key={note} class="muted">
          {k(note)}
        </p>
      ))}
      <div
        class="outcomes"
        role="group"
        aria-label={t('step.outcomes', { step: k(keys.step(item.stepId).title) })}
      >
        <button type="button" class="primary" aria-disabled={blocked} onClick={() => mark('fixed')}>
          {t('step.fixed')}
        </button>
        <button type="button" aria-disabled={blocked} onClick={() => mark('no_change')}>
          {t('step.noChange')}
        </button>
        <button type="button" onClick={() => mark('skipped')}>
          {t('step.skip')}
        </button>
      </div>
      {outcomeError && (
        <p class="error" role="alert">
          {t('step.acknowledgeFirst')}
        </p>
      )}
      {step && <Sources ids={step.sources} />}
    </article>
  );
}
