import { LanguageSelect } from './LanguageSelect';
import { useTexts } from '../locale-context';
import type { StartFlow } from '../use-flow';
import { ConfirmButton, StartOverButton } from './ConfirmButton';
import { GuideLink } from './GuideLink';

/**
 * Language, the guide, "Export summary", "Start over" and "Delete all data": one click away
 * from every screen; the last two ask first, then `onCleared` (the export of what is gone
 * closes). `onExport` is left out while the export is open.
 */
export function Footer({
  flow,
  onExport,
  onCleared,
}: {
  flow: StartFlow;
  onExport?: () => void;
  onCleared: () => void;
}) {
  const { t, locale } = useTexts();
  return (
    <footer class="app__footer">
      <LanguageSelect label={t('footer.language')} value={locale} onChange={flow.chooseLocale} />
      <GuideLink />
      {onExport && (
        <button type="button" class="link" onClick={onExport}>
          {t('export.open')}
        </button>
      )}
      <StartOverButton
        onConfirm={() => {
          onCleared();
          flow.startOver();
        }}
      />
      <ConfirmButton
        label="footer.delete"
        question="footer.deleteConfirm"
        yes="footer.deleteYes"
        onConfirm={() => {
          onCleared();
          void flow.deleteAllData();
        }}
      />
    </footer>
  );
}
