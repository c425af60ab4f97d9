import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extensionApi } from '../src/inpage/extension-api';
import { loadStatusReader } from '../src/inpage/status-loader';

// Content script of Apple's System Status page, declared in wxt.config.ts (see README,
// "Content scripts"): only the wait for the table; the reader is status-reader.ts, loaded then.
export default defineUnlistedScript(() => {
  void loadStatusReader({
    document,
    addressOf: (path) => extensionApi().runtime.getURL(path),
    load: (url) => import(/* @vite-ignore */ url),
  });
});
