import { useState } from 'preact/hooks';
import { formatBytes } from '../../engine/storage-math';
import { answer } from '../../flow/actions';
import { useTexts } from '../locale-context';
import { readPastedStorage } from '../storage-paste';
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
    const { usedBytes, totalBytes, nextBackupBytes } = readPastedStorage(value);
    const hasUsage = usedBytes !== undefined && totalBytes !== undefined;
    if (!hasUsage && nextBackupBytes === undefined) {
      setError(true);
      setDone('');
      return;
    }
    flow.update((s, at) => {
      let next = s;
      if (hasUsage) {
        next = answer(
          answer(next, 'storageUsedBytes', usedBytes, at),
          'storageTotalBytes',
          totalBytes,
          at,
        );
      }
      return nextBackupBytes === undefined
        ? next
        : answer(next, 'backupSizeBytes', nextBackupBytes, at);
    });
    const size = (bytes: number) => formatBytes(bytes, locale);
    setDone(
      [
        hasUsage ? t('paste.readUsage', { used: size(usedBytes), total: size(totalBytes) }) : '',
        nextBackupBytes === undefined ? '' : t('paste.readNext', { size: size(nextBackupBytes) }),
      ]
        .filter(Boolean)
        .join(' '),
    );
    setValue('');
    setError(false);
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
