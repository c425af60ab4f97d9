import en from '../../content/locales/en/ui.json';
import de from '../../content/locales/de/ui.json';
import { translator } from '../i18n';

export type UiKey = keyof typeof en;

export const translate = translator<UiKey>({ en, de });
