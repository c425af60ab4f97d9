import { restoreSession } from '../../src/storage/session';
import { storedSession } from './readings';

/**
 * The set-up the stored-session tests share: one moment of reading, one of saving, and the
 * session the popup stores, edited in any way a hand edit, an older or a newer build might.
 */
export const NOW = new Date('2026-11-25T10:00:00Z');
export const AT = '2026-11-25T09:00:00.000Z';

/** A value as JSON.parse gives it: a stored value may hold anything at any depth. */
export type Stored = ReturnType<typeof JSON.parse>;

/** The stored session (two answers, one step tried) after `edit`. */
export function storedWith(edit: (session: Stored) => void = () => undefined): Stored {
  const session: Stored = storedSession(AT);
  edit(session);
  return session;
}

/** The stored session after `edit`, restored as the popup restores it at NOW. */
export const restoredWith = (edit: (session: Stored) => void = () => undefined) =>
  restoreSession(storedWith(edit), NOW);
