import { useState } from 'preact/hooks';
import { answer } from '../../flow/actions';
import { appleBytesWithin } from '../../pages/units';
import { parseStorageText } from '../../pages/icloud/storage-text';
import { useTexts } from '../locale-context';
import type { Flow } from '../use-flow';

/**
 * "Paste what your iPhone shows": the same reader as on icloud.com turns a copied storage line
 * ("4.8 GB of 5 GB used", "4,8 GB von 5 GB belegt", ...) into numbers.
 */
export function StoragePaste({ flow }: { flow: Flow }) {
  const { t } = useTexts();
  const [value, setValue] = useState('');
  const [error, setError] = useState(false);

  const submit = (event: Event) => {
    event.preventDefault();
    const reading = parseStorageText(value);
    // Beyond what a reading may carry is no real storage line, and a stored answer must stay valid.
    const used = reading.used && appleBytesWithin(reading.used);
    const total = reading.total && appleBytesWithin(reading.total);
    if (used === undefined || total === undefined) {
      setError(true);
      return;
    }
    flow.update((s, at) =>
      answer(answer(s, 'storageUsedBytes', used, at), 'storageTotalBytes', total, at),
    );
    setValue('');
    setError(false);
  };

  return (
    <details class="paste">
      <summary>{t('paste.summary')}</summary>
      <form onSubmit={submit}>
        <label for="paste-input">{t('paste.label')}</label>
        <textarea
          id="paste-input"
          rows={2}
          value={value}
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
      </form>
    </details>
  );
}
