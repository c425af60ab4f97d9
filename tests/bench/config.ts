/**
 * Everything the benchmark compares against, in one place: the budgets of issue 13, the
 * selectors that tell when the popup's first screen is usable and when the hint is shown, and how
 * many pairs are measured. Change a selector here when the UI changes; nothing else knows it.
 */

/**
 * The start screen's primary choices: the buttons of the list of known messages and symptoms.
 * A skeleton or a spinner does not match, so "usable" means a person could click a choice.
 */
export const START_SCREEN_SELECTOR = '#pick-list button';

/**
 * The in-page hint's accessible name. It lives in a closed shadow root, which Playwright's
 * locators cannot enter: it is read through DevTools as the end-to-end tests read it.
 */
export const HINT_LABEL = /Backup Rescue/;

/** The browser's language in every run: the popup's texts and the message bundle read are its. */
export const BENCH_LANGUAGE = 'en';

export const STATUS_URL = 'https://www.apple.com/support/systemstatus/';
/** A same-site page the content scripts do not match: each visit starts from it (see pages.ts). */
export const START_URL = 'https://www.apple.com/support/';

/** Measured pairs (floor, subject); the order alternates so drift hits both alike. */
export const PAIRS = { popup: 15, heldPopup: 5, page: 15 };

/**
 * How long after navigation starts the page's main-thread time is read: long enough for the
 * content script to read, report and show the hint on a loaded 2-core machine. Both sides of a
 * pair are read at the same moment, so the page's own idle work cancels out.
 */
export const PAGE_WINDOW_MS = 1500;

/** Facts sets diagnosed per round, rounds, and the seed that makes them the same every run. */
export const ENGINE_RUNS = { sets: 240, rounds: 5, seed: 13 };

/** Events whose listeners may wake the background worker: messages (and the one-off install). */
export const MESSAGE_EVENTS = ['runtime.onMessage', 'runtime.onConnect', 'runtime.onInstalled'];

const KB = 1024;

/** Budgets of issue 13. `ratio`: now / floor; `extra`: now − floor; `max`: now alone. */
export const BUDGETS = {
  popupPaint: { compare: 'ratio', limit: 1.2 },
  popupUsable: { compare: 'ratio', limit: 1.5 },
  popupBytes: { compare: 'max', limit: 40 * KB },
  contentScriptBytes: { compare: 'max', limit: 8 * KB },
  pageAllAvailable: { compare: 'extra', limit: 5 },
  pageWithHint: { compare: 'extra', limit: 15 },
  // "Nothing done": about what two identical empty content scripts differ by on a quiet run.
  pageWithoutTable: { compare: 'extra', limit: 2 },
  backgroundBytes: { compare: 'max', limit: 10 * KB },
  backgroundTimers: { compare: 'max', limit: 0 },
  backgroundWakers: { compare: 'max', limit: 0 },
  engineMedian: { compare: 'max', limit: 1 },
  // Memory budgets: see tests/bench/README.md ("Memory budgets") for why these figures.
  popupHeapFirstScreen: { compare: 'extra', limit: 1024 * KB },
  popupHeapSettled: { compare: 'extra', limit: 2048 * KB },
  backgroundHeap: { compare: 'extra', limit: 256 * KB },
} as const;

export type BudgetName = keyof typeof BUDGETS;
