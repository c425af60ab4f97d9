import { defineContentScript } from 'wxt/utils/define-content-script';
import { reportObservation } from '../../src/messaging/report-observation';

export default defineContentScript({
  matches: ['https://www.icloud.com/*'],
  runAt: 'document_idle',
  main() {
    void reportObservation({
      kind: 'icloud-storage',
      url: location.href,
      observedAt: new Date().toISOString(),
      parserVersion: 1,
      data: {},
    });
  },
});
