import { useEffect } from 'preact/hooks';
import { questionForFact, type FactName } from '../../engine/diagnose';
import type { NextQuestion } from '../../engine/types';
import { answer, back, goTo, type FactValue } from '../../flow/actions';
import { keys } from '../../knowledge';
import { StoragePaste } from '../components/StoragePaste';
import { Label } from '../components/Label';
import { ReaderLink } from '../components/ReaderLink';
import { siteAnswering } from '../../pages/site-facts';
import { TopCause } from '../components/TopCause';
import { useTexts } from '../locale-context';
import { useFocusOnMount } from '../use-focus';
import type { Flow } from '../use-flow';
import { DayInput, ModelInput, VersionInput } from './answer-inputs';

function Answers({
  question,
  onAnswer,
}: {
  question: NextQuestion;
  onAnswer: (value: FactValue | null, approximate?: boolean) => void;
}) {
  const { t } = useTexts();
  if (question.input === 'version') return <VersionInput key={question.id} onAnswer={onAnswer} />;
  if (question.input === 'date') return <DayInput key={question.id} onAnswer={onAnswer} />;
  if (question.input === 'model') return <ModelInput key={question.id} onAnswer={onAnswer} />;
  return (
    <ul class="choices" aria-labelledby="question-title">
      {question.options
        .filter((o) => o.value !== null)
        .map((option) => (
          <li key={String(option.value)}>
            <button type="button" class="choice" onClick={() => onAnswer(option.value)}>
              {t(option.text)}
            </button>
          </li>
        ))}
    </ul>
  );
}

/** One question at a time, in the order the engine finds most telling. */
export function QuestionScreen({ flow }: { flow: Flow }) {
  const { t } = useTexts();
  const { asking, facts } = flow.session;
  const question =
    (asking && questionForFact(asking as FactName, facts)) || flow.diagnosis.nextQuestion;
  const heading = useFocusOnMount<HTMLHeadingElement>(question?.id);

  // Nothing left worth asking: the plan is as good as the answers can make it.
  useEffect(() => {
    if (!question) flow.update((s, at) => goTo(s, 'results', at));
  }, [question === null]);
  if (!question) return null;

  // Said where it happens: the message typed on the first screen was not recognised.
  const unrecognised =
    flow.session.history.length === 0 &&
    flow.diagnosis.notices.find((n) => n.id === 'alert_unrecognized');

  const record = (value: FactValue | null, approximate?: boolean) =>
    flow.update((s, at) => answer(s, question.fact, value, at, approximate));

  return (
    <section class="screen" aria-labelledby="question-title">
      {unrecognised && (
        <p class="notice" role="status">
          {t(unrecognised.text)}
        </p>
      )}
      <p class="muted">{t('question.progress', { n: flow.session.history.length + 1 })}</p>
      <h2 id="question-title" tabIndex={-1} ref={heading}>
        {t(question.text)}
      </h2>
      {question.help && (
        <p class="help">
          <Label class="help__label" text={t('question.howToFind')} />
          {t(question.help)}
        </p>
      )}
      <Answers question={question} onAnswer={record} />
      <button type="button" class="choice choice--unsure" onClick={() => record(null)}>
        {t(keys.unsure)}
      </button>
      {/* After the answers, as the paste box is: the answers come first to the keyboard. */}
      <ReaderLink site={siteAnswering(question.fact)} />
      {question.fact === 'storageStatus' && <StoragePaste flow={flow} />}
      {/* A new question starts with its reason closed, as the first one did. */}
      <details class="why" key={question.id}>
        <summary>{t('question.whyAsk')}</summary>
        <p>{t(question.why)}</p>
      </details>
      <div class="row">
        <button type="button" onClick={() => flow.update((s, at) => back(s, at))}>
          {t('action.back')}
        </button>
        <button
          type="button"
          class="link"
          onClick={() => flow.update((s, at) => goTo(s, 'results', at))}
        >
          {t('question.showResults')}
        </button>
      </div>
      <TopCause diagnosis={flow.diagnosis} />
    </section>
  );
}
