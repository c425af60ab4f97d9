/**
 * Text helpers shared by the readers. They avoid DOM globals (Node, NodeFilter) because the
 * CLI hands in a document from a DOM library that does not install them.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** No-break, narrow no-break, thin and other Unicode spaces all appear in Apple's labels. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ').trim();
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/**
 * Apple's feed carries names such as "iCloud Account &amp; Sign In", and the page can show
 * them still encoded. Only the entities seen in practice plus numeric ones are decoded;
 * anything else is left as written rather than guessed.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, body: string) => {
    if (body[0] !== '#') return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
    const hex = body[1] === 'x' || body[1] === 'X';
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * textContent of `node` minus the subtrees matching `skipSelector` (such as the hidden ".a11y"
 * suffix). Iterative so that a deeply nested or hostile page cannot overflow the stack.
 */
export function textWithout(node: Node, skipSelector: string): string {
  return textWithin(node, skipSelector, Number.POSITIVE_INFINITY) as string;
}

/**
 * Like textWithout, but gives up (undefined) once the text passes `limit` characters, so that
 * scanning every element of a large page does not re-read big containers in full.
 */
export function textWithin(node: Node, skipSelector: string, limit: number): string | undefined {
  let out = '';
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as Node;
    if (current.nodeType === TEXT_NODE || current.nodeType === CDATA_SECTION_NODE) {
      out += current.nodeValue ?? '';
      if (out.length > limit) return undefined;
      continue;
    }
    if (current !== node && current.nodeType === ELEMENT_NODE) {
      if ((current as Element).matches(skipSelector)) continue;
    }
    const children = current.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  return out;
}
