import { guideUrl } from '../guide-link';
import { useTexts } from '../locale-context';
import type { UiKey } from '../i18n';

/** A link to the guide page, opened in a tab beside the flow. */
export function GuideLink({ label = 'guide.link', section }: { label?: UiKey; section?: string }) {
  const { t, locale } = useTexts();
  return (
    <a class="guide-link" href={guideUrl(locale, section)} target="_blank" rel="noreferrer">
      {t(label)}
    </a>
  );
}
