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
import { addCategory, matchCategory, matchPlan, matchUsage } from './storage-text';

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
  const usageLine = findUsageLine(root);
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
  // Several plan names in the panel are an upgrade list: none of them is known to be the plan.
  if (plans.size === 1) observation.plan = [...plans][0] as string;
  if (plans.size > 1) observation.problems = ['plan-ambiguous'];
  return observation;
}

type Usage = NonNullable<ReturnType<typeof matchUsage>>;

/**
 * The smallest element whose text is a usage line, and of several with that same text the
 * first in document order (an ancestor wrapping only the line, or the first of two copies):
 * the same figures twice are one line.
 */
function findUsageLine(root: Node) {
  let best: { element: Element; usage: Usage; text: string } | undefined;
  scanTexts(root, S.ignored, SCAN_LIMITS, (element, raw) => {
    if (raw === undefined) return;
    const text = normalizeSpace(raw);
    if (best && text === best.text) {
      // Post-order meets the wrapped line before its wrapper.
      if (element.contains(best.element)) best = { ...best, element };
      return;
    }
    if (best && text.length >= best.text.length) return;
    const usage = matchUsage(text);
    if (usage) best = { element, usage, text };
  });
  return best;
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
