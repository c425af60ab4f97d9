/** The guide page's own words (content/locales/<locale>/guide.json), kept out of the popup. */
export type GuideKey = keyof typeof import('../../../content/locales/en/guide.json');
