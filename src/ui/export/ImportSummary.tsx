import { useState } from 'preact/hooks';
import { resumeFromSummary } from '../../flow/summary-session';
import { importSummaryFile, MAX_SUMMARY_BYTES, type SummaryJson } from '../../report';
import { formatDateTime, sentences } from '../format';
import { importErrorText } from './import-error';
import { droppedItems } from '../components/NoticeBar';
import { useTexts } from '../locale-context';
import type { Flow } from '../use-flow';

/**
 * The one confirmation before an accepted summary replaces the session; it names what a summary
 * of another version holds that this one leaves out (src/report/other-version.ts).
 */
function ConfirmImport(props: {
  summary: SummaryJson;
  leftOut: readonly string[];
  onReplace: () => void;
  onCancel: () => void;
}) {
  const { locale } = useTexts();
  const { t } = useTexts('export');
  return (
    <div class="import__confirm" role="group" aria-labelledby="import-confirm">
      <p id="import-confirm">
        {t('import.confirm', { date: formatDateTime(props.summary.createdAt, locale) })}
      </p>
      {props.leftOut.length > 0 && (
        <p>
          {t('import.leftOut', {
            items: droppedItems(props.leftOut, t).join(t('list.separator')),
          })}
        </p>
      )}
      <div class="row">
        <button type="button" class="danger" onClick={props.onReplace}>
          {t('import.replace')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </div>
  );
}

/**
 * "Import a summary": a refused file says why and changes nothing; an accepted one replaces
 * the current session only after one confirmation.
 */
export function ImportSummary({ flow, onImported }: { flow: Flow; onImported: () => void }) {
  const { t } = useTexts('export');
  const [pending, setPending] = useState<{ summary: SummaryJson; leftOut: string[] } | null>(null);
  const [error, setError] = useState('');

  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    setPending(null);
    setError('');
    if (!file) return;
    // Refused before it is read into memory: no larger file can hold a summary.
    if (file.size > MAX_SUMMARY_BYTES) {
      return setError(sentences(t('import.error.tooLarge'), t('import.unchanged')));
    }
    // Read as bytes: `file.text()` would decode a summary saved again as UTF-16 as UTF-8.
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      return setError(sentences(t('import.error.unreadable'), t('import.unchanged')));
    }
    const result = importSummaryFile(bytes);
    if (result.ok) setPending({ summary: result.summary, leftOut: result.leftOut ?? [] });
    else setError(sentences(importErrorText(result.error, t), t('import.unchanged')));
  };

  return (
    <section class="import" aria-labelledby="import-title">
      <h3 id="import-title">{t('import.title')}</h3>
      <p class="muted" id="import-hint">
        {t('import.hint')}
      </p>
      <label for="import-file">{t('import.label')}</label>
      <input
        id="import-file"
        type="file"
        accept=".json,application/json"
        aria-describedby="import-hint"
        onChange={(e) => void read(e.currentTarget)}
      />
      <p class="error" role="alert">
        {error}
      </p>
      {pending && (
        <ConfirmImport
          summary={pending.summary}
          leftOut={pending.leftOut}
          onReplace={() => {
            flow.update((_session, now) => resumeFromSummary(pending.summary, now));
            onImported();
          }}
          onCancel={() => setPending(null)}
        />
      )}
    </section>
  );
}
