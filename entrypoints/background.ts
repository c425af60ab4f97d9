import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { handleContentMessage } from '../src/background/router';
import { createFlowOpener } from '../src/background/open-flow';

// A classic worker, bundled alone with the native `browser` (wxt.config.ts): only what it uses,
// no shared chunk, no polyfill (tests/bench/README.md). It listens to messages only and sets the
// badge where it stores a reading.
export default defineBackground({
  // Listeners are registered synchronously: an MV3 worker woken by an event only dispatches
  // to listeners that exist when its first turn ends.
  main() {
    const openFlow = createFlowOpener();
    // Answered through sendResponse: without the polyfill, a returned promise is not the answer
    // in every Chromium.
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      void handleContentMessage(message, sender, {
        openFlow: () => openFlow(sender),
      }).then(sendResponse);
      return true;
    });
  },
});
