import type { Session } from '../storage/session';
import { canonicalJson } from './canonical-json';

/**
 * Whether a window of the flow takes over the session another window saved (the toolbar popup
 * and the tab the status page's hint opens share it). Two windows that apply the same page
 * reading, or record the same step, at the same moment save copies that differ only in their
 * time stamps, and each hears the other's save: taking over whatever arrives, each would end
 * with the other's copy. Such copies are settled by rank instead (the later change, then the
 * text), so both windows keep the same one whatever the order of arrival, and nothing is
 * written for it. Any other difference is the other window's change, and is taken over.
 */
export function takesOver(current: Session, stored: Session): boolean {
  const mine = canonicalJson(current);
  const theirs = canonicalJson(stored);
  if (untimed(mine) !== untimed(theirs)) return true;
  // The later change first, then the text, so that a tie settles alike in both windows.
  const later = Date.parse(stored.updatedAt) - Date.parse(current.updatedAt);
  return later === 0 ? theirs > mine : later > 0;
}

/** Without the times a session carries (its own, each step's and outcome's, each source's). */
const untimed = (json: string) =>
  JSON.stringify(JSON.parse(json, (key, value: unknown) => (TIMES.has(key) ? undefined : value)));
const TIMES: ReadonlySet<string> = new Set(['at', 'startedAt', 'updatedAt', 'stepsTriedAt']);
