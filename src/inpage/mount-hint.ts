import { renderHint, type HintActions, type HintView } from './hint';
import hintCss from './hint.css?inline';

/**
 * Puts the hint at the top of the page inside a closed shadow root: the page's scripts cannot
 * read, rewrite or click into it (`shadowRoot` is null for them), its CSS cannot reach it, and
 * nothing of it is exposed on `window`. The CSS is inlined, so no extension file is exposed to
 * the page. Returns the function that removes it again.
 */
export function mountHint(doc: Document, view: HintView, actions: HintActions): () => void {
  const host = doc.createElement('div');
  host.dataset.backupRescue = 'hint';
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = hintCss;
  const container = doc.createElement('div');
  shadow.append(style, container);
  const remove = () => host.remove();
  renderHint(container, view, {
    ...actions,
    onDismiss: () => {
      remove();
      actions.onDismiss();
    },
  });
  (doc.body ?? doc.documentElement).prepend(host);
  return remove;
}
