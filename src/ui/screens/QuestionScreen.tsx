import { useEffect, useState } from 'preact/hooks';
import { questionForFact, type FactName } from '../../engine/diagnose';
import type { NextQuestion } from '../../engine/types';
import { answer, back, goTo, type FactValue } from '../../flow/actions';
import { devices, keys } from '../../knowledge';
import { TopCause } from '../components/TopCause';
import { useTexts } from '../locale-context';
import { useFocusOnMount } from '../use-focus';
import type { Flow } from '../use-flow';

const FREE_INPUT = {
  version: {
    label: 'question.versionLabel',
    type: 'text',
    placeholder: '17.5.1',
    valid: (v: string) => /^\d{1,2}(\.\d{1,2}){0,2}$/.test(v),
  },
  date: { label: 'question.dateLabel', type: 'date', placeholder: undefined, valid: Boolean },
  // Checked against the device table, so the engine only ever gets a model it knows.
  model: {
    label: 'question.modelLabel',
    type: 'text',
    placeholder: 'iPhone 11',
    valid: (v: string) => devices.resolve(v) !== undefined,
  },
} as const;

function FreeInput({
  question,
  onAnswer,
}: {
  question: NextQuestion;
  onAnswer: (v: string) => void;
}) {
  const { t } = useTexts();
  const [value, setValue] = useState('');
  const kind = FREE_INPUT[question.input === 'choice' ? 'date' : question.input];
  const valid = kind.valid(value.trim());
  return (
    <form
      class="stack"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) onAnswer(value.trim());
      }}
    >
      <label for="free-answer">{t(kind.label)}</label>
      <input
        id="free-answer"
        type={kind.type}
        inputMode={question.input === 'version' ? 'decimal' : undefined}
        placeholder={kind.placeholder}
        list={question.input === 'model' ? 'device-models' : undefined}
        max={question.input === 'date' ? new Date().toISOString().slice(0, 10) : undefined}
        value={value}
        onInput={(e) => setValue(e.currentTarget.value)}
      />
      {question.input === 'model' && (
        <datalist id="device-models">
          {devices.names.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      )}
      <button type="submit" class="primary" disabled={!valid}>
        {t('action.next')}
      </button>
    </form>
  );
}

/** One question at a time, in the order the engine finds most telling. */
export function QuestionScreen({ flow }: { flow: Flow }) {
  const { t, k } = useTexts();
  const { asking, facts } = flow.session;
  const question =
    (asking && questionForFact(asking as FactName, facts)) || flow.diagnosis.nextQuestion;
  const heading = useFocusOnMount<HTMLHeadingElement>(question?.id);

  // Nothing left worth asking: the plan is as good as the answers can make it.
  useEffect(() => {
    if (!question) flow.update((s, at) => goTo(s, 'results', at));
  }, [question === null]);
  if (!question) return null;

  const record = (value: FactValue | null) =>
    flow.update((s, at) => answer(s, question.fact, value, at));
  const choices = question.options.filter((o) => o.value !== null);

  return (
    <section class="screen" aria-labelledby="question-title">
      <p class="muted">{t('question.progress', { n: flow.session.history.length + 1 })}</p>
      <h2 id="question-title" tabIndex={-1} ref={heading}>
        {k(question.text)}
      </h2>
      {question.help && (
        <p class="help">
          <span class="help__label">{t('question.howToFind')}</span> {k(question.help)}
        </p>
      )}
      {question.input === 'choice' ? (
        <ul class="choices" aria-labelledby="question-title">
          {choices.map((option) => (
            <li key={String(option.value)}>
              <button type="button" class="choice" onClick={() => record(option.value)}>
                {k(option.text)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <FreeInput key={question.id} question={question} onAnswer={record} />
      )}
      <button type="button" class="choice choice--unsure" onClick={() => record(null)}>
        {k(keys.unsure)}
      </button>
      <details class="why">
        <summary>{t('question.whyAsk')}</summary>
        <p>{k(question.why)}</p>
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
