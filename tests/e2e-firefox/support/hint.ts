import type { Page } from 'puppeteer-core';

/**
 * The in-page hint lives in a closed shadow root, which the page's scripts and Puppeteer's
 * selectors cannot enter. WebDriver BiDi can: it serialises a closed shadow root when asked
 * (`includeShadowTree: 'all'`) and takes it as an argument. The tests read the hint through
 * that and click it the way a person would: real mouse input at the button's position.
 */

interface BidiResult {
  result: {
    nodes?: { value?: { shadowRoot?: { sharedId: string } | null } }[];
    type?: string;
    result?: { value?: string };
    exceptionDetails?: { text?: string };
  };
}
interface BidiContext {
  id: string;
  userContext: {
    browser: { session: { send(method: string, params: object): Promise<BidiResult> } };
  };
}

function bidi(tab: Page) {
  const context = (tab.mainFrame() as unknown as { browsingContext: BidiContext }).browsingContext;
  return {
    context: context.id,
    send: (method: string, params: object) =>
      context.userContext.browser.session.send(method, params),
  };
}

export interface HintContent {
  mode: string;
  label: string | null;
  title: string;
  text: string;
  buttons: { name: string; x: number; y: number }[];
}

/** Runs in the page with the shadow root as its argument; returns JSON (a plain string crosses BiDi simply). */
function describe(root: ShadowRoot): string {
  const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const textOf = (node: Node): string =>
    node.nodeName === 'STYLE'
      ? ''
      : node.nodeType === Node.TEXT_NODE
        ? (node.nodeValue ?? '')
        : [...node.childNodes].map(textOf).join(' ');
  const region = root.querySelector('section[aria-label]');
  const heading = root.querySelector('h2');
  return JSON.stringify({
    mode: root.mode,
    label: region?.getAttribute('aria-label') ?? null,
    title: squash(heading ? textOf(heading) : ''),
    text: squash(textOf(root)),
    buttons: [...root.querySelectorAll('button')].map((button) => {
      button.scrollIntoView({ block: 'center' });
      const box = button.getBoundingClientRect();
      return { name: squash(textOf(button)), x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }),
  });
}

/** The hint as shown, or undefined while there is none. */
export async function readHint(tab: Page): Promise<HintContent | undefined> {
  const { context, send } = bidi(tab);
  const found = await send('browsingContext.locateNodes', {
    context,
    locator: { type: 'css', value: '[data-backup-rescue="hint"]' },
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const shadow = found.result.nodes?.[0]?.value?.shadowRoot;
  if (!shadow) return undefined;
  const { result } = await send('script.callFunction', {
    functionDeclaration: describe.toString(),
    target: { context },
    arguments: [{ sharedId: shadow.sharedId }],
    awaitPromise: false,
  });
  if (result.type !== 'success' || !result.result?.value)
    throw new Error(`Could not read the hint: ${result.exceptionDetails?.text ?? 'no result'}`);
  return JSON.parse(result.result.value) as HintContent;
}

/** Clicks a button of the hint by its name, with the mouse. */
export async function clickHintButton(tab: Page, name: string): Promise<void> {
  const button = (await readHint(tab))?.buttons.find((b) => b.name === name);
  if (!button) throw new Error(`The hint has no button "${name}"`);
  await tab.mouse.click(button.x, button.y);
}
