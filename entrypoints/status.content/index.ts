import { defineContentScript } from 'wxt/utils/define-content-script';
import { reportObservation } from '../../src/messaging/report-observation';

export default defineContentScript({
  matches: [
    'https://www.apple.com/support/systemstatus/*',
    'https://www.apple.com/*/support/systemstatus/*',
  ],
  runAt: 'document_idle',
  main() {
    void reportObservation({
      kind: 'apple-status',
      url: location.href,
      observedAt: new Date().toISOString(),
      parserVersion: 1,
      data: {},
    });
  },
});
