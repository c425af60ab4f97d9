import { useMemo, useState } from 'preact/hooks';
import type { SymptomId } from '../../knowledge/ids';
import { describeProblem } from '../../flow/actions';
import { keys, knowledge } from '../../knowledge';
import { useTexts } from '../locale-context';
import { useFocusOnMount } from '../use-focus';
import type { Flow } from '../use-flow';

type Pick =
  | { kind: 'alert'; id: string; label: string; text: string }
  | { kind: 'symptom'; id: SymptomId; label: string };

/** Folds case and accents so "nicht genugend" finds "Nicht genügend". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * "What do you see?": a known message or symptom from a searchable list, the exact text typed
 * or pasted, or nothing at all. Every path leads to the questions.
 */
export function StartScreen({ flow }: { flow: Flow }) {
  const { t, k, locale } = useTexts();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState(flow.session.facts.alertText ?? '');

  const picks = useMemo<Pick[]>(
    () => [
      ...knowledge.alerts.map((a) => ({
        kind: 'alert' as const,
        id: a.id,
        label: k(keys.alert(a.id).title),
        // The engine matches the text in the user's language, or English if none is known.
        text: a.patterns[locale]?.[0] ?? a.patterns.en?.[0] ?? k(keys.alert(a.id).title),
      })),
      ...knowledge.symptoms.map((s) => ({
        kind: 'symptom' as const,
        id: s.id,
        label: k(keys.symptom(s.id).title),
      })),
    ],
    [locale],
  );
  const shown = picks.filter((p) => fold(p.label).includes(fold(query.trim())));

  const choose = (answer: Parameters<typeof describeProblem>[1]) =>
    flow.update((s, at) => describeProblem(s, answer, at));

  return (
    <section class="screen" aria-labelledby="start-title">
      <h2 id="start-title" tabIndex={-1} ref={heading}>
        {t('start.title')}
      </h2>
      <p>{t('app.tagline')}</p>

      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (message.trim()) choose({ alertText: message });
        }}
      >
        <label for="message">{t('start.messageLabel')}</label>
        <textarea
          id="message"
          rows={2}
          maxLength={2000}
          value={message}
          placeholder={t('start.messagePlaceholder')}
          onInput={(e) => setMessage(e.currentTarget.value)}
        />
        <button type="submit" class="primary" disabled={!message.trim()}>
          {t('start.useMessage')}
        </button>
      </form>

      <div class="stack">
        <label for="pick-search">{t('start.searchLabel')}</label>
        <input
          id="pick-search"
          type="search"
          value={query}
          aria-controls="pick-list"
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <ul id="pick-list" class="picks" aria-label={t('start.listLabel')}>
          {shown.map((p) => (
            <li key={`${p.kind}:${p.id}`}>
              <button
                type="button"
                class="pick"
                onClick={() =>
                  choose(p.kind === 'alert' ? { alertText: p.text } : { symptom: p.id })
                }
              >
                {p.label}
              </button>
            </li>
          ))}
        </ul>
        <p class="muted" role="status">
          {shown.length === 0 ? t('start.noMatch') : ''}
        </p>
      </div>

      <button type="button" onClick={() => choose({})}>
        {t('start.noMessage')}
      </button>
    </section>
  );
}
