const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

export interface ScanLimits {
  /** Nodes visited before the scan stops; the elements still open are then not reported. */
  maxNodes: number;
  /** Elements nested deeper below the root are not entered; their ancestors' text counts as cut. */
  maxDepth: number;
  /** Elements with more text than this are reported without text. */
  maxText: number;
}

interface Frame {
  node: Node;
  next: ChildNode | null;
  text: string;
  /** The text passed maxText, or part of it was cut by a limit. */
  cut: boolean;
}

/**
 * Reports every element under `root` with its text (ignored subtrees left out), or undefined
 * when that text is longer than `maxText` or was cut by a limit. One walk in post-order: each
 * element's text is built from its children's, so the work is linear in the nodes visited,
 * whatever the nesting, instead of re-reading every subtree for every ancestor. Returns false
 * when the node cap ended the walk early.
 */
export function scanTexts(
  root: Node,
  ignored: string,
  limits: ScanLimits,
  visit: (element: Element, text: string | undefined) => void,
): boolean {
  const stack: Frame[] = [{ node: root, next: root.firstChild, text: '', cut: false }];
  let visited = 0;
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Frame;
    const child = top.next;
    if (!child) {
      stack.pop();
      close(top, stack[stack.length - 1], limits.maxText, visit);
      continue;
    }
    top.next = child.nextSibling;
    if (++visited > limits.maxNodes) return false;
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
      append(top, child.nodeValue ?? '', limits.maxText);
    } else if (child.nodeType === ELEMENT_NODE && !(child as Element).matches(ignored)) {
      if (stack.length > limits.maxDepth) top.cut = true;
      else stack.push({ node: child, next: child.firstChild, text: '', cut: false });
    }
  }
  return true;
}

function append(frame: Frame, text: string | undefined, maxText: number): void {
  if (frame.cut) return;
  if (text === undefined || frame.text.length + text.length > maxText) {
    frame.cut = true;
    frame.text = '';
  } else {
    frame.text += text;
  }
}

function close(
  frame: Frame,
  parent: Frame | undefined,
  maxText: number,
  visit: (element: Element, text: string | undefined) => void,
): void {
  const text = frame.cut ? undefined : frame.text;
  if (frame.node.nodeType === ELEMENT_NODE) visit(frame.node as Element, text);
  if (parent) append(parent, text, maxText);
}
