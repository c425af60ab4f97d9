import { useMemo, useState } from 'preact/hooks';
import { TEXT_LIMITS } from '../../engine/text-limits';
import { describeProblem } from '../../flow/actions';
import { startSliceOf } from '../../i18n/load';
import { useTexts } from '../locale-context';
import { matches, startPicks } from '../start-picks';
import { useFocusOnMount } from '../use-focus';
import type { StartFlow } from '../use-flow';

/** How many known messages show before "Show all": the list never scrolls inside the page. */
const FIRST = 6;

function SearchIcon() {
  return (
    <svg class="search__icon" aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
      <path
        fill="currentColor"
        d="M15.5 14h-.8l-.3-.3A6.5 6.5 0 1 0 9.5 16a6.5 6.5 0 0 0 4.2-1.6l.3.3v.8l5 5 1.5-1.5-5-5zm-6 0a4.5 4.5 0 1 1 0-9 4.5 4.5 0 0 1 0 9z"
      />
    </svg>
  );
}

type Choose = (answer: Parameters<typeof describeProblem>[1]) => void;

function KnownMessages({ choose }: { choose: Choose }) {
  const { t, locale } = useTexts();
  const [query, setQuery] = useState('');
  const [all, setAll] = useState(false);
  // The page loads the slice with the texts (App.tsx), so it is there whenever this renders.
  const picks = useMemo(() => startPicks(startSliceOf(locale)!), [locale]);
  const found = picks.filter((p) => matches(p, query));
  const searching = query.trim() !== '';
  const shown = searching || all ? found : found.slice(0, FIRST);
  return (
    <div class="stack">
      <label for="pick-search">{t('start.searchLabel')}</label>
      <div class="search">
        <SearchIcon />
        <input
          id="pick-search"
          type="search"
          value={query}
          placeholder={t('start.searchPlaceholder')}
          aria-controls="pick-list"
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      <ul id="pick-list" class="picks" aria-label={t('start.listLabel')}>
        {shown.map((p) => (
          <li key={`${p.kind}:${p.id}`}>
            <button
              type="button"
              class="pick"
              onClick={() =>
                choose(p.kind === 'alert' ? { alertText: p.text, picked: true } : { symptom: p.id })
              }
            >
              {p.label}
            </button>
          </li>
        ))}
      </ul>
      {!searching && found.length > FIRST && (
        <button
          type="button"
          class="link"
          aria-expanded={all}
          aria-controls="pick-list"
          onClick={() => setAll(!all)}
        >
          {all ? t('start.showFewer') : t('start.showAll', { n: found.length })}
        </button>
      )}
      <p class="muted" role="status">
        {searching
          ? t(found.length === 0 ? 'start.noMatch' : 'start.matches', { n: found.length })
          : ''}
      </p>
    </div>
  );
}

/**
 * "What do you see?": a known message or symptom from a searchable list, the exact text typed
 * or pasted, or nothing at all. Every path leads to the questions.
 */
export function StartScreen({ flow }: { flow: StartFlow }) {
  const { t } = useTexts();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  // A message picked from the list is not the user's wording: the box stays for their own.
  const typed = flow.session.facts.alertPicked ? undefined : flow.session.facts.alertText;
  const [message, setMessage] = useState(typed ?? '');
  const choose: Choose = (answer) => flow.update((s, at) => describeProblem(s, answer, at));

  return (
    <section class="screen" aria-labelledby="start-title">
      <h2 id="start-title" tabIndex={-1} ref={heading}>
        {t('start.title')}
      </h2>
      <p>{t('app.tagline')}</p>
      <KnownMessages choose={choose} />
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
          maxLength={TEXT_LIMITS.alertText}
          value={message}
          placeholder={t('start.messagePlaceholder')}
          onInput={(e) => setMessage(e.currentTarget.value)}
        />
        <button type="submit" class="primary" disabled={!message.trim()}>
          {t('start.useMessage')}
        </button>
      </form>
      <button type="button" onClick={() => choose({})}>
        {t('start.noMessage')}
      </button>
    </section>
  );
}
