import type { SiteReader } from '../site';
import { parseIcloudPage } from './parse-dom';
import { readStorageUsageData } from './parse-usage-json';

/** A saved icloud.com page, or the `storageUsageInfo` JSON behind its storage bar. */
export const reader: SiteReader = {
  site: 'icloud',
  html: parseIcloudPage,
  json: (data, url, now) =>
    'storageUsageInfo' in data ? readStorageUsageData(data, url, now) : undefined,
};
