/**
 * Times in a summary are written the same way in every language ("2026-11-25 10:05 UTC+01:00"):
 * unambiguous for a support agent anywhere, and stable for golden tests.
 */
function parts(date: Date, timeZone: string) {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  });
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    format.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return {
    day: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}`,
    // Intl writes UTC itself as "GMT" (or "GMT+00:00" in some ICU versions).
    zone: get('timeZoneName')
      .replace(/^GMT(\+00:00)?$/, 'UTC')
      .replace('GMT', 'UTC'),
  };
}

export function formatDay(date: Date, timeZone: string): string {
  return parts(date, timeZone).day;
}

/** An ISO time as "YYYY-MM-DD HH:mm UTC±hh:mm"; a bare date or an unreadable value as given. */
export function formatTime(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (!iso.includes('T') || Number.isNaN(date.getTime())) return iso;
  const { day, time, zone } = parts(date, timeZone);
  return `${day} ${time} ${zone}`;
}
