import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extensionApi } from '../src/inpage/extension-api';
import { readIcloudStorage } from '../src/inpage/icloud-reader';
import { pageAddress, watchLocation } from '../src/inpage/location';
import { createReporter, send } from '../src/inpage/send';

// Content script of icloud.com, declared in wxt.config.ts (see README, "Content scripts").
export default defineUnlistedScript(() => {
  const api = extensionApi();
  const report = createReporter('icloud', (message) => send(api, message));
  // icloud.com is a single-page app: each in-app navigation gets its own bounded read, and the
  // previous one is abandoned.
  let current = new AbortController();
  const read = () => {
    current.abort();
    current = new AbortController();
    void readIcloudStorage({ document, url: pageAddress, signal: current.signal, report });
  };
  watchLocation(read, new AbortController().signal);
  read();
});
