import { useEffect, useState } from 'preact/hooks';
import { pickLocale } from '../i18n';
import { Footer } from './components/Footer';
import { KnownFacts } from './components/KnownFacts';
import { NoticeBar } from './components/NoticeBar';
import { OutageBanner } from './components/OutageBanner';
import { POPUP_FAMILIES, TextsContext, textsFor, type Texts } from './locale-context';
import { useLazy } from './lazy';
import { useCatalogs, useShownLocale } from './use-catalogs';
import { QuestionScreen } from './screens/QuestionScreen';
import { ResultsScreen } from './screens/ResultsScreen';
import { StartScreen } from './screens/StartScreen';
import type { StoredFlow } from './flow-state';
import { useFlow, type Flow } from './use-flow';

export function App({
  languageTag = navigator.language,
  stored,
}: {
  languageTag?: string;
  /** The stored flow, already being read (see useFlow). */
  stored?: Promise<StoredFlow>;
}) {
  const flow = useFlow(stored);
  // The browser's language loads while storage is read, and nothing is shown before both answer:
  // a language chosen earlier (stored) is loaded only then, the one case with a second wait.
  const browserLocale = pickLocale(languageTag);
  useCatalogs([browserLocale], POPUP_FAMILIES);
  const locale = useShownLocale(
    flow.ready ? (flow.chosenLocale ?? browserLocale) : undefined,
    POPUP_FAMILIES,
  );
  const texts = locale && textsFor(locale);

  useEffect(() => {
    if (!texts) return;
    document.documentElement.lang = texts.locale;
    document.title = texts.t('app.title');
  }, [texts?.locale]);

  return (
    <div class="app">
      {/* Until storage and the texts answer, the frame keeps its size so nothing jumps. */}
      {texts ? <Popup flow={flow} texts={texts} /> : <main class="app__main" aria-busy="true" />}
    </div>
  );
}

function Popup({ flow, texts }: { flow: Flow; texts: Texts }) {
  const { screen } = flow.session;
  // Not part of the session: the export is a view over it, and closing returns to the same place.
  // Its code (builder, redaction, renderers) and the last screens load on first use, keeping the
  // popup's start light.
  const [exporting, setExporting] = useState(false);
  const exportView = useLazy(() => import('./export/ExportScreen'), exporting);
  const later = useLazy(
    () => import('./screens/later-screens'),
    screen === 'success' || screen === 'escalation',
  );

  return (
    <TextsContext.Provider value={texts}>
      <header class="app__header">
        <h1>{texts.t('app.title')}</h1>
        <p class="muted">{texts.t('app.unofficial')}</p>
      </header>
      <main class="app__main" aria-busy={!flow.ready}>
        {flow.ready && exporting && exportView && (
          <exportView.ExportScreen flow={flow} onClose={() => setExporting(false)} />
        )}
        {flow.ready && !exporting && (
          <>
            <NoticeBar notice={flow.notice} onDismiss={flow.dismissNotice} />
            {screen !== 'success' && (
              <OutageBanner
                diagnosis={flow.diagnosis}
                facts={flow.session.facts}
                since={flow.readings.find((r) => r.site === 'status' && r.state === 'fresh')?.since}
              />
            )}
            {screen === 'start' && <StartScreen flow={flow} />}
            {screen === 'questions' && <QuestionScreen flow={flow} />}
            {screen === 'results' && <ResultsScreen flow={flow} />}
            {screen === 'success' && later && <later.SuccessScreen flow={flow} />}
            {screen === 'escalation' && later && <later.EscalationScreen flow={flow} />}
            {screen !== 'success' && screen !== 'escalation' && <KnownFacts flow={flow} />}
          </>
        )}
      </main>
      <Footer
        flow={flow}
        onExport={flow.ready && !exporting ? () => setExporting(true) : undefined}
      />
    </TextsContext.Provider>
  );
}
