/** The languages every user-visible text ships in (defined with the knowledge they cover). */
export { LOCALES, htmlLang, type Locale } from '../knowledge/ids';
export { pickLocale, supportedLocale, languageName } from './pick';
export { hintLocale, pageLanguage } from './page-locale';

export { interpolate, type Params } from '../knowledge/catalogs';
