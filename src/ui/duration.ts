import type { UiKey } from './i18n';

const HOUR = 60;
const DAY = 24 * HOUR;

export interface Words {
  key: UiKey;
  params: Record<string, number>;
}

type Unit = 'minutes' | 'hours' | 'days';

function span(unit: Unit, min: number, max: number): Words {
  if (min !== max) return { key: `duration.range.${unit}`, params: { min, max } };
  return max === 1
    ? { key: `duration.one.${unit}`, params: {} }
    : { key: `duration.about.${unit}`, params: { n: max } };
}

/**
 * How long a step takes, as a person would say it: minutes while it is under an hour, then
 * hours, then days, and "up to …" when the short end is in a smaller unit ("30–1440 min" reads
 * "up to a day").
 */
export function durationWords(min: number, max: number): Words {
  const lo = Math.max(0, Math.min(min, max));
  const hi = Math.max(0, min, max);
  if (hi <= HOUR) return span('minutes', lo, hi);
  if (lo >= DAY) return span('days', Math.floor(lo / DAY), Math.ceil(hi / DAY));
  if (hi <= DAY) {
    if (lo >= HOUR) return span('hours', Math.floor(lo / HOUR), Math.ceil(hi / HOUR));
    return hi === DAY
      ? { key: 'duration.upTo.day', params: {} }
      : { key: 'duration.upTo.hours', params: { n: Math.ceil(hi / HOUR) } };
  }
  return { key: 'duration.upTo.days', params: { n: Math.ceil(hi / DAY) } };
}
