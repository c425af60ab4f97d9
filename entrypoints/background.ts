import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { handleContentMessage } from '../src/background/router';
import { showBadge } from '../src/background/effects';
import { createFlowOpener } from '../src/background/open-flow';
import { observationsItem } from '../src/storage/items';

export default defineBackground({
  type: 'module',
  // Listeners are registered synchronously: an MV3 worker woken by an event only dispatches
  // to listeners that exist when its first turn ends.
  main() {
    const openFlow = createFlowOpener();
    browser.runtime.onMessage.addListener((message, sender) =>
      handleContentMessage(message, sender, {
        ownId: browser.runtime.id,
        openFlow: () => openFlow(sender),
      }),
    );
    observationsItem.watch((observations) => void showBadge(observations ?? {}));
    void observationsItem.getValue().then(showBadge);
  },
});
