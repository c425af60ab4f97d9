import { siteAnswering } from '../../pages/site-facts';
import { siteTextKey } from '../../pages/site-texts';
import { useTexts } from '../locale-context';

/**
 * A question that a page reading answers offers that page: opened from here, the content script
 * reads it and the popup has the answer when it opens again. A link, so the page opens in a tab
 * at the user's own click, like the sources' links.
 */
export function ReaderLink({ fact }: { fact: string }) {
  const { t, locale } = useTexts();
  const meaning = siteAnswering(fact);
  if (!meaning) return null;
  return (
    <p class="reader-link">
      <a href={meaning.page(locale)} target="_blank" rel="noreferrer">
        {t(siteTextKey.open(meaning.site))}
      </a>
    </p>
  );
}
