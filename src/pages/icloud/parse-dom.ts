import {
  readingMeta,
  unknownObservation,
  type IcloudStorageObservation,
  type StorageCategory,
  type UnknownObservation,
} from '../observation';
import { normalizeSpace, textWithin } from '../text';
import { scanTexts } from './scan';
import { ICLOUD_SELECTORS as S, MAX_PANEL_DEPTH, MAX_PANEL_TEXT, SCAN_LIMITS } from './selectors';
import {
  addCategory,
  deviceStorageBefore,
  matchCategory,
  matchPlan,
  matchUsage,
  statedPlan,
  STORAGE_WORD,
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
  if (!view) return unknownObservation(url, now, 'storage-usage-not-found');
  // On the home page the storage is a tile among others (Mail, Notes): only a line in a panel
  // that names storage is the account's.
  const usageLine = findUsageLine(root, view === 'home');
  if (!usageLine) return unknownObservation(url, now, 'storage-usage-not-found');
  const panel = panelAround(usageLine.element);
  const plans = new Set<string>();
  const categories: StorageCategory[] = [];
  scanTexts(panel, S.ignored, SCAN_LIMITS, (_element, raw) => {
    if (raw === undefined) return;
    const text = normalizeSpace(raw);
    const plan = matchPlan(text);
    if (plan !== undefined) plans.add(plan);
    const category = matchCategory(text);
    if (category) addCategory(categories, category);
  });
  const { used, total } = usageLine.usage;
  const observation: IcloudStorageObservation = {
    kind: 'icloud-storage',
    source: 'icloud',
    ...readingMeta(url, now),
    basis: 'displayed-decimal',
    usedBytes: used.bytes,
    totalBytes: total.bytes,
    used,
    total,
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

type Usage = NonNullable<ReturnType<typeof matchUsage>>;

/**
 * The smallest element whose text is a usage line, and of several with that same text the
 * first in document order (an ancestor wrapping only the line, or the first of two copies):
 * the same figures twice are one line.
 */
function findUsageLine(root: Node, needsStorageContext: boolean) {
  type Line = { element: Element; usage: Usage; text: string };
  const lines: Line[] = [];
  scanTexts(root, S.ignored, SCAN_LIMITS, (element, raw) => {
    if (raw === undefined) return;
    const text = normalizeSpace(raw);
    const last = lines[lines.length - 1];
    if (last && text === last.text && element.contains(last.element)) {
      // Post-order meets the wrapped line before its wrapper.
      last.element = element;
      return;
    }
    // A tile or panel around a line already found is not another line.
    if (lines.some((line) => element.contains(line.element))) return;
    const usage = matchUsage(text);
    if (usage && !underDeviceHeading(element, text)) lines.push({ element, usage, text });
  });
  // A line in the panel nearest a storage word wins over one that is not (a subject in the
  // Mail tile); then the shortest, then the first: the same figures twice are one line.
  const depths = lines.map((line) => storageContext(line.element));
  const nearest = Math.min(...depths.filter((depth) => depth > 0));
  const inPanel = lines.filter((_, i) => depths[i] === nearest);
  const pool = inPanel.length > 0 || needsStorageContext ? inPanel : lines;
  // Two different usages (another account's, a family member's card) cannot be told apart.
  const figures = new Set(pool.map(({ usage }) => `${usage.used.bytes}/${usage.total.bytes}`));
  if (figures.size > 1) return undefined;
  return pool.reduce<Line | undefined>(
    (best, line) => (!best || line.text.length < best.text.length ? line : best),
    undefined,
  );
}

/** A card headed "iPad Storage" just above the line: the device's storage, not the account's. */
function underDeviceHeading(element: Element, lineText: string): boolean {
  let node = element.parentElement;
  for (let depth = 1; node && depth < 3; depth++, node = node.parentElement) {
    const text = textWithin(node, S.ignored, MAX_PANEL_TEXT);
    if (text === undefined) return false;
    const normalized = normalizeSpace(text);
    const at = normalized.indexOf(lineText);
    if (at > 0 && deviceStorageBefore(normalized.slice(0, at))) return true;
  }
  return false;
}

/** Addresses and links name no panel ("storage-alerts@example.com" is a sender). */
const ADDRESS = /\S+@\S+|\S*(?:https?:\/\/|www\.)\S*/g;

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
    if (textWithin(node, S.ignored, MAX_PANEL_TEXT) === undefined) return 0;
    for (const part of node.childNodes) {
      if (part === inner || (part.nodeType === 1 && (part as Element).matches(S.ignored))) continue;
      const text = textWithin(part, S.ignored, MAX_PANEL_TEXT) ?? '';
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
    if (textWithin(parent, S.ignored, MAX_PANEL_TEXT) === undefined) break;
    panel = parent;
  }
  return panel;
}
