import { describeProbes } from './alert-probe-suite.ts';
import { accessOtherProbes, accountNamedControls } from './alert-round26d-probes.ts';

/** Probes the reader still reads otherwise (see the report of round 26d). */
const failing = new Set<string>([
  // Read as the general failure: "get into" is no verb of the account alert's wordings.
  'iCloud backup can’t get into my Apple ID',
  // Unread (safe): the patterns' Chinese say 访问 for access, not Taiwan's 存取.
  'iCloud 備份無法存取你的帳號',
]);
const none = new Set<string>();

describeProbes('round 26d: "cannot access" something else', accessOtherProbes, none, failing);
describeProbes('round 26d: the account named', accountNamedControls, none, failing);
