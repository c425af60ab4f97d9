import { browser } from 'wxt/browser';
import type { Observation } from '../pages/observation';
import type { ContentToBackground, ObservedSite } from './protocol';

/**
 * Content script side of the protocol. Failures are swallowed on purpose: a reader must never
 * break the page it runs on, and the next page load reads again.
 */
async function send(message: ContentToBackground): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // The extension was reloaded or updated while the page stayed open.
  }
}

export function reportObservation(site: ObservedSite, observation: Observation): Promise<void> {
  // The background checks that the reading suits the site; here it is only passed on.
  return send({ type: 'observation', site, observation } as ContentToBackground);
}

export function openFlow(): Promise<void> {
  return send({ type: 'open-flow' });
}
