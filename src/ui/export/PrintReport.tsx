import { useEffect, useMemo, useState } from 'preact/hooks';
import { htmlLang, pickLocale } from '../../i18n';
import { buildSummary } from '../../report';
import { loadStoredFlow, type StoredFlow } from '../flow-state';
import { textsFor } from '../locale-context';
import { useCatalogs } from '../use-catalogs';
import { SummaryDocument } from './SummaryDocument';
import { EXPORT_FAMILIES, summaryLanguages } from './texts';
import { choicesFromQuery, summaryInput } from './summary-input';
import './export.css';

/**
 * The printable report (report.html): the stored session as one clean document, laid out for
 * paper by the print styles, so the browser's "Save as PDF" gives a tidy file.
 */
export function PrintReport({
  query = location.search,
  languageTag = navigator.language,
}: {
  query?: string;
  languageTag?: string;
}) {
  const [loaded, setLoaded] = useState<{ flow: StoredFlow; at: Date } | null>(null);
  useEffect(() => {
    void loadStoredFlow().then((flow) => setLoaded({ flow, at: new Date() }));
  }, []);
  const texts = textsFor(loaded?.flow.chosenLocale ?? pickLocale(languageTag), ['export', 'ui']);
  const { t } = texts;
  const ready = useCatalogs(summaryLanguages(texts.locale), EXPORT_FAMILIES);
  const summary = useMemo(() => {
    if (!loaded || !ready) return null;
    const { session, readings } = loaded.flow;
    return buildSummary(summaryInput(session, readings, texts.locale, loaded.at), {
      ...choicesFromQuery(query, texts.locale),
    });
  }, [loaded, ready, texts.locale, query]);

  useEffect(() => {
    document.documentElement.lang = htmlLang(texts.locale);
    if (ready) document.title = t('report.pageTitle');
  }, [texts.locale, ready]);

  return (
    <main class="report page-column" aria-busy={!summary}>
      {summary ? (
        <>
          <div class="report__actions">
            <button type="button" class="primary" onClick={() => window.print()}>
              {t('report.print')}
            </button>
            <p class="muted">{t('report.printHint')}</p>
          </div>
          <SummaryDocument summary={summary} />
        </>
      ) : (
        ready && <p>{t('report.loading')}</p>
      )}
    </main>
  );
}
