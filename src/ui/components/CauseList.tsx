import type { Diagnosis } from '../../engine/types';
import { keys, knowledge } from '../../knowledge';
import { useTexts } from '../locale-context';
import { Sources } from './StepCard';

/** How many causes the results show; the rest have too little going for them to help. */
const SHOWN = 3;

export function CauseList({ diagnosis }: { diagnosis: Diagnosis }) {
  const { t, k } = useTexts();
  return (
    <ol class="causes">
      {diagnosis.causes.slice(0, SHOWN).map((cause) => {
        const percent = Math.round(cause.score * 100);
        const known = knowledge.causes.find((c) => c.id === cause.id);
        return (
          <li key={cause.id} class="cause">
            <div class="cause__head">
              <strong>{k(keys.cause(cause.id).title)}</strong>
              <span class="cause__score">{t('results.score', { score: percent })}</span>
            </div>
            <div class="meter" aria-hidden="true">
              <span style={{ width: `${percent}%` }} />
            </div>
            <p>{k(cause.why)}</p>
            {cause.evidence.length > 0 && (
              <details>
                <summary>{t('results.evidence')}</summary>
                <ul class="evidence">
                  {cause.evidence.map((e) => (
                    <li key={e.id} class={`evidence--${e.direction}`}>
                      <span class="evidence__dir">{t(`results.${e.direction}`)}</span> {k(e.text)}
                    </li>
                  ))}
                </ul>
              </details>
            )}
            {known && <Sources ids={known.sources} />}
          </li>
        );
      })}
    </ol>
  );
}
