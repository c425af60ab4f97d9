import {
  readingMeta,
  unknownObservation,
  type IcloudStorageObservation,
  type StorageCategory,
  type UnknownObservation,
} from '../observation';
import { MAX_TEXT_NODES, normalizeSpace } from '../text';
import { scanTexts } from './scan';
import {
  ICLOUD_SELECTORS as S,
  MAX_PANEL_DEPTH,
  MAX_PANEL_TEXT,
  MAX_TITLE_TEXT,
  MAX_TITLES,
} from './selectors';
import {
  addCategory,
  AMOUNTS,
  deviceBefore,
  freeDisagrees,
  matchCategory,
  matchPlan,
  matchUsage,
  namesAnother,
  namesOther,
  ownShare,
  statedPlan,
  STORAGE_WORD,
  titleKind,
} from './storage-text';

/**
 * Reads the storage usage shown on icloud.com: "used of total", the plan name and the
 * category legend. Privacy: only text matching the storage grammar is looked at for output,
 * and the plan and legend are only searched inside the panel around the usage line, so the
 * account's name, email or content can never end up in the observation.
 */
export function parseIcloudPage(
  root: Node,
  url: string,
  now: Date = new Date(),
): IcloudStorageObservation | UnknownObservation {
  // Mail, Notes, Drive, Pages… show the account's own content, where "1.9 GB of 2 GB used" is an
  // email subject or a file name: usage is read only where icloud.com shows the storage.
  const view = storageView(url);
  // On the home page the storage is a tile among others (Mail, Notes): only a line in a panel
  // that names storage is the account's.
  const usageLine = view && findUsageLine(root, view === 'home');
  if (!usageLine) return unknownObservation(url, now, 'storage-usage-not-found');
  const [element, usage] = usageLine;
  const panel = panelAround(element);
  const plans = new Set<string>();
  const categories: StorageCategory[] = [];
  // Both matchers normalize the spaces themselves.
  scanTexts(panel, (_element, text) => {
    if (text === undefined) return;
    const plan = matchPlan(text);
    if (plan !== undefined) plans.add(plan);
    const category = matchCategory(text);
    if (category) addCategory(categories, category);
  });
  const { used, total } = usage;
  const observation: IcloudStorageObservation = {
    kind: 'icloud-storage',
    source: 'icloud',
    ...readingMeta(url, now),
    basis: 'displayed-decimal',
    usedBytes: used.bytes,
    totalBytes: total.bytes,
    ...usage,
    categories,
  };
  // Several plan names in the panel are an upgrade list, and a plan of another size than the
  // total an offer: none of them is known to be the plan.
  const plan = statedPlan(plans, total);
  if (plan !== undefined) observation.plan = plan;
  else if (plans.size > 0) observation.problems = ['plan-ambiguous'];
  return observation;
}

const SETTINGS_VIEW = /^\/(?:settings|storage|account)/;

/**
 * Where icloud.com shows the account's storage: the home page (a tile among others) and the
 * settings views (where the storage bar is expected). Undefined for every other view.
 */
export function storageView(url: string): 'home' | 'settings' | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  if (path === '/') return 'home';
  return SETTINGS_VIEW.test(path) ? 'settings' : undefined;
}

/**
 * The text of a node as the scan builds it (ignored subtrees left out), or undefined past `max`
 * characters or MAX_TEXT_NODES nodes: one walker in the icloud.com script, whose bytes have a
 * budget. A comment has no text, nor has an ignored element (a script, a text field), whatever
 * its parts.
 */
function textOf(node: Node, max: number): string | undefined {
  if ((node as Element).matches?.(S.ignored)) return undefined;
  let text: string | undefined = node.nodeType === 3 ? (node as Text).data : '';
  // Post-order: the root is the last element visited, and only when the walk was not cut short.
  const done = scanTexts(node, (_element, found) => (text = found), max, MAX_TEXT_NODES);
  return done ? text : undefined;
}

type Usage = NonNullable<ReturnType<typeof matchUsage>>;

/**
 * The smallest element whose text is a usage line, and of several with that same text the
 * first in document order (an ancestor wrapping only the line, or the first of two copies):
 * the same figures twice are one line.
 */
function findUsageLine(root: Node, needsStorageContext: boolean) {
  // A tuple: property names would stay in the icloud.com script, whose bytes have a budget.
  type Line = [element: Element, usage: Usage, text: string];
  // A line that names another is kept without its usage (false), then left out; only such a
  // line may have had none.
  const found: [Element, Usage | false | undefined, string][] = [];
  scanTexts(root, (element, raw) => {
    if (raw === undefined) return;
    const text = normalizeSpace(raw);
    // A tile or panel around a line already found is not another line; an element wrapping only
    // the line takes its place (post-order meets the wrapped line before its wrapper).
    const inner = found.find((line) => element.contains(line[0]));
    if (inner) {
      if (inner[2] === text) inner[0] = element;
      return;
    }
    const usage = matchUsage(text);
    // A line that is not the account's (a device's, a member's, a subject) still is a line: the
    // card or tile around it, whose text may put a storage heading before the member's name, is
    // not read as another. So is a member's row of two sizes that says nothing of use ("Mom: 12
    // GB of 200 GB", "母: 200 GB中12 GB"): the heading above it ("Storage used", "使用済み",
    // "Οικογενειακή κοινή χρήση", sharing) runs into its text in the panel's, and is not its verb.
    if (usage || text.match(AMOUNTS)?.[1]) {
      // A name in a text of its own just before the line ("<li>Mom <span>12 GB of…") is inline.
      const before = element.previousSibling;
      const lead = before?.nodeType === 3 ? (before as Text).data.slice(-60) : '';
      const other =
        namesOther(normalizeSpace(`${lead} ${text}`), true) ||
        underDeviceHeading(element, text) ||
        underOtherTitle(element);
      if (usage || other) found.push([element, !other && usage, text]);
    }
  });
  const lines = found.filter((line): line is Line => !!line[1]);
  // A line in the panel nearest a storage word wins over one that is not (a subject in the
  // Mail tile); then the shortest, then the first: the same figures twice are one line.
  const depths = lines.map((line) => storageContext(line[0]));
  const nearest = Math.min(...depths.filter((depth) => depth > 0));
  const inPanel = lines.filter((_, i) => depths[i] === nearest);
  const pool = inPanel.length > 0 || needsStorageContext ? inPanel : lines;
  // Two different usages (another account's, a family member's card) cannot be told apart.
  const figures = new Set(pool.map(([, usage]) => `${usage.used.bytes}/${usage.total.bytes}`));
  // The reader's share of a shared plan leaves what the plan holds unknown: nothing is read, not
  // even a member's line not seen as one; nor beside a free amount that disagrees with the line.
  const doubtful = lines.some(([element, usage, text]) => {
    const around = textOf(panelAround(element), MAX_PANEL_TEXT);
    return ownShare(text, around) || freeDisagrees(usage, around);
  });
  if (doubtful || figures.size > 1) return undefined;
  // A stable sort: of lines as short, the first.
  return pool.sort((a, b) => a[2].length - b[2].length)[0];
}

