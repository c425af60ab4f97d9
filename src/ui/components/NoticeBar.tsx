import { summarizeDropped } from '../../flow/dropped';
import { siteTextKey } from '../../pages/site-texts';
import { isReported } from '../../report/fact-values';
import type { UiKey } from '../i18n';
import { sentences } from '../format';
import { useTexts, type Texts } from '../locale-context';
import type { FlowNotice } from '../use-flow';

/** Answers without a label under "What we know". */
const OWN_LABELS: Record<string, UiKey> = {
  alertText: 'notice.dropped.alertText',
  notes: 'notice.dropped.notes',
  symptom: 'notice.dropped.symptom',
  storageByCategory: 'notice.dropped.storageByCategory',
};

/** Names what a restore left out, in the user's language: answers, steps, readings, the rest. */
export function droppedItems(dropped: readonly string[], t: Texts['t']): string[] {
  const summary = summarizeDropped(dropped);
  const factLabel = (name: string) =>
    t(isReported(name) ? `fact.${name}` : (OWN_LABELS[name] ?? 'notice.dropped.other'));
  return [
    ...summary.facts.map(factLabel),
    ...(summary.steps > 0 ? [t('notice.dropped.steps', { n: summary.steps })] : []),
    ...summary.readings.map((site) => t(siteTextKey.dropped(site))),
    ...(summary.other ? [t('notice.dropped.other')] : []),
  ];
}

export function noticeText(notice: NonNullable<FlowNotice>, t: Texts['t']): string {
  if (notice.kind === 'deleted') return t('notice.deleted');
  if (notice.kind === 'unsaved') return t('notice.unsaved');
  if (notice.kind === 'delete-failed') return t('notice.deleteFailed');
  const { reset, newer } = summarizeDropped(notice.dropped);
  const items = droppedItems(
    notice.dropped.filter((path) => path !== 'session'),
    t,
  );
  return sentences(
    reset ? t('notice.reset') : '',
    newer ? t('notice.newer') : '',
    items.length > 0 ? t('notice.recovered', { items: items.join(t('list.separator')) }) : '',
  );
}

/** Says what happened to saved data (left out, deleted, not saved) instead of failing silently. */
export function NoticeBar({ notice, onDismiss }: { notice: FlowNotice; onDismiss: () => void }) {
  const { t } = useTexts();
  if (!notice) return null;
  return (
    <div class="notice" role="status">
      <p>{noticeText(notice, t)}</p>
      <button type="button" class="link" onClick={onDismiss}>
        {t('action.dismiss')}
      </button>
    </div>
  );
}
