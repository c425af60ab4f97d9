import { describe, expect, it, vi } from 'vitest';
import { scanTexts } from '../../../../src/pages/icloud/scan';

interface ScanLimits {
  maxNodes: number;
  maxDepth: number;
  maxText: number;
}

const WIDE: ScanLimits = { maxNodes: 1_000_000, maxDepth: 100_000, maxText: 200 };

function scan(root: Node, limits: ScanLimits = WIDE) {
  const seen: [string, string | undefined][] = [];
  const complete = scanTexts(
    root,
    (element, text) => seen.push([element.tagName.toLowerCase(), text]),
    limits.maxText,
    limits.maxNodes,
    limits.maxDepth,
    'script, style',
  );
  return { seen, complete };
}

function chain(depth: number, text: string): HTMLElement {
  const top = document.createElement('div');
  let current: HTMLElement = top;
  for (let i = 1; i < depth; i++) current = current.appendChild(document.createElement('span'));
  current.append(text);
  return top;
}

describe('scanTexts', () => {
  it('reports each element after its children, with its own text', () => {
    const root = document.createElement('section');
    root.innerHTML = '<p>4.8 GB <b>of</b> 5 GB</p><script>var x = 1</script><i>Photos</i>';
    expect(scan(root).seen).toEqual([
      ['b', 'of'],
      ['p', '4.8 GB of 5 GB'],
      ['i', 'Photos'],
      ['section', '4.8 GB of 5 GBPhotos'],
    ]);
  });

  it('reports elements with too much text without their text', () => {
    const root = document.createElement('div');
    root.innerHTML = `<p>${'x'.repeat(201)}</p><p>short</p>`;
    expect(scan(root).seen).toEqual([
      ['p', undefined],
      ['p', 'short'],
      ['div', undefined],
    ]);
  });

  it('does not enter elements deeper than the depth cap, and marks the text above as cut', () => {
    const { seen, complete } = scan(chain(10, 'deep'), { ...WIDE, maxDepth: 4 });
    expect(complete).toBe(true);
    // The top element and four levels below it.
    expect(seen).toHaveLength(5);
    expect(seen.every(([, text]) => text === undefined)).toBe(true);
  });

  it('stops at the node cap and says so', () => {
    const root = document.createElement('div');
    for (let i = 0; i < 100; i++) root.append(document.createElement('i'));
    const { seen, complete } = scan(root, { ...WIDE, maxNodes: 10 });
    expect(complete).toBe(false);
    expect(seen).toHaveLength(10);
  });

  it('is linear: each element is matched against the ignore list once, however deep', () => {
    for (const depth of [1000, 4000]) {
      const matches = vi.spyOn(Element.prototype, 'matches');
      const { seen } = scan(chain(depth, '4.8 GB of 5 GB used'));
      expect(seen).toHaveLength(depth);
      expect(matches.mock.calls.length).toBe(depth - 1);
      matches.mockRestore();
    }
  });
});
