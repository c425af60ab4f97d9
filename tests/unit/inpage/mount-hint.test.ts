import { afterEach, describe, expect, it, vi } from 'vitest';
import { hintView } from '../../../src/inpage/hint';
import { mountHint } from '../../../src/inpage/mount-hint';
import { hintTexts } from '../../support/catalogs';

const view = hintView(
  {
    services: [{ id: 'icloud-backup', name: 'iCloud Backup', state: 'issue' }],
    backup: { state: 'issue', verdict: 'apple-problem' },
    otherProblems: [],
  },
  'en',
  hintTexts('en'),
);

function mount() {
  const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
  const actions = { onContinue: vi.fn(), onDismiss: vi.fn() };
  const remove = mountHint(document, view, actions);
  const shadow = attach.mock.results[0]?.value as ShadowRoot;
  return { attach, actions, remove, shadow, host: document.body.firstElementChild as HTMLElement };
}

describe('mounted hint', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('sits at the top of the page in a closed shadow root the page cannot open', () => {
    document.body.innerHTML = '<h1>System Status</h1>';
    const globals = Object.keys(window).length;
    const { attach, host, shadow } = mount();
    expect(attach).toHaveBeenCalledWith({ mode: 'closed' });
    expect(host.dataset.backupRescue).toBe('hint');
    expect(host.shadowRoot).toBeNull();
    // What the page's scripts can reach: no text, no buttons, nothing new on window.
    expect(host.textContent).toBe('');
    expect(document.querySelectorAll('button')).toHaveLength(0);
    expect(Object.keys(window)).toHaveLength(globals);
    expect(shadow.querySelector('h2')?.textContent).toBe(view.title);
    expect(shadow.querySelector('style')).not.toBeNull();
  });

  it('is not dismissed or followed by clicks a script dispatches on its host', () => {
    const { actions, host } = mount();
    host.click();
    host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(actions.onContinue).not.toHaveBeenCalled();
    expect(actions.onDismiss).not.toHaveBeenCalled();
    expect(host.isConnected).toBe(true);
  });

  it('removes itself on a real click of Dismiss, and on request', () => {
    const first = mount();
    const dismiss = first.shadow.querySelector('button:last-child') as HTMLButtonElement;
    const click = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(click, 'isTrusted', { value: true });
    dismiss.dispatchEvent(click);
    expect(first.actions.onDismiss).toHaveBeenCalledOnce();
    expect(first.host.isConnected).toBe(false);
    vi.restoreAllMocks();
    const second = mount();
    second.remove();
    expect(second.host.isConnected).toBe(false);
  });
});
