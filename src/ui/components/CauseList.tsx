import type { Diagnosis, RankedCause } from '../../engine/types';
import { keys, knowledge } from '../../knowledge';
import { likelihoodOf } from '../../report/likelihood';
import { useTexts } from '../locale-context';
import { Label } from './Label';
import { Sources } from './Sources';

/** How many causes the results show; the rest have too little going for them to help. */
const SHOWN = 3;

function Evidence({ cause }: { cause: RankedCause }) {
  const { t } = useTexts();
  if (cause.evidence.length === 0) return <p class="muted">{t('results.noEvidence')}</p>;
  return (
    <ul class="evidence">
      {cause.evidence.map((e) => (
        <li key={e.id} class={`evidence--${e.direction}`}>
          <Label class="evidence__dir" text={t(`results.${e.direction}`)} />
          {t(e.text)}
        </li>
      ))}
    </ul>
  );
}

/**
 * The ranked causes, one line each: the cause and how likely it is, in words. "Why" opens what
 * the cause means, the evidence for and against it, and the sources.
 */
export function CauseList({ diagnosis }: { diagnosis: Diagnosis }) {
  const { t } = useTexts();
  return (
    <ol class="causes">
      {diagnosis.causes.slice(0, SHOWN).map((cause) => {
        const likelihood = likelihoodOf(cause.score);
        const known = knowledge.causes.find((c) => c.id === cause.id);
        return (
          <li key={cause.id} class="cause">
            <details>
              <summary>
                <span class="cause__title">{t(keys.cause(cause.id).title)}</span>{' '}
                <span class={`likelihood likelihood--${likelihood}`}>
                  {t(`likelihood.${likelihood}`)}
                </span>{' '}
                <span class="cause__why">{t('results.why')}</span>
              </summary>
              <p>{t(keys.cause(cause.id).description)}</p>
              <Evidence cause={cause} />
              {known && <Sources ids={known.sources} />}
            </details>
          </li>
        );
      })}
    </ol>
  );
}
