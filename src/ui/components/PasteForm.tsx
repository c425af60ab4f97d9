import { useState } from 'preact/hooks';
import { formatBytes } from '../../engine/storage-math';
import { sentences } from '../format';
import { useTexts } from '../locale-context';
import { answerPasted, readPastedStorage } from '../storage-paste';
import type { Flow } from '../use-flow';

/**
 * The usage line (and the next backup's size) copied from the iPhone or icloud.com, read by the
 * same grammar as the icloud.com reader.
 */
export function PasteForm({ flow }: { flow: Flow }) {
  const { t, locale } = useTexts();
  const [value, setValue] = useState('');
  const [error, setError] = useState(false);
  const [done, setDone] = useState('');

  const submit = (event: Event) => {
    event.preventDefault();
    const pasted = readPastedStorage(value);
    const { usedBytes: used, totalBytes: total, nextBackupBytes: next } = pasted;
    const size = (bytes: number) => formatBytes(bytes, locale);
    const read = [
      used !== undefined && total !== undefined
        ? t('paste.readUsage', { used: size(used), total: size(total) })
        : '',
      next === undefined ? '' : t('paste.readNext', { size: size(next) }),
    ].filter(Boolean);
    setDone(sentences(...read));
    setError(read.length === 0);
    if (read.length === 0) return;
    flow.update((s, at) => answerPasted(s, pasted, at));
    setValue('');
  };

  return (
    <form class="stack" onSubmit={submit}>
      <label for="paste-input">{t('paste.label')}</label>
      <textarea
        id="paste-input"
        rows={3}
        value={value}
        placeholder={t('paste.placeholder')}
        aria-invalid={error}
        aria-describedby={error ? 'paste-error' : 'paste-hint'}
        onInput={(e) => setValue(e.currentTarget.value)}
      />
      <p id="paste-hint" class="muted">
        {t('paste.hint')}
      </p>
      {error && (
        <p id="paste-error" class="error" role="alert">
          {t('paste.error')}
        </p>
      )}
      <button type="submit">{t('paste.submit')}</button>
      <p class="muted" role="status">
        {done}
      </p>
    </form>
  );
}
