import { useState } from 'preact/hooks';
import { LOCALES, type Locale } from '../../i18n';
import { useTexts } from '../locale-context';
import type { Flow } from '../use-flow';

/**
 * Language, "Export summary", "Start over" and "Delete all data": one click away from every
 * screen. `onExport` is left out while the export is already open.
 */
export function Footer({ flow, onExport }: { flow: Flow; onExport?: () => void }) {
  const { t, locale } = useTexts();
  const [confirming, setConfirming] = useState(false);
  return (
    <footer class="app__footer">
      <label class="footer__language">
        <span>{t('footer.language')}</span>
        <select value={locale} onChange={(e) => flow.chooseLocale(e.currentTarget.value as Locale)}>
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </select>
      </label>
      {onExport && (
        <button type="button" class="link" onClick={onExport}>
          {t('export.open')}
        </button>
      )}
      <button type="button" class="link" onClick={flow.startOver}>
        {t('footer.startOver')}
      </button>
      {confirming ? (
        <span class="footer__confirm" role="group" aria-label={t('footer.deleteConfirm')}>
          <span>{t('footer.deleteConfirm')}</span>
          <button
            type="button"
            class="danger"
            onClick={() => {
              setConfirming(false);
              void flow.deleteAllData();
            }}
          >
            {t('footer.deleteYes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('footer.deleteNo')}
          </button>
        </span>
      ) : (
        <button type="button" class="link" onClick={() => setConfirming(true)}>
          {t('footer.delete')}
        </button>
      )}
    </footer>
  );
}
