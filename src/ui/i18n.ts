export type UiKey = keyof typeof import('../../content/locales/en/ui.json');
