import { useState } from 'preact/hooks';
import type { Facts } from '../../engine/facts';
import type { PlanItem } from '../../engine/types';
import type { Step } from '../../knowledge/schema';
import { acknowledge, recordStep } from '../../flow/actions';
import type { StepOutcome } from '../../knowledge/ids';
import { keys, looksOnly, stepsById } from '../../knowledge';
import { siteAnswering } from '../../pages/site-facts';
import { stepPurpose } from '../../report/likelihood';
import { durationWords } from '../duration';
import { useTexts, type Texts } from '../locale-context';
import { useFocusWhenReplacing } from '../use-focus';
import type { Flow } from '../use-flow';
import { DisruptionTag } from './DisruptionTag';
import { Label } from './Label';
import { ReaderLink } from './ReaderLink';
import { Sources } from './Sources';
import { StoragePaste } from './StoragePaste';
import { WarningIcon } from './Warning';

/** Steps whose consequences must be read and confirmed before they can be marked done. */
const NEEDS_ACK = new Set<PlanItem['disruption']>(['medium', 'high']);

/**
 * Why the step is here, without a likelihood: that belongs to the causes, not the steps. Texts
 * given the facts name Apple's state in a wait step's reason.
 */
export function stepReason(item: PlanItem, { t }: Texts): string {
  const purpose = stepPurpose(item.reason);
  if (purpose === undefined) return t(item.reason);
  return t(`step.${purpose.key}`, purpose.cause === undefined ? {} : { cause: t(purpose.cause) });
}

/**
 * A step about iCloud storage while its figures are unknown: pasting them is the natural next
 * move (a user who said "Full" gets no step that only looks, so the box comes with the fix).
 */
export const wantsStorageFigures = (item: PlanItem, facts: Facts) =>
  item.causes.includes('storage_full') && facts.storageTotalBytes === undefined;

function Consequences({
  item,
  flow,
  titleId,
  onAcknowledged,
}: {
  item: PlanItem;
  flow: Flow;
  titleId: string;
  onAcknowledged: () => void;
}) {
  const { t } = useTexts();
  const acknowledged = flow.session.acknowledged.includes(item.stepId);
  return (
    <div class="warning" role="note" aria-labelledby={`${titleId}-warn`}>
      <p id={`${titleId}-warn`} class="warning__title">
        <WarningIcon /> {t('step.beforeYouStart')}
      </p>
      <ul>
        {item.consequences.map((c) => (
          <li key={c.key}>{t(c)}</li>
        ))}
      </ul>
      <label class="check">
        <input
          type="checkbox"
          checked={acknowledged}
          disabled={acknowledged}
          onChange={() => {
            onAcknowledged();
            flow.update((s, at) => acknowledge(s, item.stepId, at));
          }}
        />
        {t('step.acknowledge')}
      </label>
    </div>
  );
}

/**
 * A step that only looks at what a page reading answers (Apple's status, the iCloud storage)
 * links that page, as the question does: read there, the answer fills in and the step is done.
 * Once a reading of that page has filled in facts, the link has nothing more to give.
 */
function pageOf(step: Step | undefined, facts: Facts) {
  if (step?.kind !== 'check') return undefined;
  const site = step.skipWhen
    ?.flat()
    .map(({ fact }) => siteAnswering(fact))
    .find(Boolean);
  if (!site) return undefined;
  const read = Object.values(facts.sources ?? {}).some((from) => from?.source === site.source);
  return read ? undefined : site;
}

/**
 * What a step that asks for no confirmation costs, under the same title as a disruptive step's
 * warning: read before how to do it, since the product states a cost before the step is taken.
 */
function Costs({ item, titleId }: { item: PlanItem; titleId: string }) {
  const { t } = useTexts();
  return (
    <div class="step__costs" role="note" aria-labelledby={`${titleId}-costs`}>
      <p id={`${titleId}-costs`} class="step__costs-title">
        {t('step.beforeYouStart')}
      </p>
      <ul class="step__notes">
        {item.consequences.map((c) => (
          <li key={c.key}>{t(c)}</li>
        ))}
      </ul>
    </div>
  );
}

