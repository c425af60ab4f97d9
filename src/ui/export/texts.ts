import type { Locale } from '../../i18n';

/**
 * Words of the export screen, the import and the print page (content/locales/<locale>/
 * export.json): they load with that code, not with the popup's first screen.
 */
export type ExportKey = keyof typeof import('../../../content/locales/en/export.json');

/** The export speaks the popup's language and writes the summary in it or in English. */
export const EXPORT_FAMILIES = ['ui', 'knowledge', 'report', 'export'] as const;

/** The languages a summary can be written in: English and the popup's, once each. */
export const summaryLanguages = (locale: Locale): Locale[] => [...new Set<Locale>(['en', locale])];
