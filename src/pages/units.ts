import type { StorageUnit } from './observation';

/** A size as Apple displays it: a value and its unit. */
type Shown = { value: number; unit: StorageUnit };

/**
 * The largest byte count a reading may carry: 1 PB, about 80 times Apple's largest plan
 * (12 TB). Every byte count below it, and any sum of a reading's categories (bounded by it
 * too), stays a safe integer, so what the router accepts the stored session can hold.
 */
export const MAX_BYTES = 1e15;

const MULTIPLIER: Record<StorageUnit, number> = {
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
export function appleBytes(amount: Shown): number {
  return Math.round(amount.value * MULTIPLIER[amount.unit]);
}

/** `appleBytes` where it is a byte count a reading may carry, else undefined. */
export function appleBytesWithin(amount: Shown): number | undefined {
  const bytes = appleBytes(amount);
  return bytes >= 0 && bytes <= MAX_BYTES ? bytes : undefined;
}
