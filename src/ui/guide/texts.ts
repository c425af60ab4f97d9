import en from '../../../content/locales/en/guide.json';
import de from '../../../content/locales/de/guide.json';
import { translator } from '../../i18n';

/** The guide page's own words (content/locales/<locale>/guide.json), kept out of the popup. */
export type GuideKey = keyof typeof en;
export const guideText = translator<GuideKey>({ en, de });
