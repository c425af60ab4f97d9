/**
 * icloud.com's markup is undocumented and its class names are generated, so the reader
 * selects by structure only and recognizes content by text patterns (storage-text.ts).
 */
export const ICLOUD_SELECTORS = {
  /** Every element is a candidate; scripts and styles hold code, not visible text. */
  candidates: '*',
  ignored: 'script, style, noscript, template, svg, head, title',
  /** The storage panel never extends over these (they hold navigation and account details). */
  panelLimit: 'body, html, main, nav, header, footer, aside, [role="navigation"], [role="banner"]',
} as const;

/** Elements with more text than this are containers, not the usage line or a legend entry. */
export const MAX_LEAF_TEXT = 200;
/** How far up from the usage line the storage panel (plan, legend) may extend. */
export const MAX_PANEL_DEPTH = 6;
export const MAX_PANEL_TEXT = 1500;
