import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { TEXT_LIMITS } from '../../engine/facts';
import { setNotes } from '../../flow/summary-session';
import { languageName, htmlLang, type Locale } from '../../i18n';
import {
  buildSummary,
  fileNameOf,
  maskedSentence,
  mimeTypeOf,
  renderSummary,
  SUMMARY_FORMATS,
  type Summary,
  type SummaryFormat,
} from '../../report';
import { useTexts } from '../locale-context';
import { useCatalogs } from '../use-catalogs';
import { useFocusOnMount } from '../use-focus';
import type { Flow } from '../use-flow';
import { downloadText } from './download';
import { ImportSummary } from './ImportSummary';
import { SummaryDocument } from './SummaryDocument';
import { EXPORT_FAMILIES, summaryLanguages } from './texts';
import { choicesToQuery, summaryInput, type ExportChoices } from './summary-input';
import './export.css';

/**
 * What will be copied, formatted as a document; "Show the exact text" shows the raw output of
 * the chosen format, wrapped so no line is cut off.
 */
function Preview({ summary, output }: { summary: Summary; output: string }) {
  const { t } = useTexts('export');
  const [raw, setRaw] = useState(false);
  return (
    <section class="export__preview-box" aria-labelledby="export-preview-title">
      <div class="row">
        <h3 id="export-preview-title">{t('export.preview')}</h3>
        <button type="button" class="link" aria-pressed={raw} onClick={() => setRaw(!raw)}>
          {t('export.showRaw')}
        </button>
      </div>
      {raw ? (
        <textarea
          class="export__raw"
          aria-label={t('export.rawLabel')}
          readOnly
          rows={14}
          value={output}
          lang={htmlLang(summary.language)}
        />
      ) : (
        <div class="export__document">
          <SummaryDocument summary={summary} level={4} />
        </div>
      )}
    </section>
  );
}

/** One choice out of a few, as a labelled group of radio buttons. */
function RadioChoice<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  name: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset class="export__choice">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} class="check">
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Notes for Apple Support, saved with the session as they are typed. */
function NotesField({ flow }: { flow: Flow }) {
  const { t } = useTexts('export');
  const [notes, setNotesText] = useState(flow.session.facts.notes ?? '');
  return (
    <div class="stack">
      <label for="export-notes">{t('export.notes')}</label>
      <textarea
        id="export-notes"
        rows={3}
        maxLength={TEXT_LIMITS.notes}
        value={notes}
        aria-describedby="export-notes-hint"
        onInput={(e) => {
          const value = e.currentTarget.value;
          setNotesText(value);
          flow.update((s, at) => setNotes(s, value, at));
        }}
      />
      <p class="muted" id="export-notes-hint">
        {t('export.notesHint')}
      </p>
    </div>
  );
}

/** Copy, download or print exactly the summary shown, and say what happened. */
function ShareActions({
  summary,
  format,
  choices,
}: {
  summary: Summary;
  format: SummaryFormat;
  choices: ExportChoices;
}) {
  const { t } = useTexts('export');
  const [status, setStatus] = useState('');
  const output = renderSummary(summary, format);
  const copy = () =>
    navigator.clipboard.writeText(output).then(
      () => setStatus(t('export.copied')),
      () => setStatus(t('export.copyFailed')),
    );
  const download = () => {
    const file = fileNameOf(summary, format);
    downloadText(output, file, mimeTypeOf(format));
    setStatus(t('export.downloaded', { file }));
  };
  const print = () =>
    void browser.tabs.create({
      url: `${browser.runtime.getURL('/report.html')}?${choicesToQuery(choices)}`,
    });
  return (
    <>
      <div class="row">
        <button type="button" class="primary" onClick={() => void copy()}>
          {t(`export.copy.${format}`)}
        </button>
        <button type="button" onClick={download}>
          {t(`export.download.${format}`)}
        </button>
        <button type="button" onClick={print}>
          {t('export.print')}
        </button>
      </div>
      <p class="export__status" role="status">
        {status}
      </p>
    </>
  );
}

function LeaveOutSwitch({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const { t } = useTexts('export');
  return (
    <div>
      <label class="check">
        <input
          type="checkbox"
          checked={on}
          aria-describedby="export-leave-out-hint"
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        {t('export.leaveOut')}
      </label>
      <p class="muted" id="export-leave-out-hint">
        {t('export.leaveOutHint')}
      </p>
    </div>
  );
}

/**
 * English (for a helper who may not read the user's language) or the popup's language; nothing
 * to choose in English. Both options are named in the popup's language, so they take its `lang`.
 */
function LanguageChoice(props: { value: Locale; onChange: (language: Locale) => void }) {
  const { locale } = useTexts();
  const { t } = useTexts('export');
  const languages = summaryLanguages(locale);
  if (languages.length < 2) return null;
  return (
    <RadioChoice
      legend={t('export.language')}
      name="export-language"
      value={props.value}
      onChange={props.onChange}
      options={languages.map((l) => ({
        value: l,
        label:
          l === 'en'
            ? t('export.language.english')
            : t('export.language.ui', { language: languageName(l, locale) }),
      }))}
    />
  );
}

/**
 * The diagnostic summary: choose format, language and whether free text goes along, see
 * exactly what will leave (and what was masked), then copy, download or print it.
 */
export function ExportScreen(props: { flow: Flow; onClose: () => void }) {
  const { locale } = useTexts();
  const ready = useCatalogs(summaryLanguages(locale), EXPORT_FAMILIES);
  return ready ? <ExportView {...props} /> : <section class="screen export" aria-busy="true" />;
}

function ExportView({ flow, onClose }: { flow: Flow; onClose: () => void }) {
  const { locale } = useTexts();
  const { t } = useTexts('export');
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [format, setFormat] = useState<SummaryFormat>('markdown');
  const [language, setLanguage] = useState<Locale>(locale);
  const [leaveOutFreeText, setLeaveOut] = useState(false);
  // One creation time per visit, so preview, copy and download are the same document.
  const [createdAt] = useState(() => new Date());

  const summary = useMemo(
    () =>
      buildSummary(summaryInput(flow.session, flow.readings, locale, createdAt), {
        language,
        leaveOutFreeText,
      }),
    [flow.session, flow.readings, locale, createdAt, language, leaveOutFreeText],
  );

  return (
    <section class="screen export" aria-labelledby="export-title">
      <h2 id="export-title" tabIndex={-1} ref={heading}>
        {t('export.title')}
      </h2>
      <p>{t('export.intro')}</p>
      <RadioChoice
        legend={t('export.format')}
        name="export-format"
        value={format}
        onChange={setFormat}
        options={SUMMARY_FORMATS.map((f) => ({ value: f, label: t(`export.format.${f}`) }))}
      />
      <LanguageChoice value={language} onChange={setLanguage} />
      <NotesField flow={flow} />
      <LeaveOutSwitch on={leaveOutFreeText} onChange={setLeaveOut} />
      <p class="export__masked">{maskedSentence(summary.masked, locale)}</p>
      <Preview summary={summary} output={renderSummary(summary, format)} />
      <ShareActions summary={summary} format={format} choices={{ language, leaveOutFreeText }} />
      <ImportSummary flow={flow} onImported={onClose} />
      <button type="button" onClick={onClose}>
        {t('export.back')}
      </button>
    </section>
  );
}
