import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Locale } from '../i18n';
import { renderHint, type HintActions, type HintView } from './hint';
import hintCss from './hint.css?inline';

/**
 * Puts the hint at the top of the page inside a shadow root. Its CSS is inlined there, so no
 * extension file has to be exposed to the page and neither side's styles leak into the other.
 */
export async function mountHint(
  ctx: ContentScriptContext,
  view: HintView,
  locale: Locale,
  actions: Pick<HintActions, 'onContinue'> & { onDismissed: () => void },
): Promise<void> {
  const ui = await createShadowRootUi(ctx, {
    name: 'backup-rescue-hint',
    position: 'inline',
    anchor: 'body',
    append: 'first',
    css: hintCss,
    onMount: (container) =>
      renderHint(container, view, locale, {
        onContinue: actions.onContinue,
        onDismiss: () => {
          ui.remove();
          actions.onDismissed();
        },
      }),
  });
  ui.mount();
}
