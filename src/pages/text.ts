/**
 * Text helpers shared by the readers. They avoid DOM globals (Node, NodeFilter) because the
 * CLI hands in a document from a DOM library that does not install them.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const DOCUMENT_NODE = 9;

/**
 * "٤٫٨", "४.५", "๓", "３" read as "4٫8", "4.5", "3", "3": one character for one, so that
 * positions found in the result are positions in the original. A digit's value is how many
 * digits run before it in its script's block of ten (no two blocks of the Basic Multilingual Plane
 * touch). Digits beyond that plane are left as they are: two characters would become one.
 */
export function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.charCodeAt(0);
    let before = 0;
    while (/\p{Nd}/u.test(String.fromCharCode(code + ~before))) before++;
    return digit.length > 1 ? digit : `${before}`;
  });
}

/**
 * No-break, narrow no-break, thin and other Unicode spaces all appear in Apple's labels: `\s`
 * takes them all (U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000, U+FEFF) but the
 * zero-width space.
 */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u200b]+/g, ' ').trim();
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
  // Most text has no "&" and needs no pattern. The pattern spells out both cases: with the `i`
  // flag, the status page's first read took about 1 ms longer (tests/bench/README.md).
  if (!text.includes('&')) return text;
  return text.replace(
    /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,6});/g,
    (whole, body: string) => {
      if (body[0] !== '#') return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
      const hex = body[1] === 'x' || body[1] === 'X';
      const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

/**
 * Bidirectional controls (which can reorder what a reader sees), zero-width and other invisible
 * format characters. Page text is cleaned of them before it is stored or shown, so a service
 * name cannot carry hidden text or display differently from what was read.
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/** Every such character lies above U+00AC: text below needs no Unicode tables (see foldName). */
const BELOW_INVISIBLE = /^[\x00-\xac]*$/;

export function stripInvisible(text: string): string {
  return BELOW_INVISIBLE.test(text) ? text : text.replace(INVISIBLE, '');
}

/** Most nodes one text read visits; a label or a panel never has more. */
export const MAX_TEXT_NODES = 2000;

/**
 * textContent of `node` minus the subtrees matching `skipSelector` (such as the hidden ".a11y"
 * suffix), or undefined once the text passes `limit` characters or the read passes
 * MAX_TEXT_NODES nodes, so a large or hostile subtree costs a bounded amount. It walks siblings
 * and parents instead of recursing or stacking children, so neither depth nor a node with a
 * million children costs more than the nodes actually visited.
 */
export function textWithin(node: Node, skipSelector: string, limit: number): string | undefined {
  let out = '';
  let visited = 0;
  let current: Node | null = node;
  while (current) {
    if (++visited > MAX_TEXT_NODES) return undefined;
    let enter: boolean = current.nodeType === ELEMENT_NODE || current.nodeType === DOCUMENT_NODE;
    if (current.nodeType === TEXT_NODE || current.nodeType === CDATA_SECTION_NODE) {
      out += current.nodeValue ?? '';
      if (out.length > limit) return undefined;
    } else if (current.nodeName === 'BR') {
      // A line break between words is a space ("Copia de<br>seguridad"): they never join.
      out += ' ';
    } else if (enter && current !== node && (current as Element).matches(skipSelector)) {
      enter = false;
    }
    current = enter && current.firstChild ? current.firstChild : following(current, node);
  }
  return out;
}

/** The next node after `current`'s subtree in document order, staying inside `root`. */
export function following(current: Node, root: Node): Node | null {
  for (let node: Node | null = current; node && node !== root; node = node.parentNode) {
    if (node.nextSibling) return node.nextSibling;
  }
  return null;
}
