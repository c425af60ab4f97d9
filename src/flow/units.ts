import type { StorageAmount } from '../pages/observation';

const MULTIPLIER: Record<StorageAmount['unit'], number> = {
  KB: 2 ** 10,
  MB: 2 ** 20,
  GB: 2 ** 30,
  TB: 2 ** 40,
};

/**
 * Bytes of a size as Apple displays it. Apple's "5 GB" free tier is 5 × 2^30 bytes in its own
 * account data, so a displayed "GB" is read as 2^30 bytes. The engine counts plans the same
 * way and formats with the same units, so "4.8 GB of 5 GB" read from a page shows as exactly
 * that again, and the free tier compares equal to the 5 GB plan.
 */
export function appleBytes(amount: StorageAmount): number {
  return Math.round(amount.value * MULTIPLIER[amount.unit]);
}
