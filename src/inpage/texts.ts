import { provideFiles, type Catalog } from '../knowledge/catalogs';
import { translator } from '../i18n';

export type InpageKey = keyof typeof import('../../content/locales/en/inpage.json');

// Only the hint's own strings, every language's (the page's language decides which one), found
// by directory; the content script must not bundle the popup's catalogs.
provideFiles(
  import.meta.glob<Catalog>('../../content/locales/*/inpage.json', {
    eager: true,
    import: 'default',
  }),
);

export const inpageText = translator<InpageKey>('inpage');
