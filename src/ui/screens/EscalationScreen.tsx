import { goTo } from '../../flow/actions';
import { keys, knowledge } from '../../knowledge';
import { CostTable } from '../components/CostTable';
import { GuideLink } from '../components/GuideLink';
import { Sources } from '../components/Sources';
import { StepCosts } from '../components/StepCosts';
import { useTexts } from '../locale-context';
import { useFocusOnMount } from '../use-focus';
import type { Flow } from '../use-flow';

/** When nothing worked: Apple Support, a local backup, data recovery labs, and what to avoid. */
export function EscalationScreen({ flow }: { flow: Flow }) {
  const { t } = useTexts();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const steps = knowledge.steps.filter((s) => s.kind === 'escalation' || s.kind === 'alternative');
  return (
    <section class="screen" aria-labelledby="escalation-title">
      <h2 id="escalation-title" tabIndex={-1} ref={heading}>
        {t('escalation.title')}
      </h2>
      <p>{t('escalation.intro')}</p>
      {steps.map((step) => (
        <article key={step.id} class="step" aria-labelledby={`esc-${step.id}`}>
          <h3 id={`esc-${step.id}`}>{t(keys.step(step.id).title)}</h3>
          <StepCosts step={step} />
          <p class="step__instructions">{t(keys.step(step.id).instructions)}</p>
          {step.id === 'recovery_lab' && <CostTable />}
          <Sources ids={step.sources} />
        </article>
      ))}
      <p>
        <GuideLink label="escalation.guide" section="recovery" />
      </p>
      <button type="button" onClick={() => flow.update((s, at) => goTo(s, 'results', at))}>
        {t('escalation.back')}
      </button>
    </section>
  );
}
