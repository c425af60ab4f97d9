import { useEffect, useState } from 'preact/hooks';
import { pickLocale } from '../i18n';
import { Footer } from './components/Footer';
import { KnownFacts } from './components/KnownFacts';
import { NoticeBar } from './components/NoticeBar';
import { OutageBanner } from './components/OutageBanner';
import { TextsContext, textsFor } from './locale-context';
import { useLazy } from './lazy';
import { QuestionScreen } from './screens/QuestionScreen';
import { ResultsScreen } from './screens/ResultsScreen';
import { StartScreen } from './screens/StartScreen';
import type { StoredFlow } from './flow-state';
import { useFlow } from './use-flow';

export function App({
  languageTag = navigator.language,
  stored,
}: {
  languageTag?: string;
  /** The stored flow, already being read (see useFlow). */
  stored?: Promise<StoredFlow>;
}) {
  const flow = useFlow(stored);
  const texts = textsFor(flow.chosenLocale ?? pickLocale(languageTag));
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

  useEffect(() => {
    document.documentElement.lang = texts.locale;
    document.title = texts.t('app.title');
  }, [texts.locale]);

  return (
    <TextsContext.Provider value={texts}>
      <div class="app">
        <header class="app__header">
          <h1>{texts.t('app.title')}</h1>
          <p class="muted">{texts.t('app.unofficial')}</p>
        </header>
        {/* Until storage answers, the frame keeps its size so nothing jumps when it does. */}
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
                  since={
                    flow.readings.find((r) => r.site === 'status' && r.state === 'fresh')?.since
                  }
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
      </div>
    </TextsContext.Provider>
  );
}
