import { textWithin } from '../text';
import { LIGHT, LINK, NAME, NOT_NAME, SERVICE_ROWS, UNSHOWN } from './selectors';

/** A link reads "<Service> - <Label>": the longest name plus a list of events. */
export const MAX_LINK_TEXT = 1000;
/** Apple lists about 80 services; past READING_LIMITS.services the background refuses a reading. */
export const MAX_SERVICES = 500;
/** Far more than any row's classes; longer ones read as no light. */
export const MAX_LIGHT_CLASSES = 1000;

/**
 * One service row as the page draws it, in text: its link's (no key without a link), its name
 * cell's (empty without one) and the classes of its own lights. A text past MAX_LINK_TEXT
 * characters, or a runaway subtree, reads as empty. What the texts mean is parse-rows.ts's: the
 * page's script only reads them, and the worker parses (tests/bench/README.md).
 */
export interface PageRow {
  link?: string;
  name: string;
  lights: string;
}

export interface PageRows {
  /** The rows the page shows, at most MAX_SERVICES. */
  rows: PageRow[];
  /** Each row's element, in the same order: the one to highlight. */
  elements: Element[];
  /** How many rows the page has, shown or not: more than MAX_SERVICES says the list was cut. */
  total: number;
}

/**
 * The rendered status page's rows. One querySelectorAll for the services, then small scoped
 * lookups per row, at most MAX_SERVICES of them; textContent only (no layout reads), every text
 * read bounded, so it stays linear and cheap on a page of ~80 services and bounded on any other.
 */
export function readPageRows(root: ParentNode): PageRows {
  const rows: PageRow[] = [];
  const elements: Element[] = [];
  const containers = root.querySelectorAll(SERVICE_ROWS);
  // Sliced from the list itself, not from a copy of it: a page of a million rows costs 500.
  for (const element of ([] as Element[]).slice.call(containers, 0, MAX_SERVICES)) {
    if (element.closest(UNSHOWN)) continue;
    const [link] = own(element, LINK, NOT_NAME);
    const [nameCell] = own(element, NAME, NOT_NAME);
    const lights = own(element, LIGHT, NOT_OWN_LIGHT, true)
      .map((light) => light.getAttribute('class'))
      .join(' ');
    rows.push({
      ...(link && { link: textOf(link) }),
      name: textOf(nameCell),
      lights: lights.length > MAX_LIGHT_CLASSES ? '' : lights,
    });
    elements.push(element);
  }
  return { rows, elements, total: containers.length };
}

/**
 * The row's `selector`s outside what `skip` matches within the row: a popover, tooltip,
 * dialog, the body of a disclosure or a hidden element holds another event's light, link or
 * name (a history, or another row's "iCloud Drive - Outage"), and taking it for the row's
 * would read another service, or green for a row in an outage. The row's own ones after it are read. Such an ancestor is looked for up to the row
 * only: Apple's cell around it is an "info-tooltip-wrapper", and closest() would test every
 * ancestor up to the page's root, for each light, link and name. A light is also passed
 * over when it matches `skip` `itself` (hidden, or screen-reader text in its cell); a link or a
 * name cell is not, as either may carry a tooltip's trigger class.
 */
function own(row: Element, selector: string, skip: string, itself?: boolean): Element[] {
  return [...row.querySelectorAll(selector)].filter((element) => {
    let node = itself ? element : element.parentElement!;
    for (; !node.matches(skip); node = node.parentElement!) if (node === row) return true;
    return false;
  });
}

/** Nor is a light in the name cell or among what is left out of a name: it is an event's. */
const NOT_OWN_LIGHT = `${NAME},${NOT_NAME}`;

/** A link's or a name cell's text, without what is not the row's own. */
const textOf = (element: Element | undefined) =>
  (element && textWithin(element, NOT_NAME, MAX_LINK_TEXT)) || '';
