const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

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
  /** Undefined once the text passed maxText, or part of it was cut by a limit. */
  text: string | undefined;
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
  const stack: Frame[] = [{ node: root, next: root.firstChild, text: '' }];
  let visited = 0;
  for (let top; (top = stack.at(-1));) {
    const child = top.next;
    if (!child) {
      stack.pop();
      if (top.node.nodeType === ELEMENT_NODE) visit(top.node as Element, top.text);
      const parent = stack.at(-1);
      if (parent) append(parent, top.text, limits.maxText);
      continue;
    }
    top.next = child.nextSibling;
    if (++visited > limits.maxNodes) return false;
    if (child.nodeType === TEXT_NODE) {
      append(top, (child as CharacterData).data, limits.maxText);
    } else if (child.nodeType === ELEMENT_NODE && !(child as Element).matches(ignored)) {
      if (stack.length > limits.maxDepth) top.text = undefined;
      else stack.push({ node: child, next: child.firstChild, text: '' });
    }
  }
  return true;
}

function append(frame: Frame, text: string | undefined, maxText: number): void {
  frame.text =
    text === undefined || frame.text === undefined || frame.text.length + text.length > maxText
      ? undefined
      : frame.text + text;
}
