import type { ComponentChildren, JSX } from 'preact';
import { useState } from 'preact/hooks';
import { devices, IOS_VERSION_PATTERN } from '../../knowledge';
import { useTexts } from '../locale-context';
import { AGO_UNITS, checkedDay, dayAgo, isoDay, type AgoUnit } from '../relative-date';

/** A one-line answer with its label, sent on Next only once `accepts` says it is valid. */
function FreeTextAnswer({
  label,
  accepts,
  onAnswer,
  inputProps,
  children,
}: {
  label: string;
  accepts: (value: string) => boolean;
  onAnswer: (v: string) => void;
  inputProps: JSX.InputHTMLAttributes<HTMLInputElement>;
  children?: ComponentChildren;
}) {
  const { t } = useTexts();
  const [value, setValue] = useState('');
  const valid = accepts(value.trim());
  return (
    <form
      class="stack"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) onAnswer(value.trim());
      }}
    >
      <label for="free-answer">{label}</label>
      <input
        id="free-answer"
        type="text"
        {...inputProps}
        value={value}
        onInput={(e) => setValue(e.currentTarget.value)}
      />
      {children}
      <button type="submit" class="primary" disabled={!valid}>
        {t('action.next')}
      </button>
    </form>
  );
}

/** The iOS version, as Settings > General > About shows it. */
export function VersionInput({ onAnswer }: { onAnswer: (v: string) => void }) {
  const { t } = useTexts();
  return (
    <FreeTextAnswer
      label={t('question.versionLabel')}
      accepts={(value) => IOS_VERSION_PATTERN.test(value)}
      onAnswer={onAnswer}
      inputProps={{ inputMode: 'decimal', placeholder: '17.5.1' }}
    />
  );
}

/** The model's name, checked against the device table so the engine only gets a model it knows. */
export function ModelInput({ onAnswer }: { onAnswer: (v: string) => void }) {
  const { t } = useTexts();
  return (
    <FreeTextAnswer
      label={t('question.modelLabel')}
      accepts={(value) => devices.resolve(value) !== undefined}
      onAnswer={onAnswer}
      inputProps={{ placeholder: 'iPhone 11', list: 'device-models', autoComplete: 'off' }}
    >
      <datalist id="device-models">
        {devices.names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </FreeTextAnswer>
  );
}

/** "About [3] [weeks] ago": a whole number and a unit. */
function AgoFields({
  amount,
  unit,
  invalid,
  describedBy,
  onChange,
}: {
  amount: string;
  unit: AgoUnit;
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (amount: string, unit: AgoUnit) => void;
}) {
  const { t } = useTexts();
  return (
    <div class="row">
      <input
        id="ago-amount"
        class="ago__amount"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={amount}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onInput={(e) => onChange(e.currentTarget.value, unit)}
      />
      <select
        aria-label={t('question.agoUnit')}
        value={unit}
        onChange={(e) => onChange(amount, e.currentTarget.value as AgoUnit)}
      >
        {AGO_UNITS.map((u) => (
          <option key={u} value={u}>
            {t(`question.ago.${u}`)}
          </option>
        ))}
      </select>
      <span>{t('question.agoSuffix')}</span>
    </div>
  );
}

/**
 * The last backup's day: "about N days / weeks / months ago" or a date, whichever was filled in
 * last. Only the day is stored, since nobody remembers the time; weeks or months ago is a time
 * around that day, and is said so.
 */
export function DayInput({ onAnswer }: { onAnswer: (day: string, approximate: boolean) => void }) {
  const { t } = useTexts();
  const [ago, setAgo] = useState<{ amount: string; unit: AgoUnit }>({ amount: '', unit: 'days' });
  const [date, setDate] = useState('');
  const [mode, setMode] = useState<'ago' | 'date'>('ago');
  const [error, setError] = useState(false);

  const submit = (event: Event) => {
    event.preventDefault();
    const now = new Date();
    const day = mode === 'ago' ? dayAgo(ago.amount, ago.unit, now) : checkedDay(date, now);
    setError(day === undefined);
    if (day !== undefined) onAnswer(day, mode === 'ago' && ago.unit !== 'days');
  };
  const describedBy = error ? 'day-error' : undefined;

  return (
    <form class="stack" onSubmit={submit} noValidate>
      <label for="ago-amount">{t('question.agoLabel')}</label>
      <AgoFields
        {...ago}
        invalid={error && mode === 'ago'}
        describedBy={describedBy}
        onChange={(amount, unit) => {
          setAgo({ amount, unit });
          setMode('ago');
        }}
      />
      <label for="free-answer">{t('question.dateLabel')}</label>
      <input
        id="free-answer"
        type="date"
        max={isoDay(new Date())}
        value={date}
        aria-invalid={error && mode === 'date'}
        aria-describedby={describedBy}
        onInput={(e) => {
          setDate(e.currentTarget.value);
          setMode('date');
        }}
      />
      {error && (
        <p id="day-error" class="error" role="alert">
          {t('question.dayError')}
        </p>
      )}
      <button type="submit" class="primary">
        {t('action.next')}
      </button>
    </form>
  );
}
