/**
 * icloud.com's markup is undocumented and its class names are generated, so the reader
 * selects by structure only and recognizes content by text patterns (storage-text.ts).
 */
export const ICLOUD_SELECTORS = {
  /**
   * Scripts and styles hold code, not visible text; text the user types or edits (a note, a
   * draft, a search or combo box) is the user's own: the reader never enters either.
   */
  ignored:
    'script,style,noscript,template,svg,head,title,textarea,input,[contenteditable]:not([contenteditable=false]),[role=textbox],[role=searchbox],[role=combobox]',
  /**
   * The storage panel never extends over these (they hold navigation and account details). Not
   * "html": what climbs to it meets body first, or holds body (which stops a panel too).
   */
  panelLimit: 'body,main,nav,header,footer,aside,[role=navigation],[role=banner]',
  /** What titles a card, a tile or a section above a line. */
  heading: 'h1,h2,h3,h4,h5,h6,[role=heading]',
} as const;

/**
 * Bounds of one read of the page. Elements with more text than `maxText` are containers, not
 * the usage line or a legend entry. icloud.com's settings view has a few thousand elements,
 * nested a few dozen deep; a page far beyond that is not read past the limits, so the cost of
 * one read is bounded whatever the page does.
 */
export const SCAN_MAX_NODES = 50_000;
export const SCAN_MAX_DEPTH = 256;
export const SCAN_MAX_TEXT = 200;
/** How far up from the usage line the storage panel (plan, legend) may extend. */
export const MAX_PANEL_DEPTH = 6;
export const MAX_PANEL_TEXT = 1500;
/** A title is a few words; longer text above a line is content, not its title. */
export const MAX_TITLE_TEXT = 60;
/** Siblings looked at per level for a title: a title is near what it heads. */
export const MAX_TITLES = 8;
