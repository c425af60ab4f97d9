import en from '../../content/locales/en/inpage.json';
import de from '../../content/locales/de/inpage.json';
import { translator } from '../i18n';

export type InpageKey = keyof typeof en;

/** Only the hint's own strings: the content script must not bundle the popup's catalogs. */
export const inpageText = translator<InpageKey>({ en, de });
