import en from '../../../content/locales/en/export.json';
import de from '../../../content/locales/de/export.json';
import { translator, type Locale, type Params } from '../../i18n';
import { useTexts } from '../locale-context';

/**
 * Words of the export screen, the import and the print page (content/locales/<locale>/
 * export.json): they load with that code, not with the popup's first screen.
 */
export type ExportKey = keyof typeof en;
export type ExportText = (key: ExportKey, params?: Params) => string;

const exportText = translator<ExportKey>({ en, de });

export const exportTextFor =
  (locale: Locale): ExportText =>
  (key, params) =>
    exportText(locale, key, params);

export function useExportText(): ExportText {
  return exportTextFor(useTexts().locale);
}
