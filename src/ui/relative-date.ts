export const AGO_UNITS = ['days', 'weeks', 'months'] as const;
export type AgoUnit = (typeof AGO_UNITS)[number];

/** Up to about three years back, in whole units; more is not a date anyone remembers this way. */
const LIMIT: Record<AgoUnit, number> = { days: 1100, weeks: 156, months: 36 };
/** iCloud Backup did not exist before iOS 5 (October 2011). */
const EARLIEST = '2011-10-01';

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDay = (d: Date) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/**
 * The calendar day "about N days / weeks / months ago" in the user's time zone, as a bare ISO
 * date (no time is known, so none is stored). A month back from the 31st ends on the last day of
 * the shorter month. Undefined for anything but a whole number from 1 to the unit's limit.
 */
export function dayAgo(amount: string, unit: AgoUnit, now: Date): string | undefined {
  if (!/^\s*\d{1,4}\s*$/.test(amount)) return undefined;
  const n = Number(amount);
  if (n < 1 || n > LIMIT[unit]) return undefined;
  if (unit !== 'months') {
    const days = unit === 'weeks' ? n * 7 : n;
    return isoDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - days));
  }
  const firstOfMonth = new Date(now.getFullYear(), now.getMonth() - n, 1);
  const lastDay = new Date(firstOfMonth.getFullYear(), firstOfMonth.getMonth() + 1, 0).getDate();
  firstOfMonth.setDate(Math.min(now.getDate(), lastDay));
  return isoDay(firstOfMonth);
}

/** A date typed or picked as YYYY-MM-DD: a real day, not in the future, not before iCloud Backup. */
export function checkedDay(value: string, now: Date): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(y, m - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d)
    return undefined;
  const day = isoDay(date);
  return day >= EARLIEST && day <= isoDay(now) ? day : undefined;
}
