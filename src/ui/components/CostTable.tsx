import { knowledge } from '../../knowledge';
import { keys } from '../../knowledge';
import { durationWords } from '../duration';
import { useTexts } from '../locale-context';

/** When a knowledge record says how old its figures are (`asOf`), e.g. prices and lab costs. */
export function asOfOf(record: object): string | undefined {
  const asOf = (record as { asOf?: unknown }).asOf;
  return typeof asOf === 'string' ? asOf : undefined;
}

/** Data recovery lab estimates: what kind of damage, typical price, how long. */
export function CostTable() {
  const { t, locale } = useTexts();
  const usd = (n: number) =>
    new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'USD',
      maximumFractionDigits: 0,
    }).format(n);
  const dates = [...new Set(knowledge.recoveryCosts.map(asOfOf).filter(Boolean))];
  return (
    <table class="costs">
      <caption>
        {t('recovery_cost.note')}
        {dates.length > 0 && ` ${t('costs.asOf', { date: dates.join(', ') })}`}
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
              <td>
                {usd(row.usd.min)}–{usd(row.usd.max)}
              </td>
              <td>{t(days.key, days.params)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
