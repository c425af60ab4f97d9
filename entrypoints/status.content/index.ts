import { defineContentScript } from 'wxt/utils/define-content-script';
import { pickLocale } from '../../src/i18n';
import { mountHint } from '../../src/inpage/mount-hint';
import { loadPageFeed } from '../../src/inpage/page-feed';
import { runStatusReader } from '../../src/inpage/status-reader';
import { openFlow, reportObservation } from '../../src/messaging/report-observation';
import { hintDismissedItem } from '../../src/storage/items';

export default defineContentScript({
  matches: [
    'https://www.apple.com/support/systemstatus/*',
    'https://www.apple.com/*/support/systemstatus/*',
  ],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const locale = pickLocale(navigator.language);
    await runStatusReader({
      document,
      url: location.href,
      locale,
      signal: ctx.signal,
      report: (observation) => reportObservation('status', observation),
      loadFeed: loadPageFeed,
      dismissedSituation: () => hintDismissedItem.getValue(),
      showHint: (view, undo) => {
        ctx.onInvalidated(undo);
        return mountHint(ctx, view, locale, {
          onContinue: () => void openFlow(),
          onDismissed: () => {
            undo();
            void hintDismissedItem.setValue(view.situation);
          },
        });
      },
    });
  },
});
