import type { Facts } from '../engine/facts.ts';
import type { TextRef } from '../engine/types.ts';
import type { Params } from '../knowledge/catalogs.ts';

/**
 * The engine says Apple's status with one key for all its states ("an issue or outage"); the
 * texts pick the state's own words by this param (`{appleBackupStatus|outage:an outage|other:…}`).
 * Only the renderers hold the facts, so each gives it once, to every text it renders: the popup's
 * textsFor, the summary's `t` (build.ts) and the command line's English summaries
 * (src/cli/known-status.ts). A known state is said; a text shown without it keeps the general
 * wording.
 */
export const statusParams = ({ appleBackupStatus }: Facts): Params => ({
  appleBackupStatus: appleBackupStatus ?? '',
});

/** An engine sentence with Apple's status known to its text. */
export const withStatus = (ref: TextRef, facts: Facts): TextRef => ({
  ...ref,
  params: { ...statusParams(facts), ...ref.params },
});
