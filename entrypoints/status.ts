import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extensionApi } from '../src/inpage/extension-api';
import { highlightRow } from '../src/inpage/highlight';
import { mountHint } from '../src/inpage/mount-hint';
import { loadPageFeed } from '../src/inpage/page-feed';
import { send } from '../src/inpage/send';
import { runStatusPage } from '../src/inpage/status-page';
import { rememberDismissed } from '../src/storage/hint-dismissal';

// Content script of Apple's System Status page, declared in wxt.config.ts (see README, "Content
// scripts"): it reads the rows and shows the hint; the worker parses (src/inpage/status-page.ts).
export default defineUnlistedScript(() => {
  void runStatusPage({
    document,
    language: () => navigator.language,
    ask: (message) => send(extensionApi(), message),
    loadFeed: () => loadPageFeed().then((feed) => feed?.text),
    showHint: (view, row) => {
      // A row is any element the rows' selector matched: an SVG or MathML one has a style too.
      const unhighlight = row ? highlightRow(row as HTMLElement, view.tone) : () => undefined;
      mountHint(document, view, {
        onContinue: () => void send(extensionApi(), { type: 'open-flow' }),
        onDismiss: () => {
          unhighlight();
          void rememberDismissed(extensionApi(), view.situation);
        },
      });
    },
  });
});
