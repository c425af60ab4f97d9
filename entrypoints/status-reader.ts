import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { hintLocale } from '../src/i18n/page-locale';
import { extensionApi } from '../src/inpage/extension-api';
import { mountHint } from '../src/inpage/mount-hint';
import { pageAddress } from '../src/inpage/location';
import { loadPageFeed } from '../src/inpage/page-feed';
import { send } from '../src/inpage/send';
import { reportStatus } from '../src/inpage/report-status';
import { runStatusReader } from '../src/inpage/status-reader';
import { rememberDismissed } from '../src/storage/hint-dismissal';

// The status page's reader, loaded by its content script (status.ts) once the table exists or
// the wait for it is over: an unlisted script, so WXT adds no start-up message or event to the
// page (see README, "Content scripts").
export default defineUnlistedScript(() => {
  const url = pageAddress();
  void runStatusReader({
    document,
    url,
    locale: () => hintLocale(url, navigator.language),
    loadFeed: loadPageFeed,
    report: (observation, hint) => reportStatus(extensionApi(), observation, hint),
    showHint: (view, undo) => {
      mountHint(document, view, {
        onContinue: () => void send(extensionApi(), { type: 'open-flow' }),
        onDismiss: () => {
          undo();
          void rememberDismissed(extensionApi(), view.situation);
        },
      });
    },
  });
});
