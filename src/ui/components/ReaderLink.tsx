import type { SiteFacts } from '../../pages/site';
import { siteTextKey } from '../../pages/site-texts';
import { useTexts } from '../locale-context';

/**
 * A page the extension reads, offered where its reading would answer something: opened from
 * here, the content script reads it and the popup has the answer when it opens again. A link,
 * so the page opens in a tab at the user's own click, like the sources' links.
 */
export function ReaderLink({ site }: { site: SiteFacts | undefined }) {
  const { t, locale } = useTexts();
  if (!site) return null;
  return (
    <p class="reader-link">
      <a href={site.page(locale)} target="_blank" rel="noreferrer">
        {t(siteTextKey.open(site.site))}
      </a>
    </p>
  );
}