/**
 * A line after a device named beside it in its parent, after the last mention of iCloud ("iPhone
 * Storage", a row "64 GB iPhone"): the device's storage, or one not told from it, not the
 * account's (a device named in the line itself, "Office iMac — 801 GB of 1 TB used", is no usage
 * line at all: matchUsage). Titles further up are underOtherTitle's: the text of a whole grid runs
 * tiles together ("…Ama's iPhone" + "Storage").
 */
function underDeviceHeading(element: Element, lineText: string): boolean {
  // A line with no parent (the root itself) has nothing beside it.
  const normalized = normalizeSpace(textOf(element.parentNode ?? element, MAX_PANEL_TEXT) ?? '');
  const at = normalized.indexOf(lineText);
  return at > 0 && deviceBefore(normalized.slice(0, at));
}

/**
 * Titles above the line, nearest first: headings, and labels that open a card or row (a first
 * element with no element inside). A line under an app's title at any of the few levels around
 * it ("Mail", "Notes", "Photos": a subject, a note, the library's share, even below a folder
 * named "Storage alerts") is not the account's; nor one under a device's title ("MacBook Air",
 * "Ama's iPhone"), the family's ("Family Sharing": a member's usage) or a member's name ("Ama
 * Mensah" in a row of its own above the line) with no storage heading or mention of iCloud
 * nearer to it.
 */
function underOtherTitle(element: Element): boolean {
  let inner: Element = element;
  let shielded = false;
  for (let depth = 0, node = element.parentElement; node && depth < 5; depth++) {
    if (node.matches(S.panelLimit)) return false;
    let part = inner.previousElementSibling;
    for (let n = 0; part && n < MAX_TITLES; n++, part = part.previousElementSibling) {
      const text = textOf(part, MAX_TITLE_TEXT);
      if (!text) continue;
      const title = normalizeSpace(text);
      const inside = part.matches(S.heading) ? part : part.querySelector(S.heading);
      // A heading, or a wrapper holding only one ("<div class=header><h2>Mail</h2></div>").
      const heading = inside && normalizeSpace(textOf(inside, MAX_TITLE_TEXT) ?? '') === title;
      const label = !part.previousElementSibling && !part.firstElementChild;
      if (!(heading || label)) continue;
      const kind = titleKind(title);
      // A title with no figure that names no storage is a member's name ("Ama Mensah", "Mom").
      const named = kind || (!/\d|iCloud/.test(title) && namesAnother(title));
      if (kind === 'app' || (named && !shielded)) return true;
      shielded ||= title.includes('iCloud') || (!!heading && STORAGE_WORD.test(title));
      if (heading) break;
    }
    inner = node;
    node = node.parentElement;
  }
  return false;
}

/** Addresses and links name no panel ("storage-alerts@example.com" is a sender). */
const ADDRESS = /\S*(?:@|\/\/|www\.)\S*/g;

/**
 * How many ancestors up a small panel names storage beside the line (0: none), each part of the
 * panel read on its own: a subject or a note that says "storage" in its own words, or a sender's
 * address, does not count.
 */
function storageContext(element: Element): number {
  let inner: Element = element;
  let node = element.parentElement;
  for (let depth = 1; node && depth < 4; depth++, inner = node, node = node.parentElement) {
    if (node.matches(S.panelLimit)) return 0;
    if (textOf(node, MAX_PANEL_TEXT) === undefined) return 0;
    for (const part of node.childNodes) {
      if (part === inner) continue;
      const text = textOf(part, MAX_PANEL_TEXT) ?? '';
      if (STORAGE_WORD.test(text.replace(ADDRESS, ' '))) return depth;
    }
  }
  return 0;
}

/**
 * The storage panel: ancestors of the usage line while they stay small and hold no page
 * landmark, so that app tiles such as "Mail" or "Photos" in the navigation are not read as
 * legend entries.
 */
function panelAround(element: Element): Element {
  let panel = element;
  for (let depth = 0; depth < MAX_PANEL_DEPTH; depth++) {
    const parent = panel.parentElement;
    if (!parent || parent.matches(S.panelLimit) || parent.querySelector(S.panelLimit)) break;
    if (textOf(parent, MAX_PANEL_TEXT) === undefined) break;
    panel = parent;
  }
  return panel;
}
