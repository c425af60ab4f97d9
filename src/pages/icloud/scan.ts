import { ICLOUD_SELECTORS, SCAN_MAX_DEPTH, SCAN_MAX_NODES, SCAN_MAX_TEXT } from './selectors';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * An element open in the walk: itself, its next child to visit, and its text so far, undefined
 * once it passed `maxText` or part of it was cut by a limit. A tuple: property names would stay
 * in the icloud.com script, whose bytes have a budget.
 */
type Frame = [node: Node, next: ChildNode | null, text: string | undefined];

/**
 * Reports every element under `root` with its text (ignored subtrees left out), or undefined
 * when that text is longer than `maxText` or was cut by a limit: past `maxNodes` nodes visited
 * the elements still open are not reported; below `maxDepth` levels none is entered (limits as
 * arguments, for the same reason as Frame). One walk in post-order: each
 * element's text is built from its children's, so the work is linear in the nodes visited,
 * whatever the nesting, instead of re-reading every subtree for every ancestor. Returns false
 * when the node cap ended the walk early.
 */
export function scanTexts(
  root: Node,
  visit: (element: Element, text: string | undefined) => void,
  maxText = SCAN_MAX_TEXT,
  maxNodes = SCAN_MAX_NODES,
  maxDepth = SCAN_MAX_DEPTH,
  ignored: string = ICLOUD_SELECTORS.ignored,
): boolean {
  const stack: Frame[] = [[root, root.firstChild, '']];
  let visited = 0;
  for (let top; (top = stack.at(-1));) {
    const [node, child, text] = top;
    if (!child) {
      stack.pop();
      if (node.nodeType === ELEMENT_NODE) visit(node as Element, text);
      const parent = stack.at(-1);
      if (parent) append(parent, text, maxText);
      continue;
    }
    top[1] = child.nextSibling;
    if (++visited > maxNodes) return false;
    if (child.nodeType === TEXT_NODE) {
      append(top, (child as CharacterData).data, maxText);
    } else if (child.nodeType === ELEMENT_NODE && !(child as Element).matches(ignored)) {
      if (stack.length > maxDepth) top[2] = undefined;
      else stack.push([child, child.firstChild, '']);
    }
  }
  return true;
}

function append(frame: Frame, text: string | undefined, maxText: number): void {
  const sofar = frame[2];
  frame[2] =
    text === undefined || sofar === undefined || sofar.length + text.length > maxText
      ? undefined
      : sofar + text;
}
