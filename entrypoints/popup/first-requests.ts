import { pickLocale } from '../../src/i18n';
import { loadCatalogs, START_PARTS } from '../../src/i18n/load';
import { readStoredValues } from '../../src/ui/stored-values';

// The popup's two first requests, storage and the start texts of the browser's language. This
// module is main.tsx's first import, and modules run in import order: the requests leave before
// the screens' modules and App have run, not after them (README, "Performance").
export const storedValues = readStoredValues();
export const browserTexts = loadCatalogs(pickLocale(navigator.language), START_PARTS);
