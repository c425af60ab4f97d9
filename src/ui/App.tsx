import { useEffect, useRef, useState } from 'preact/hooks';
import { htmlLang, pickLocale } from '../i18n';
import { loaded, START_PARTS, type Part } from '../i18n/load';
import { afterPaint } from './after-paint';
import { Footer } from './components/Footer';
import { KnownSection } from './components/KnownSection';
import { TextsContext, textsFor, type Texts } from './locale-context';
import { useLazy } from './lazy';
import { useCatalogs, useShownLocale } from './use-catalogs';
import { StartScreen } from './screens/StartScreen';
import { SHELL_TITLE } from './shell';
import type { StoredRead } from './stored-values';
import { useFlow, type PopupFlow } from './use-flow';

/** Every other screen also reads the knowledge texts (causes, steps, questions...). */
const POPUP_PARTS: readonly Part[] = ['start', 'knowledge'];

export function App({
  languageTag = navigator.language,
  stored,
}: {
  languageTag?: string;
  /** Storage as read before the first render (entrypoints/popup), else App reads it. */
  stored?: StoredRead;
}) {
  // Set once a start screen shown before the checks is on screen: the rest loads after that.
  const [painted, setPainted] = useState(false);
  const flow = useFlow(stored, painted);
  // The browser's language loads while storage is read, and nothing is shown before both answer:
  // a language chosen earlier (stored) is loaded only then, the one case with a second wait.
  const browserLocale = pickLocale(languageTag);
  const parts = flow.ready || flow.loading ? POPUP_PARTS : START_PARTS;
  useCatalogs([browserLocale], parts);
  const known = flow.ready || flow.start;
  const locale = useShownLocale(known ? (flow.chosenLocale ?? browserLocale) : undefined, parts);
  const texts = locale && textsFor(locale, undefined, flow.session.facts);
  const screens = useLazy(() => import('./screens/flow-screens'), flow.ready || flow.loading);
  const complete = flow.ready && screens !== undefined && !!locale && loaded(locale, POPUP_PARTS);
  // The start screen may show before the rest, and stays while it loads; any other screen
  // waits for everything it needs.
  const previewed = useRef(false);
  if (!flow.ready && flow.start) previewed.current = true;
  const startOnly =
    !complete && flow.session.screen === 'start' && (flow.ready ? previewed.current : flow.start);

  useEffect(() => {
    if (texts && startOnly && !painted) return afterPaint(() => setPainted(true));
  }, [texts !== undefined && startOnly]);

  useEffect(() => {
    if (!texts) return;
    document.documentElement.lang = htmlLang(texts.locale);
    document.title = texts.t('app.title');
  }, [texts?.locale]);

  return (
    <div class="app">
      {/* Until storage and the texts answer, the shell of popup.html stays: nothing jumps. */}
      {texts && (complete || startOnly) ? (
        <Popup flow={flow} screens={complete ? screens : undefined} texts={texts} />
      ) : (
        <>
          <header class="app__header">
            <h1>{SHELL_TITLE}</h1>
          </header>
          <main class="app__main" aria-busy="true" />
        </>
      )}
    </div>
  );
}

type Screens = typeof import('./screens/flow-screens');

/**
 * One tree for the start screen shown before the checks and for the whole flow after, so the
 * start screen stays as it is (focus, what was typed) when the rest arrives. `screens` is given
 * once the flow is checked and everything it shows is loaded.
 */
function Popup({ flow, screens, texts }: { flow: PopupFlow; screens?: Screens; texts: Texts }) {
  const full = flow.ready && screens ? { flow, ...screens } : undefined;
  // "This fixed it" ends on the success screen, unless a page read since shows the problem is
  // still there: then the results say so (the notice `fix_not_held`) and carry on.
  const fixNotHeld = full?.flow.diagnosis.notices.some((n) => n.id === 'fix_not_held');
  const screen = flow.session.screen === 'success' && fixNotHeld ? 'results' : flow.session.screen;
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
      <main class="app__main" aria-busy={!full}>
        {full && exporting && exportView && (
          <exportView.ExportScreen flow={full.flow} onClose={() => setExporting(false)} />
        )}
        {!(full && exporting) && (
          <>
            {full && (
              <full.NoticeBar notice={full.flow.notice} onDismiss={full.flow.dismissNotice} />
            )}
            {full && screen !== 'success' && (
              <full.OutageBanner
                diagnosis={full.flow.diagnosis}
                facts={full.flow.session.facts}
                since={
                  full.flow.readings.find((r) => r.site === 'status' && r.state === 'fresh')?.since
                }
              />
            )}
            {screen === 'start' && <StartScreen flow={flow} />}
            {full && screen === 'questions' && <full.QuestionScreen flow={full.flow} />}
            {full && screen === 'results' && <full.ResultsScreen flow={full.flow} />}
            {full && screen === 'success' && later && <later.SuccessScreen flow={full.flow} />}
            {full && screen === 'escalation' && later && (
              <later.EscalationScreen flow={full.flow} />
            )}
            {screen !== 'success' &&
              screen !== 'escalation' &&
              (full ? <full.KnownFacts flow={full.flow} /> : <KnownSection />)}
          </>
        )}
      </main>
      <Footer
        flow={flow}
        onExport={exporting ? undefined : () => setExporting(true)}
        onCleared={() => setExporting(false)}
      />
    </TextsContext.Provider>
  );
}
