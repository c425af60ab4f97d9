import { defineSite } from '../site';
import { icloudStorageReading, type IcloudStorageObservation } from './schema';

const isPage = (url: URL) => url.hostname === 'www.icloud.com';

/** icloud.com: the storage bar (used, total, plan and categories) of the signed-in account. */
export const site = defineSite<IcloudStorageObservation>({
  id: 'icloud',
  matches: ['https://www.icloud.com/*'],
  isPage,
  reading: () => icloudStorageReading(isPage),
  maxAgeMs: 7 * 24 * 60 * 60 * 1000,
});
