import { browser } from 'wxt/browser';
import type { ContentToBackground, ObservationEnvelope } from './protocol';

/**
 * Hands an observation to the background, which validates and stores it. Failures are
 * swallowed on purpose: a reader must never break the page it runs on.
 */
export async function reportObservation(observation: ObservationEnvelope): Promise<void> {
  const message: ContentToBackground = { type: 'observation', observation };
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // The extension was reloaded or the worker is gone; the next page load reads again.
  }
}
