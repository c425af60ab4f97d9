import { translator } from '../i18n';

export type UiKey = keyof typeof import('../../content/locales/en/ui.json');

export const translate = translator<UiKey>('ui');
