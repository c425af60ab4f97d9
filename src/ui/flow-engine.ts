/**
 * What the popup's flow loads once its first screen is shown (use-flow.ts): the checks of what
 * was stored, the engine, and the code that writes to storage. Kept out of what the popup loads
 * first (tests/bench/README.md).
 */
import { browser } from 'wxt/browser';

export { showBadge } from '../background/effects';
export { diagnose } from '../engine/diagnose';
export { storeObservations, watchObservations } from '../storage/observations';
export { repairPreferences, savePreferences, saveSession, watchSession } from '../storage/session';
export { restoreStoredFlow, withReadings } from './flow-state';

/** "Delete all data": everything this extension stored. */
export const clearStorage = () => browser.storage.local.clear();
