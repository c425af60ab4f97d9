import type { StorageResult } from '../../engine/types';
import { keys, knowledge } from '../../knowledge';
import { formatBytes } from '../../engine/storage-math';
import { sentenceGap } from '../format';
import { useTexts } from '../locale-context';
import type { Flow } from '../use-flow';
import { StoragePaste } from './StoragePaste';

function Figures({ storage }: { storage: StorageResult }) {
  const { t, locale } = useTexts();
  const size = (bytes: number) => formatBytes(bytes, locale);
  const rows: [string, string][] = [];
  if (storage.usedBytes !== undefined && storage.totalBytes !== undefined) {
    const usedOf = { used: size(storage.usedBytes), total: size(storage.totalBytes) };
    rows.push([t('storage.used'), t('storage.usedOf', usedOf)]);
  }
  if (storage.freeBytes !== undefined) rows.push([t('storage.free'), size(storage.freeBytes)]);
  if (storage.backupBytes !== undefined) {
    rows.push([t('storage.nextBackup'), size(storage.backupBytes)]);
  }
  return (
    <dl class="figures">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Why the next backup does not fit. Without its size only the room is known: none left, or the
 * account over its plan (then freeing the overage is the least, not the whole, that is needed).
 */
function Shortfall({ storage }: { storage: StorageResult }) {
  const { t, locale } = useTexts();
  if (storage.backupFits !== false || storage.shortfallBytes === undefined) return null;
  const bytes = formatBytes(storage.shortfallBytes, locale);
  if (storage.backupBytes !== undefined) return <p>{t('storage.shortfall', { bytes })}</p>;
  return (
    <p>{storage.shortfallBytes > 0 ? t('storage.overPlan', { bytes }) : t('storage.noRoom')}</p>
  );
}

/**
 * Only an upgrade is worth suggesting; "your plan already fits" is said by `storage.fits`. Without
 * the next backup's size the plan is chosen with room for a basic backup, so it is said as such.
 */
function UpgradeHint({ storage }: { storage: StorageResult }) {
  const { t, locale } = useTexts();
  const fitting = storage.smallestFittingPlan;
  const plan =
    fitting && fitting.bytes > (storage.totalBytes ?? 0)
      ? knowledge.plans.find((p) => p.id === fitting.id)
      : undefined;
  if (!plan) return null;
  const price = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' });
  const hint = t(
    storage.backupBytes === undefined ? 'storage.smallestPlanGuess' : 'storage.smallestPlan',
    { plan: t(keys.plan(plan.id).name), price: price.format(plan.usdMonthly) },
  );
  return (
    <p>
      {hint}
      {sentenceGap(hint)}
      <span class="muted">{t('plans.note')}</span>
    </p>
  );
}

/**
 * Used and free space, whether the next backup fits, the smallest plan and what clearing each
 * category would free; the byte arithmetic stays behind "About these numbers".
 */
export function StoragePanel({ storage, flow }: { storage: StorageResult; flow: Flow }) {
  const { t, locale } = useTexts();
  const size = (bytes: number) => formatBytes(bytes, locale);
  return (
    <section class="panel" aria-labelledby="storage-title">
      <h3 id="storage-title">{t('storage.title')}</h3>
      <Figures storage={storage} />
      <Shortfall storage={storage} />
      {storage.backupFits === true && <p>{t('storage.fits')}</p>}
      <UpgradeHint storage={storage} />
      {storage.categories.length > 0 && (
        <>
          <h4>{t('storage.freeFirst')}</h4>
          <ul>
            {storage.categories.map((c) => (
              <li key={c.category}>
                {t('storage.category', {
                  category: t(keys.storageCategory(c.category)),
                  bytes: size(c.bytes),
                  freeAfter: size(c.freeAfterBytes),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <StoragePaste flow={flow} />
      {/* "Storage full" on the device is often taken for iCloud storage: say which is which. */}
      <p class="muted">{t('storage.device_vs_icloud')}</p>
      <details class="units">
        <summary>{t('storage.aboutNumbers')}</summary>
        <p class="muted">{t(storage.unitNote)}</p>
      </details>
    </section>
  );
}
