import { useEffect, useState } from 'preact/hooks';
import { LOCALES, htmlLang, pickLocale, type Locale } from '../../i18n';
import { LanguageSelect } from '../components/LanguageSelect';
import { TextsContext, textsFor, useTexts } from '../locale-context';
import { GUIDE_SECTIONS } from './sections';
import { useShownLocale } from '../use-catalogs';
import type { Family } from '../../knowledge/catalogs';

const GUIDE_FAMILIES: readonly Family[] = ['ui', 'knowledge', 'guide'];
/** The guide's own words come before the popup's shared ones (its header names the app). */
const GUIDE_OWN: readonly Family[] = ['guide', 'ui'];

/** The language in the address (the popup's, when opened from it), else the browser's. */
function useGuideLocale(query: string, languageTag: string) {
  const [locale, setLocale] = useState<Locale>(
    () =>
      LOCALES.find((l) => l === new URLSearchParams(query).get('lang')) ?? pickLocale(languageTag),
  );
  const choose = (next: Locale) => {
    setLocale(next);
    const url = new URL(location.href);
    url.searchParams.set('lang', next);
    history.replaceState(null, '', url);
  };
  return [locale, choose] as const;
}

function GuideHeader({ choose }: { choose: (locale: Locale) => void }) {
  const { t, locale } = useTexts();
  return (
    <header class="guide__header">
      <p class="muted">
        {t('app.title')} · {t('unofficial')}
      </p>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <div class="guide__controls">
        <LanguageSelect label={t('language')} value={locale} onChange={choose} />
        <button type="button" onClick={() => window.print()}>
          {t('print')}
        </button>
      </div>
    </header>
  );
}

function Contents() {
  const { t } = useTexts();
  return (
    <nav class="guide__toc" aria-labelledby="toc-title">
      <h2 id="toc-title">{t('contents')}</h2>
      <ol>
        {GUIDE_SECTIONS.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`}>{t(s.heading)}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Printing shows what is behind "Sources" too: a closed disclosure prints closed. */
function useOpenDetailsForPrint() {
  useEffect(() => {
    const openAll = () => document.querySelectorAll('details').forEach((d) => (d.open = true));
    window.addEventListener('beforeprint', openAll);
    return () => window.removeEventListener('beforeprint', openAll);
  }, []);
}

/**
 * guide.html: what the guides teach beyond the flow (FAQ, backup strategies, what can still be
 * recovered, recovery labs, tools to avoid, prevention, corrections), with a table of contents.
 * Every section is open, so the page prints whole.
 */
export function GuidePage({
  query = location.search,
  languageTag = navigator.language,
}: {
  query?: string;
  languageTag?: string;
}) {
  const [wanted, choose] = useGuideLocale(query, languageTag);
  const locale = useShownLocale(wanted, GUIDE_FAMILIES);
  useOpenDetailsForPrint();

  useEffect(() => {
    if (!locale) return;
    document.documentElement.lang = htmlLang(locale);
    const { t } = textsFor(locale, GUIDE_OWN);
    document.title = `${t('title')} · ${t('app.title')}`;
  }, [locale]);

  if (!locale) return <div class="guide page-column" aria-busy="true" />;
  const texts = textsFor(locale, GUIDE_OWN);
  return (
    <TextsContext.Provider value={texts}>
      <div class="guide page-column">
        <GuideHeader choose={choose} />
        <Contents />
        <main>
          {GUIDE_SECTIONS.map(({ id, heading, Body }) => (
            <section key={id} id={id} class="guide__section" aria-labelledby={`${id}-title`}>
              <h2 id={`${id}-title`}>{texts.t(heading)}</h2>
              <Body />
            </section>
          ))}
        </main>
      </div>
    </TextsContext.Provider>
  );
}
