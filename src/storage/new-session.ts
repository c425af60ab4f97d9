import type { Session } from './session';

/** Apart from the session's schema, so the popup's first screen starts one without zod. */
export function newSession(now: Date): Session {
  const at = now.toISOString();
  return {
    facts: {},
    screen: 'start',
    history: [],
    acknowledged: [],
    stepLog: [],
    startedAt: at,
    updatedAt: at,
  };
}
