import { goTo } from '../../flow/actions';
import { keys } from '../../knowledge';
import { CauseList } from '../components/CauseList';
import { StepCard } from '../components/StepCard';
import { StoragePanel } from '../components/StoragePanel';
import { TopCause } from '../components/TopCause';
import { useTexts } from '../locale-context';
import { useFocusOnMount } from '../use-focus';
import type { Flow } from '../use-flow';

/** Notices the outage banner already says, so they are not repeated here. */
const BANNER_NOTICES = new Set(['outage_wait', 'maintenance_wait']);

export function ResultsScreen({ flow }: { flow: Flow }) {
  const { t, k } = useTexts();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { causes, plan, storage, notices, nextQuestion } = flow.diagnosis;
  const open = plan.filter((item) => !item.heldBack);
  const heldBack = plan.filter((item) => item.heldBack);
  const [current, ...later] = open;
  const showStorage = storage && causes.slice(0, 2).some((c) => c.id === 'storage_full');
  const tried = Object.entries(flow.session.facts.stepsTried ?? {});

  return (
    <section class="screen" aria-labelledby="results-title">
      <h2 id="results-title" tabIndex={-1} ref={heading}>
        {t('results.title')}
      </h2>
      {/* Screen readers hear the new leader when an outcome changes the ranking. */}
      <TopCause diagnosis={flow.diagnosis} hidden />
      {notices
        .filter((n) => !BANNER_NOTICES.has(n.id))
        .map((n) => (
          <p key={n.id} class="notice" role="status">
            {k(n.text)}
          </p>
        ))}
      <CauseList diagnosis={flow.diagnosis} />
      {showStorage && <StoragePanel storage={storage} />}

      <h2>{t('results.planTitle')}</h2>
      <div aria-live="polite">
        {current ? (
          <StepCard key={current.stepId} item={current} flow={flow} current />
        ) : (
          <p>{t('results.noSteps')}</p>
        )}
      </div>
      {later.length > 0 && (
        <details class="later">
          <summary>{t('results.later', { n: later.length })}</summary>
          <ol>
            {later.map((item) => (
              <li key={item.stepId}>
                {k(keys.step(item.stepId).title)}{' '}
                <span class={`disruption disruption--${item.disruption}`}>
                  {t(`disruption.${item.disruption}`)}
                </span>
              </li>
            ))}
          </ol>
        </details>
      )}
      {heldBack.length > 0 && (
        <section class="held" aria-labelledby="held-title">
          <h3 id="held-title">{t('results.heldBack')}</h3>
          {heldBack[0]?.heldBackReason && <p>{k(heldBack[0].heldBackReason)}</p>}
          <ul>
            {heldBack.map((item) => (
              <li key={item.stepId}>{k(keys.step(item.stepId).title)}</li>
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
                {k(keys.step(stepId).title)}: {t(`outcome.${outcome}`)}
              </li>
            ))}
          </ul>
        </details>
      )}
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
    </section>
  );
}
