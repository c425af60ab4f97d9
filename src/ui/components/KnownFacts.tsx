import type { ComponentChildren } from 'preact';
import type { Facts, FactSource } from '../../engine/facts';
import type { Diagnosis } from '../../engine/types';
import type { SiteReading } from '../../flow/observed-facts';
import { goTo, reopen } from '../../flow/actions';
import { keys } from '../../knowledge';
import { knownFactText, knownFacts } from '../fact-display';
import { formatAge } from '../format';
import { siteTextKey } from '../../pages/site-texts';
import { useTexts, type Texts } from '../locale-context';
import { KnownSection } from './KnownSection';
import { ReaderLink } from './ReaderLink';
import { allSiteFacts } from '../../pages/site-facts';
import type { Flow } from '../use-flow';

function ReadingProblem({ reading, now }: { reading: SiteReading; now: Date }) {
  const { t, locale } = useTexts();
  if (reading.state === 'fresh') return null;
  const age = formatAge(reading.at, now, locale, t('age.justNow'));
  return (
    <li class="reading-problem">{t(siteTextKey.problem(reading.state, reading.site), { age })}</li>
  );
}

/** Where a fact came from; the user's own answers need no time stamp. */
function SourceNote({ source, now }: { source: FactSource; now: Date }) {
  const { t, locale } = useTexts();
  if (source.source === 'user') return <span class="known__source">{t('source.user')}</span>;
  return (
    <span class="known__source">
      {t('known.from', {
        source: t(siteTextKey.source(source.source)),
        age: formatAge(source.at, now, locale, t('age.justNow')),
      })}
    </span>
  );
}

/** One row of "What we know": what, its value, where it came from, and a way to change it. */
function KnownItem(props: {
  label: string;
  value: string;
  onChange: () => void;
  children?: ComponentChildren;
}) {
  const { t } = useTexts();
  return (
    <div class="known__item">
      <dt>{props.label}</dt>
      <dd>
        <span class="known__value">{props.value}</span>
        {props.children}
        <button
          type="button"
          class="link"
          aria-label={t('known.change', { fact: props.label })}
          onClick={props.onChange}
        >
          {t('action.change')}
        </button>
      </dd>
    </div>
  );
}

/** A typed message longer than this is cut for the list (the summary keeps it whole). */
const MAX_SHOWN_MESSAGE = 120;

/**
 * What the first screen was told: a message picked from the list by its name (its wording is
 * the list's, not the device's), a typed one quoted as typed, or a symptom.
 */
function problemText(facts: Facts, diagnosis: Diagnosis, { t }: Texts): string | undefined {
  const { alertText, symptom } = facts;
  if (alertText !== undefined) {
    const id = diagnosis.alert?.id;
    if (facts.alertPicked && id) return t(keys.alert(id).title);
    const chars = [...alertText];
    const shown =
      chars.length > MAX_SHOWN_MESSAGE
        ? `${chars.slice(0, MAX_SHOWN_MESSAGE - 1).join('')}…`
        : alertText;
    return t('known.problem.typed', { text: shown });
  }
  return symptom && t(keys.symptom(symptom).title);
}

/**
 * What is already known, each with where it came from and how old it is, and a way to
 * correct it. Readings the flow could not use (stale, unreadable) are said here too.
 */
export function KnownFacts({ flow }: { flow: Flow }) {
  const texts = useTexts();
  const { t } = texts;
  const { facts } = flow.session;
  const known = knownFacts(facts);
  const problems = flow.readings.filter((r) => r.state !== 'fresh');
  const problem = problemText(facts, flow.diagnosis, texts);
  // "Nothing yet … fill in by themselves" would be false beside a page that was read and could
  // not be used: the problem line says what to do instead.
  const empty = !problem && known.length === 0 && problems.length === 0;
  return (
    <KnownSection empty={empty}>
      {/* "Nothing yet" says to open the pages the extension reads: the first screen links them
      (a question a page answers links its own page, once). */}
      {empty &&
        flow.session.screen === 'start' &&
        allSiteFacts().map((site) => <ReaderLink key={site.site} site={site} />)}
      {(problem || known.length > 0) && (
        <dl class="known__list">
          {problem && (
            <KnownItem
              label={t('known.problem')}
              value={problem}
              onChange={() => flow.update((s, at) => goTo(s, 'start', at))}
            />
          )}
          {known.map((name) => {
            const source = facts.sources?.[name];
            return (
              <KnownItem
                key={name}
                label={t(`fact.${name}`)}
                value={knownFactText(name, facts, texts)}
                onChange={() => flow.update((s, at) => reopen(s, name, at))}
              >
                {source && <SourceNote source={source} now={flow.now} />}
              </KnownItem>
            );
          })}
        </dl>
      )}
      {problems.length > 0 && (
        <ul class="known__problems">
          {problems.map((reading) => (
            <ReadingProblem key={reading.site} reading={reading} now={flow.now} />
          ))}
        </ul>
      )}
    </KnownSection>
  );
}
