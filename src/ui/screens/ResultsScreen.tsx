import { useRef } from 'preact/hooks';
import type { Notice } from '../../engine/types';
import { goTo } from '../../flow/actions';
import { keys, outcomeKey } from '../../knowledge';
import { CauseList } from '../components/CauseList';
import { DisruptionTag } from '../components/DisruptionTag';
import { GuideLink } from '../components/GuideLink';
import { StepCard, wantsStorageFigures } from '../components/StepCard';
import { StoragePanel } from '../components/StoragePanel';
import { TopCause } from '../components/TopCause';
import { Warning } from '../components/Warning';
import { useTexts } from '../locale-context';
import { useFocusOnMount } from '../use-focus';
import type { Flow } from '../use-flow';

/** Notices the outage banner already says, so they are not repeated here. */
const BANNER_NOTICES = new Set(['outage_wait', 'maintenance_wait']);
/** Notices that can cost data if overlooked: shown as warnings, not as information. */
const WARNING_NOTICES = new Set(['retention_risk', 'retention_passed']);

function Notices({ notices }: { notices: Notice[] }) {
  const { t } = useTexts();
  return (
    <>
      {notices
        .filter((n) => !BANNER_NOTICES.has(n.id))
        .map((n) =>
          WARNING_NOTICES.has(n.id) ? (
            <Warning key={n.id}>
              <p>{t(n.text)}</p>
            </Warning>
          ) : (
            <p key={n.id} class="notice" role="status">
              {t(n.text)}
            </p>
          ),
        )}
    </>
  );
}

function LaterSteps({ flow }: { flow: Flow }) {
  const { t } = useTexts();
  const open = flow.diagnosis.plan.filter((item) => !item.heldBack);
  const heldBack = flow.diagnosis.plan.filter((item) => item.heldBack);
  const later = open.slice(1);
  const tried = Object.entries(flow.session.facts.stepsTried ?? {});
  return (
    <>
      {later.length > 0 && (
        <details class="later">
          <summary>{t('results.later', { n: later.length })}</summary>
          <ol>
            {later.map((item) => (
              <li key={item.stepId}>
                {t(keys.step(item.stepId).title)} <DisruptionTag item={item} />
              </li>
            ))}
          </ol>
        </details>
      )}
      {heldBack.length > 0 && (
        <section class="held" aria-labelledby="held-title">
          <h3 id="held-title">{t('results.heldBack')}</h3>
          {heldBack[0]?.heldBackReason && <p>{t(heldBack[0].heldBackReason)}</p>}
          <ul>
            {heldBack.map((item) => (
              <li key={item.stepId}>{t(keys.step(item.stepId).title)}</li>
            ))}
          </ul>
        </section>
      )}
      {tried.length > 0 && (
        <details class="tried">
          <summary>{t('results.tried', { n: tried.length })}</summary>
          <ul>
            {tried.map(([stepId, outcome]) => (
              <li key={stepId}>
                {t('results.triedStep', {
                  step: t(keys.step(stepId).title),
                  outcome: t(outcomeKey(stepId, outcome)),
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/**
 * The step to do now comes first, so it is in view when the screen opens; then warnings, the
 * storage figures when storage matters, the rest of the plan, and the ranked causes, one line
 * each with "Why" on demand.
 */
export function ResultsScreen({ flow }: { flow: Flow }) {
  const { t } = useTexts();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  // Once a step is marked, the next one takes focus; the screen's heading has it at first.
  const marked = useRef(false);
  const { causes, plan, storage, notices, nextQuestion } = flow.diagnosis;
  const current = plan.find((item) => !item.heldBack);
  const showStorage = storage && causes.slice(0, 2).some((c) => c.id === 'storage_full');
  // One paste box per screen: in the panel when it shows, else in a step that looks at storage.
  const pasteInStep =
    !showStorage && current !== undefined && wantsStorageFigures(current, flow.session.facts);

  return (
    <section class="screen" aria-labelledby="results-title">
      <h2 id="results-title" tabIndex={-1} ref={heading}>
        {t('results.title')}
      </h2>
      {/* Screen readers hear the new leader when an outcome changes the ranking. */}
      <TopCause diagnosis={flow.diagnosis} hidden />
      <div aria-live="polite">
        {current ? (
          <StepCard
            key={current.stepId}
            item={current}
            flow={flow}
            current
            withPaste={pasteInStep}
            replacing={marked.current}
            onMarked={() => (marked.current = true)}
          />
        ) : (
          <p>{t('results.noSteps')}</p>
        )}
      </div>
      <Notices notices={notices} />
      {showStorage && <StoragePanel storage={storage} flow={flow} />}
      <LaterSteps flow={flow} />

      <section aria-labelledby="causes-title">
        <h2 id="causes-title">{t('results.causesTitle')}</h2>
        <CauseList diagnosis={flow.diagnosis} />
      </section>
      <div class="row">
        {nextQuestion && (
          <button type="button" onClick={() => flow.update((s, at) => goTo(s, 'questions', at))}>
            {t('results.moreQuestions')}
          </button>
        )}
        <button type="button" onClick={() => flow.update((s, at) => goTo(s, 'escalation', at))}>
          {t('results.nothingWorked')}
        </button>
      </div>
      <p>
        <GuideLink label="results.guide" />
      </p>
    </section>
  );
}
