import type { Diagnosis } from '../../engine/types';
import { keys } from '../../knowledge';
import { likelihoodOf } from '../../report/likelihood';
import { useTexts } from '../locale-context';

/** A polite live region: screen readers hear the ranking change as answers come in. */
export function TopCause({
  diagnosis,
  hidden = false,
}: {
  diagnosis: Diagnosis;
  hidden?: boolean;
}) {
  const { t } = useTexts();
  const top = diagnosis.causes[0];
  const likelihood = top && likelihoodOf(top.score);
  return (
    <p class={hidden ? 'sr-only' : 'top-cause'} aria-live="polite">
      {/* An "unlikely" cause, or one nothing speaks for yet (it sits at how common it is), is no
          leader: naming it "most likely" would say more than is known. */}
      {top &&
        (likelihood === 'unlikely' || top.evidence.length === 0
          ? t('question.noLeader')
          : t('question.mostLikely', {
              cause: t(keys.cause(top.id).title),
              likelihood: t(`likelihood.${likelihood}`),
            }))}
    </p>
  );
}
