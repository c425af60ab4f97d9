import type { Facts } from '../../engine/facts';
import { asAnswered, statusAnswered } from '../../engine/explain';
import type { Diagnosis } from '../../engine/types';
import { formatDateTime } from '../format';
import { useTexts } from '../locale-context';
import { WarningIcon } from './Warning';

/**
 * While Apple reports a current iCloud Backup problem, this comes first on every screen: the
 * most useful advice is to wait, and resets would only add trouble. A status the user gave is
 * their answer, and its title says so rather than "Apple reports".
 */
export function OutageBanner({
  diagnosis,
  facts,
  since,
}: {
  diagnosis: Diagnosis;
  facts: Facts;
  since?: string | undefined;
}) {
  const { t, locale } = useTexts();
  const notice = diagnosis.notices.find(
    (n) => n.id === 'outage_wait' || n.id === 'maintenance_wait',
  );
  if (!notice) return null;
  const kind =
    facts.appleBackupStatus === 'outage'
      ? 'outage'
      : facts.appleBackupStatus === 'issue'
        ? 'issue'
        : 'maintenance';
  const answered = statusAnswered(facts);
  return (
    <section class={`banner banner--${kind}`} aria-labelledby="banner-title">
      <h2 id="banner-title">
        <WarningIcon /> {t(asAnswered(facts, `banner.${kind}.title`))}
      </h2>
      {/* "Since …, according to Apple's page" would contradict a title that says it is an answer. */}
      {since && !answered && <p>{t('banner.since', { since: formatDateTime(since, locale) })}</p>}
      {/* The title already says who reports what; the notice would say it again, another way. */}
      <p>{t(kind === 'maintenance' ? 'banner.maintenance.advice' : 'banner.outage.advice')}</p>
    </section>
  );
}
