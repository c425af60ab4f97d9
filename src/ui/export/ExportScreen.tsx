import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { setNotes } from '../../flow/summary-session';
import type { Locale } from '../../i18n';
import {
  buildSummary,
  fileNameOf,
  maskedSentence,
  mimeTypeOf,
  renderSummary,
  SUMMARY_FORMATS,
  type SummaryFormat,
} from '../../report';
import { useTexts } from '../locale-context';
import { useFocusOnMount } from '../use-focus';
import type { Flow } from '../use-flow';
import { downloadText } from './download';
import { ImportSummary } from './ImportSummary';
import { choicesToQuery, summaryInput } from './summary-input';

/**
 * The diagnostic summary: choose format, language and whether free text goes along, see
 * exactly what will leave (and what was masked), then copy, download or print it.
 */
export function ExportScreen({ flow, onClose }: { flow: Flow; onClose: () => void }) {
  const { t, locale } = useTexts();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [format, setFormat] = useState<SummaryFormat>('markdown');
  const [language, setLanguage] = useState<Locale>(locale);
  const [leaveOutFreeText, setLeaveOut] = useState(false);
  const [notes, setNotesText] = useState(flow.session.facts.notes ?? '');
  const [status, setStatus] = useState('');
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
  const output = renderSummary(summary, format);
  const languages = [...new Set<Locale>(['en', locale])];

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
      url: `${browser.runtime.getURL('/report.html')}?${choicesToQuery({ language, leaveOutFreeText })}`,
    });

  return (
    <section class="screen export" aria-labelledby="export-title">
      <h2 id="export-title" tabIndex={-1} ref={heading}>
        {t('export.title')}
      </h2>
      <p>{t('export.intro')}</p>

      <fieldset class="export__choice">
        <legend>{t('export.format')}</legend>
        {SUMMARY_FORMATS.map((f) => (
          <label key={f} class="check">
            <input
              type="radio"
              name="export-format"
              value={f}
              checked={format === f}
              onChange={() => setFormat(f)}
            />
            {t(`export.format.${f}`)}
          </label>
        ))}
      </fieldset>

      {languages.length > 1 && (
        <fieldset class="export__choice">
          <legend>{t('export.language')}</legend>
          {languages.map((l) => (
            <label key={l} class="check" lang={l === locale ? undefined : l}>
              <input
                type="radio"
                name="export-language"
                value={l}
                checked={language === l}
                onChange={() => setLanguage(l)}
              />
              {l === 'en'
                ? t('export.language.english')
                : t('export.language.ui', { language: t(`language.${l}`) })}
            </label>
          ))}
        </fieldset>
      )}

      <div class="stack">
        <label for="export-notes">{t('export.notes')}</label>
        <textarea
          id="export-notes"
          rows={3}
          maxLength={5000}
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

      <div>
        <label class="check">
          <input
            type="checkbox"
            checked={leaveOutFreeText}
            aria-describedby="export-leave-out-hint"
            onChange={(e) => setLeaveOut(e.currentTarget.checked)}
          />
          {t('export.leaveOut')}
        </label>
        <p class="muted" id="export-leave-out-hint">
          {t('export.leaveOutHint')}
        </p>
      </div>

      <p class="export__masked">{maskedSentence(summary.masked, locale)}</p>

      <div class="stack">
        <label for="export-preview">{t('export.preview')}</label>
        <textarea
          id="export-preview"
          class="export__preview"
          readOnly
          rows={12}
          value={output}
          lang={language}
        />
      </div>

      <div class="row">
        <button type="button" class="primary" onClick={() => void copy()}>
          {t('export.copy')}
        </button>
        <button type="button" onClick={download}>
          {t('export.download')}
        </button>
        <button type="button" onClick={print}>
          {t('export.print')}
        </button>
      </div>
      <p class="export__status" role="status">
        {status}
      </p>

      <ImportSummary flow={flow} onImported={onClose} />

      <button type="button" onClick={onClose}>
        {t('export.back')}
      </button>
    </section>
  );
}
