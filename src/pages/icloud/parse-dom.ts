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
import { addCategory, matchCategory, matchPlan, matchUsage, statedPlan } from './storage-text';

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

/**
 * Words that head the storage panel ("iCloud Storage", "iCloud-Speicher", "Stockage iCloud",
 * "iCloud Saklama Alanı", "Úložiště iCloud", "אחסון iCloud"…).
 */
const STORAGE_WORD =
  /storage|speicher|stockage|almacenamiento|armazenamento|spazio|archiviazione|opslag|lagring|lagerplads|przestrzeń|pamięć|хранилищ|сховищ|ストレージ|存储|儲存|저장 공간|saklama|depolama|úložišt|úložisk|tallennustila|tárhely|tárterület|stocare|αποθηκ|pohran|skladišt|emmagatzematge|אחסון|تخزين|พื้นที่จัดเก็บ|स्टोरेज|संग्रहण|dung lượng|penyimpanan|storan|saugykl|salvestusruum|iCloud\+/i;
/** Text the user types or edits is never the storage line. */
const EDITABLE =
  '[contenteditable=""], [contenteditable="true"], textarea, input, [role="textbox"]';

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
    const usage = matchUsage(text);
    if (usage && !element.closest(EDITABLE)) lines.push({ element, usage, text });
  });
  // A line inside a panel headed by a storage word wins over one that is not (a subject in the
  // Mail tile); then the shortest, then the first: the same figures twice are one line.
  const inPanel = lines.filter((line) => storageContext(line.element));
  const pool = inPanel.length > 0 || needsStorageContext ? inPanel : lines;
  return pool.reduce<Line | undefined>(
    (best, line) => (!best || line.text.length < best.text.length ? line : best),
    undefined,
  );
}

/** A few ancestors up, still a small panel, the text names storage. */
function storageContext(element: Element): boolean {
  let node: Element | null = element;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    if (node.matches(S.panelLimit)) return false;
    const text = textWithin(node, S.ignored, MAX_PANEL_TEXT);
    if (text === undefined) return false;
    if (STORAGE_WORD.test(text)) return true;
  }
  return false;
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
