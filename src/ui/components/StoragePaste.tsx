import { useState } from 'preact/hooks';
import { useLazy } from '../lazy';
import { useTexts } from '../locale-context';
import type { Flow } from '../use-flow';

/**
 * "Paste what Settings shows", offered where storage is discussed: the storage question, the
 * storage step and the storage panel. The form and its storage grammar load on first opening.
 */
export function StoragePaste({ flow }: { flow: Flow }) {
  const { t } = useTexts();
  const [open, setOpen] = useState(false);
  const form = useLazy(() => import('./PasteForm'), open);
  return (
    <details class="paste" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('paste.summary')}</summary>
      {form && <form.PasteForm flow={flow} />}
    </details>
  );
}
