import type { SiteReader } from '../site';
import { parseStatusPage } from './parse-dom';
import { readStatusFeedData } from './parse-feed';

/** The rendered page, or the status feed it draws from (`system_status_<ll>_<CC>.js`). */
export const reader: SiteReader = {
  site: 'status',
  html: parseStatusPage,
  json: (data, url, now) => ('services' in data ? readStatusFeedData(data, url, now) : undefined),
};
