import { goTo } from '../../flow/actions';
import { keys, knowledge } from '../../knowledge';
import { GuideLink } from '../components/GuideLink';
import { useTexts } from '../locale-context';
import { useFocusOnMount } from '../use-focus';
import type { Flow } from '../use-flow';

/** "This fixed it": a short confirmation, the prevention checklist, and the guide for more. */
export function SuccessScreen({ flow }: { flow: Flow }) {
  const { t } = useTexts();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const fixed = flow.diagnosis.notices.find((n) => n.id === 'step_fixed');
  return (
    <section class="screen" aria-labelledby="success-title">
      <h2 id="success-title" tabIndex={-1} ref={heading}>
        {t('success.title')}
      </h2>
      {fixed && <p>{t(fixed.text)}</p>}
      <h3>{t('success.prevention')}</h3>
      <ul class="checklist">
        {knowledge.checklist.map((item) => (
          <li key={item.id}>{t(keys.checklist(item.id))}</li>
        ))}
      </ul>
      <p>
        <GuideLink label="success.guide" />
      </p>
      <div class="row">
        <button type="button" onClick={() => flow.update((s, at) => goTo(s, 'results', at))}>
          {t('success.backToSteps')}
        </button>
      </div>
    </section>
  );
}
