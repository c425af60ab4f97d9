import { knowledge } from '../../knowledge';
import { keys } from '../../knowledge';
import { durationWords } from '../duration';
import { formatDateTime, formatRange, sentences } from '../format';
import type { Locale } from '../../i18n';
import { useTexts, type Texts } from '../locale-context';

/** When a knowledge record says how old its figures are (`asOf`), e.g. prices and lab costs. */
function asOfOf(record: object): string | undefined {
  const asOf = (record as { asOf?: unknown }).asOf;
  return typeof asOf === 'string' ? asOf : undefined;
}

// A month alone ("2025-06") is said as a month: a day or a time would be invented.
const MONTH_ONLY = /^(\d{4})-(\d{2})$/;

function asOfText(asOf: string, locale: Locale): string {
  const month = MONTH_ONLY.exec(asOf);
  if (!month) return formatDateTime(asOf, locale);
  const first = new Date(Number(month[1]), Number(month[2]) - 1, 1);
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long' }).format(first);
}

/** When some records' figures were copied, as the shown language writes dates and lists. */
export function asOfDates(records: readonly object[], { t, locale }: Texts): string {
  const dates = [...new Set(records.map(asOfOf).filter((asOf) => asOf !== undefined))];
  return dates.map((asOf) => asOfText(asOf, locale)).join(t('list.separator'));
}

/** Data recovery lab estimates: what kind of damage, typical price, how long. */
export function CostTable() {
  const texts = useTexts();
  const { t, locale } = texts;
  // One range in the language's own form (formatRange), not two prices joined by a dash that
  // put the currency on both ends.
  const usd = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  });
  const dates = asOfDates(knowledge.recoveryCosts, texts);
  return (
    <table class="costs">
      <caption>
        {sentences(t('recovery_cost.note'), dates ? t('costs.asOf', { date: dates }) : '')}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('escalation.damage')}</th>
          <th scope="col">{t('escalation.price')}</th>
          <th scope="col">{t('escalation.duration')}</th>
        </tr>
      </thead>
      <tbody>
        {knowledge.recoveryCosts.map((row) => {
          const days = durationWords(row.days.min * 1440, row.days.max * 1440);
          return (
            <tr key={row.id}>
              <th scope="row">{t(keys.recoveryCost(row.id))}</th>
              <td>{formatRange(usd, row.usd.min, row.usd.max)}</td>
              <td>{t(days.key, days.params)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
