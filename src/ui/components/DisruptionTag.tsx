import type { PlanItem } from '../../engine/types';
import { stepsById } from '../../knowledge';
import { useTexts } from '../locale-context';

/**
 * How much a step changes on the device, and, for a step that costs money (a bigger plan),
 * that it does: a plan's price is not a change to the device, so it gets its own tag.
 */
export function DisruptionTag({ item }: { item: PlanItem }) {
  const { t } = useTexts();
  return (
    <>
      <span class={`disruption disruption--${item.disruption}`}>
        {t(`disruption.${item.disruption}`)}
      </span>
      {stepsById.get(item.stepId)?.paid && (
        <>
          {' '}
          <span class="disruption disruption--paid">{t('disruption.paid')}</span>
        </>
      )}
    </>
  );
}
