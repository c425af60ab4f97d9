import { browser } from '@wxt-dev/browser';
import { pickLocale } from '../../src/i18n';
import { bundledStartTexts } from '../../src/i18n/bundled-start';
import { loadCatalogs, provideStartTexts, START_PARTS } from '../../src/i18n/load';
import { readStoredValues } from '../../src/ui/stored-values';

// The popup's first requests: storage, and the start texts of the browser's language, which the
// message bundle usually has already (bundled-start.ts). This module is main.tsx's first import,
// and modules run in import order: they are asked for before the screens' modules and App
// have run, not after them (tests/bench/README.md).
export const storedValues = readStoredValues();
const browserLocale = pickLocale(navigator.language);
const bundled = bundledStartTexts((name) => browser.i18n.getMessage(name), browserLocale);
if (bundled) provideStartTexts(browserLocale, bundled);
export const browserTexts = loadCatalogs(browserLocale, START_PARTS);
