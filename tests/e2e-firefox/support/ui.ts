import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Puppeteer, type Page } from 'puppeteer-core';
import { expect } from '@playwright/test';

/**
 * Every way the Firefox tests find something on screen, in one place: by role and accessible
 * name, with the names taken from the English catalogs, so a reworded text or a redesigned
 * screen needs a change here and nowhere else.
 */

type Catalog = Record<string, string>;
const catalog = (file: string): Catalog =>
  JSON.parse(readFileSync(resolve(process.cwd(), 'content/locales/en', file), 'utf8')) as Catalog;
const texts: Catalog = {
  ...catalog('ui.json'),
  ...catalog('knowledge.json'),
  ...catalog('inpage.json'),
};

/** The English text of a catalog key, with its placeholders filled. */
export function text(key: string, params: Record<string, string> = {}): string {
  const template = texts[key];
  if (template === undefined) throw new Error(`No English text for ${key}`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `{${name}}`);
}

/** The text of a key as a pattern; placeholders not given match anything. */
export function textPattern(key: string, params: Record<string, string> = {}): RegExp {
  const escaped = text(key, params).replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace(/\\?\{\w+\\?\}/g, '.+'));
}

export type Role = 'button' | 'heading' | 'region';

/**
 * Runs in the page: elements of a role whose accessible name (aria-labelledby, aria-label, else
 * the text) is the wanted name.
 */
function queryByRole(root: Node, selector: string): Element[] {
  const { role, name } = JSON.parse(selector) as { role: string; name: string };
  const tags: Record<string, string> = {
    button: 'button, input[type=submit], input[type=button]',
    heading: 'h1, h2, h3, h4, h5, h6',
    region: 'section[aria-label], section[aria-labelledby]',
  };
  const selectorFor = `${tags[role] ?? ':not(*)'}, [role="${role}"]`;
  const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const accessibleName = (el: Element): string => {
    const doc = el.getRootNode() as Document;
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) {
      return squash(
        labelledBy
          .split(/\s+/)
          .map((id) => doc.getElementById(id)?.textContent)
          .join(' '),
      );
    }
    return squash(el.getAttribute('aria-label') ?? el.textContent);
  };
  return [...(root as ParentNode).querySelectorAll(selectorFor)].filter(
    (el) => accessibleName(el) === name,
  );
}

Puppeteer.registerCustomQueryHandler('role', { queryAll: queryByRole });

/** A selector for the element of `role` named exactly `name`. */
export const byRole = (role: Role, name: string): string =>
  `role/${JSON.stringify({ role, name })}`;

/** What the tests look for, by screen. */
export const ui = {
  appTitle: byRole('heading', text('app.title')),
  start: {
    title: byRole('heading', text('start.title')),
    noMessage: byRole('button', text('start.noMessage')),
    useMessage: byRole('button', text('start.useMessage')),
    pick: (knowledgeKey: string) => byRole('button', text(knowledgeKey)),
  },
  question: {
    title: '#question-title',
    unsure: byRole('button', text('question.unsure')),
    back: byRole('button', text('action.back')),
    showResults: byRole('button', text('question.showResults')),
  },
  results: {
    title: byRole('heading', text('results.title')),
    // The current step's main outcome: "This fixed it", or "Done, next step" on a step that only looks.
    stepOutcome: 'article.step--current .outcomes button.primary',
    knownFacts: byRole('region', text('known.title')),
  },
  outageBanner: byRole('region', text('banner.outage.title')),
};

// By name: Puppeteer's bundles do not share one ProtocolError class.
export const fromProtocol = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'ProtocolError' || fromProtocol(error.cause));

/**
 * Waits for an element to show. Firefox's BiDi sometimes fails the poll while a page is still
 * loading ("right-hand side of 'in' should be an object", at times wrapped in "Waiting failed"):
 * that attempt is retried, anything else is a failure.
 */
export async function waitShown(page: Page, selector: string, timeout = 30_000) {
  const until = Date.now() + timeout;
  for (;;) {
    try {
      const handle = await page.waitForSelector(selector, {
        visible: true,
        timeout: Math.max(until - Date.now(), 1),
      });
      if (handle) return handle;
    } catch (error) {
      if (!fromProtocol(error) || Date.now() >= until) throw error;
    }
  }
}

/**
 * Clicks what a selector finds once it shows, with the mouse as a person would. Puppeteer's
 * Locator.click first waits for the element to hold still, a check Firefox ESR 140 never
 * answers in a background tab; the element handle's click has no such wait.
 */
export async function clickShown(page: Page, selector: string): Promise<void> {
  await (await waitShown(page, selector)).click();
}

/** The visible text of the element a selector finds, once it is there. */
export async function visibleText(page: Page, selector: string): Promise<string> {
  const handle = await waitShown(page, selector);
  return handle!.evaluate((el) => (el as HTMLElement).innerText);
}

/** The first of several selectors to show up, by its index. */
async function firstShown(page: Page, selectors: string[]): Promise<number> {
  const shown = (selector: string) => page.$(selector).then(async (h) => !!h && h.isVisible());
  const first = async () => {
    for (const [i, selector] of selectors.entries()) if (await shown(selector)) return i;
    return -1;
  };
  let index = -1;
  await expect.poll(async () => (index = await first())).toBeGreaterThan(-1);
  return index;
}

/**
 * Answers "Not sure" to every question, the way a person who knows nothing more would, until
 * the results show. Returns the questions seen.
 */
export async function answerUntilResults(page: Page): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 20; i += 1) {
    if ((await firstShown(page, [ui.question.title, ui.results.title])) === 1) return seen;
    const question = await page.$eval(ui.question.title, (el) => el.textContent ?? '');
    expect(seen, `"${question}" was asked twice`).not.toContain(question);
    seen.push(question);
    await clickShown(page, ui.question.unsure);
    await expect
      .poll(async () => {
        if (await page.$(ui.results.title)) return true;
        const now = await page.$eval(ui.question.title, (el) => el.textContent).catch(() => null);
        return now !== null && now !== question;
      })
      .toBe(true);
  }
  throw new Error(`No results after ${seen.length} questions: ${seen.join(' | ')}`);
}

/** Horizontal overflow of the page in CSS pixels: more than 0 means a sideways scrollbar. */
export const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const causeKeys = Object.keys(texts).filter((key) => /^cause\.\w+\.title$/.test(key));

/**
 * The cause the results name first, as a catalog key: whatever the layout, the most likely
 * cause comes before the others in reading order.
 */
export async function leadingCause(page: Page): Promise<string | undefined> {
  const shown = await page.evaluate(() => document.body.innerText);
  const positions = causeKeys
    .map((key) => ({ key, at: shown.indexOf(text(key)) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at);
  return positions[0]?.key;
}