/** How to do it: instructions, the Settings path for the user's iOS, and notes. */
function HowTo({ item, facts }: { item: PlanItem; facts: Facts }) {
  const { t } = useTexts();
  const step = stepsById.get(item.stepId);

  return (
    <>
      <p class="step__instructions">{t(keys.step(item.stepId).instructions)}</p>
      {item.path && (
        <p class="path">
          <Label class="path__label" text={t('step.path')} />
          <code>{t(item.path)}</code>
        </p>
      )}
      {item.olderPath && (
        <p class="path">
          <Label
            class="path__label"
            text={t('step.pathBefore', { version: item.olderPath.before })}
          />
          <code>{t(item.olderPath.path)}</code>
        </p>
      )}
      {step?.notes?.map((note) => (
        <p key={note} class="muted">
          {t(note)}
        </p>
      ))}
      <ReaderLink site={pageOf(step, facts)} />
    </>
  );
}

/**
 * "This fixed it", "No change" (both held until a disruptive step is confirmed) and "Skip"; a step
 * that only looks or warns cannot fix anything, so it offers "Done" (recorded as no change, which
 * counts against no cause) and "Skip".
 */
function Outcomes({
  item,
  blocked,
  onMark,
}: {
  item: PlanItem;
  blocked: boolean;
  onMark: (outcome: StepOutcome) => void;
}) {
  const { t } = useTexts();
  const onlyLooks = looksOnly(stepsById.get(item.stepId));
  return (
    <div
      class="outcomes"
      role="group"
      aria-label={t('step.outcomes', { step: t(keys.step(item.stepId).title) })}
    >
      {onlyLooks ? (
        <button type="button" class="primary" onClick={() => onMark('no_change')}>
          {t('step.done')}
        </button>
      ) : (
        <>
          <button
            type="button"
            class="primary"
            aria-disabled={blocked}
            onClick={() => onMark('fixed')}
          >
            {t(item.kind === 'alternative' ? 'step.fixedAlternative' : 'step.fixed')}
          </button>
          <button type="button" aria-disabled={blocked} onClick={() => onMark('no_change')}>
            {t('step.noChange')}
          </button>
        </>
      )}
      <button type="button" onClick={() => onMark('skipped')}>
        {t('step.skip')}
      </button>
    </div>
  );
}

/**
 * One fix step: what it costs, how to do it and where, why it is suggested, and the three
 * outcomes. Every step's costs come before its instructions; a disruptive step's must also be
 * acknowledged before "done".
 */
export function StepCard({
  item,
  flow,
  current,
  withPaste = false,
  replacing = false,
  onMarked,
}: {
  item: PlanItem;
  flow: Flow;
  current: boolean;
  /** Offer the storage paste box here (the results screen decides where it sits). */
  withPaste?: boolean;
  /** This step follows one just marked: it takes focus and comes into view. */
  replacing?: boolean;
  onMarked?: () => void;
}) {
  const texts = useTexts();
  const { t } = texts;
  const [outcomeError, setOutcomeError] = useState(false);
  const heading = useFocusWhenReplacing<HTMLHeadingElement>(replacing);
  const sources = stepsById.get(item.stepId)?.sources;
  const titleId = `step-${item.stepId}`;
  const needsAck = NEEDS_ACK.has(item.disruption) && item.consequences.length > 0;
  const blocked = needsAck && !flow.session.acknowledged.includes(item.stepId);
  const duration = durationWords(item.minutes.min, item.minutes.max);

  const mark = (outcome: StepOutcome) => {
    if (outcome !== 'skipped' && blocked) return setOutcomeError(true);
    setOutcomeError(false);
    onMarked?.();
    flow.update((s, at) => recordStep(s, item.stepId, outcome, at, item.kind !== 'alternative'));
  };

  return (
    <article class={`step${current ? ' step--current' : ''}`} aria-labelledby={titleId}>
      <h3 id={titleId} tabIndex={-1} ref={heading}>
        {t(keys.step(item.stepId).title)}
      </h3>
      <p class="step__meta">
        <DisruptionTag item={item} /> <span>{t(duration.key, duration.params)}</span>
      </p>
      {needsAck ? (
        <Consequences
          item={item}
          flow={flow}
          titleId={titleId}
          onAcknowledged={() => setOutcomeError(false)}
        />
      ) : (
        item.consequences.length > 0 && <Costs item={item} titleId={titleId} />
      )}
      <HowTo item={item} facts={flow.session.facts} />
      <p class="step__reason muted">{stepReason(item, texts)}</p>
      {withPaste && <StoragePaste flow={flow} />}
      <Outcomes item={item} blocked={blocked} onMark={mark} />
      {outcomeError && (
        <p class="error" role="alert">
          {t('step.acknowledgeFirst')}
        </p>
      )}
      {sources && <Sources ids={sources} />}
    </article>
  );
}
