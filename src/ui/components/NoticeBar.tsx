import type { FlowNotice } from '../use-flow';
import { useTexts } from '../locale-context';

/** Says what happened to saved data (reset, recovered, deleted) instead of failing silently. */
export function NoticeBar({ notice, onDismiss }: { notice: FlowNotice; onDismiss: () => void }) {
  const { t } = useTexts();
  if (!notice) return null;
  return (
    <div class="notice" role="status">
      <p>{t(`notice.${notice}`)}</p>
      <button type="button" class="link" onClick={onDismiss}>
        {t('action.dismiss')}
      </button>
    </div>
  );
}
