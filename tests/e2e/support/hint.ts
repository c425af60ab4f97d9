import type { CDPSession, Page } from '@playwright/test';

/**
 * The in-page hint lives in a closed shadow root, which neither the page nor Playwright's
 * locators can enter. The DevTools protocol can (`pierce`), so the tests read it and click it
 * the way a person would: real mouse input at the button's position.
 */

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: ShadowNode[];
}

type ShadowNode = DomNode & { shadowRootType?: string };

export interface HintContent {
  shadowRootType: string | undefined;
  /** The panel's role as Chromium's accessibility tree computes it (a named section: region). */
  role: string | undefined;
  label: string | undefined;
  title: string;
  text: string;
  buttons: { name: string; backendNodeId: number }[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function session(tab: Page): Promise<CDPSession> {
  let cdp = sessions.get(tab);
  if (!cdp) {
    cdp = tab.context().newCDPSession(tab);
    sessions.set(tab, cdp);
  }
  return cdp;
}

const attribute = (node: DomNode, name: string) => {
  const at = node.attributes?.indexOf(name) ?? -1;
  return at >= 0 ? node.attributes?.[at + 1] : undefined;
};

function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue;
  if (node.nodeName === 'STYLE') return '';
  return (node.children ?? []).map(textOf).join(' ');
}

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** The hint's closed shadow root, with its whole subtree, or undefined while there is none. */
async function hintShadow(tab: Page): Promise<ShadowNode | undefined> {
  const cdp = await session(tab);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: '[data-backup-rescue="hint"]',
  });
  if (!nodeId) return undefined;
  const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as {
    node: DomNode;
  };
  return node.shadowRoots?.[0];
}

async function computedRole(tab: Page, node: DomNode): Promise<string | undefined> {
  const { nodes } = (await (
    await session(tab)
  ).send('Accessibility.getPartialAXTree', {
    backendNodeId: node.backendNodeId,
    fetchRelatives: false,
  })) as { nodes: { role?: { value?: string } }[] };
  return nodes[0]?.role?.value;
}

/** The hint as shown, or undefined while there is none. */
export async function readHint(tab: Page): Promise<HintContent | undefined> {
  const shadow = await hintShadow(tab);
  if (!shadow) return undefined;
  const nodes = [...walk(shadow)];
  const panel = nodes.find((n) => n.nodeName === 'SECTION');
  return {
    shadowRootType: shadow.shadowRootType,
    role: panel && (await computedRole(tab, panel)),
    label: panel && attribute(panel, 'aria-label'),
    title: textOf(nodes.find((n) => n.nodeName === 'H2') ?? shadow).trim(),
    text: textOf(shadow).replace(/\s+/g, ' ').trim(),
    buttons: nodes
      .filter((n) => n.nodeName === 'BUTTON')
      .map((n) => ({ name: textOf(n).trim(), backendNodeId: n.backendNodeId })),
  };
}

/** Waits for the hint and returns it. */
export async function waitForHint(tab: Page, timeoutMs = 5000): Promise<HintContent> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const hint = await readHint(tab);
    if (hint) return hint;
    if (Date.now() > until) throw new Error('no hint on the page');
    await tab.waitForTimeout(100);
  }
}

/** A real mouse click on the hint's button with this name. */
export async function clickHint(tab: Page, name: string): Promise<void> {
  const hint = await waitForHint(tab);
  const button = hint.buttons.find((b) => b.name === name);
  if (!button) throw new Error(`no button "${name}" in the hint: ${hint.text}`);
  const cdp = await session(tab);
  await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: button.backendNodeId });
  const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId });
  const [x1, y1, , , x3, y3] = model.content;
  await tab.mouse.click((x1! + x3!) / 2, (y1! + y3!) / 2);
}

/** A computed style of the hint's title, read through DevTools like the rest of the hint. */
export async function hintTitleStyle(tab: Page, property: string): Promise<string | undefined> {
  const shadow = await hintShadow(tab);
  const title = shadow && [...walk(shadow)].find((n) => n.nodeName === 'H2');
  if (!title) return undefined;
  const cdp = await session(tab);
  const {
    nodeIds: [titleId],
  } = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', {
    backendNodeIds: [title.backendNodeId],
  });
  await cdp.send('CSS.enable');
  const { computedStyle } = await cdp.send('CSS.getComputedStyleForNode', { nodeId: titleId! });
  return computedStyle.find((entry) => entry.name === property)?.value;
}
