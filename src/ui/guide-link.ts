// The browser's own API (as in stored-values.ts): the polyfill stays out of the first screen.
import { browser } from '@wxt-dev/browser';
import type { Locale } from '../i18n';

/**
 * The guide page (guide.html) in the popup's language, optionally at one of its sections. The
 * language travels in the address, as for the print page, so the guide reads no storage.
 */
export const guideUrl = (locale: Locale, section?: string) =>
  `${browser.runtime.getURL('/guide.html')}?lang=${locale}${section ? `#${section}` : ''}`;
