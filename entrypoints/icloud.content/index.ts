import { defineContentScript } from 'wxt/utils/define-content-script';
import { readIcloudStorage } from '../../src/inpage/icloud-reader';
import { reportObservation } from '../../src/messaging/report-observation';

export default defineContentScript({
  matches: ['https://www.icloud.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    // icloud.com is a single-page app: each in-app navigation gets its own bounded read, and
    // the previous one is abandoned.
    let current = new AbortController();
    const read = () => {
      current.abort();
      current = new AbortController();
      const signal = AbortSignal.any([ctx.signal, current.signal]);
      void readIcloudStorage({
        document,
        url: () => location.href,
        signal,
        report: (observation) => reportObservation('icloud', observation),
      });
    };
    ctx.addEventListener(window, 'wxt:locationchange', read);
    read();
  },
});
