import type { Step } from '../../knowledge';
import { useTexts } from '../locale-context';

/**
 * What a step of the knowledge costs, one line each, for a page that shows the step outside a
 * plan (the "Nothing worked" screen, the guide): placed before its instructions, as the plan's
 * step cards do. Nothing for a step that costs nothing.
 */
export function StepCosts({ step }: { step: Step }) {
  const { t } = useTexts();
  if (step.consequences.length === 0) return null;
  return (
    <ul class="step__notes">
      {step.consequences.map((c) => (
        <li key={c}>{t(c)}</li>
      ))}
    </ul>
  );
}
