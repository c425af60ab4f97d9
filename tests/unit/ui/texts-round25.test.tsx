import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOCALES } from '../../../src/i18n';
import type { Facts } from '../../../src/engine/facts';
import { App } from '../../../src/ui/App';
import { sessionItem } from '../../../src/storage/items';
import { newSession } from '../../../src/storage/session';
import { storedWith } from '../../support/stored-state';
import { generalStatusWordings, lintText, OUTAGE_READ } from '../../support/texts-lint';

/**
 * Round 25: the popup's results, in every language, with their screen-reader labels: no
 * leftovers, no English, the language's punctuation, and Apple's known state said as known.
 */
// The popup loads its flow lazily; loaded once, as a browser would have it cached.
beforeAll(() =>
  Promise.all([
    import('../../../src/ui/flow-engine'),
    import('../../../src/ui/screens/flow-screens'),
  ]),
);

describe('the popup’s results read clean in every language, screen-reader labels included', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  // Read just now: an older reading of the page is not the present (withoutStaleReadings).
  const now = new Date().toISOString();
  const SHOWN: Record<string, Facts> = {
    'an outage read from the page': {
      ...OUTAGE_READ,
      sources: { appleBackupStatus: { source: 'apple-status', at: now } },
      wifi: 'unstable',
    },
    'storage nearly full': { storageUsedBytes: 4_900_000_000, storageTotalBytes: 5_000_000_000 },
  };
  for (const [name, facts] of Object.entries(SHOWN)) {
    it.each(LOCALES)(`%s: ${name}`, async (locale) => {
      await sessionItem.setValue({ ...newSession(new Date()), screen: 'results', facts });
      render(<App languageTag={locale} />);
      await screen.findAllByRole('heading', { level: 3 });
      const main = document.querySelector('.app')!;
      const labels = [...main.querySelectorAll('[aria-label]')].map((e) =>
        e.getAttribute('aria-label'),
      );
      lintText(locale, [main.textContent, ...labels].join('\n'), name);
      if (facts.appleBackupStatus === 'outage') {
        expect(main.querySelector('.banner--outage'), 'the outage is shown').not.toBeNull();
        for (const wording of generalStatusWordings(locale))
          expect(main.textContent).not.toContain(wording);
      }
    });
  }
});

describe('every other popup screen reads clean in every language', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  /** The popup's text and screen-reader labels once `ready` finds the screen. */
  async function shown(locale: string, ready: () => Promise<unknown>) {
    render(<App languageTag={locale} />);
    await ready();
    const app = document.querySelector('.app')!;
    const labels = [...app.querySelectorAll('[aria-label]')].map((e) =>
      e.getAttribute('aria-label'),
    );
    // Each option on its own line: the language list names every language in its own words.
    const options = new Set([...app.querySelectorAll('option')].map((o) => o.textContent));
    const visible = [...app.querySelectorAll('h1,h2,h3,p,li,label,button,summary,legend,td,th')]
      .map((e) => e.textContent ?? '')
      .filter((s) => !options.has(s));
    return [...visible, ...labels].join('\n');
  }

  const level = (n: number) => () => screen.findAllByRole('heading', { level: n });

  it.each(LOCALES)('%s: the start screen', async (locale) => {
    lintText(locale, await shown(locale, level(2)), 'start');
  });

  it.each(LOCALES)('%s: a question', async (locale) => {
    await sessionItem.setValue({ ...newSession(new Date()), screen: 'questions' });
    lintText(locale, await shown(locale, level(2)), 'question');
  });

  it.each(LOCALES)('%s: a fix that worked (success)', async (locale) => {
    await sessionItem.setValue({
      ...newSession(new Date()),
      screen: 'success',
      facts: { wifi: 'unstable', stepsTried: { stabilize_wifi: 'fixed' } },
    });
    lintText(locale, await shown(locale, level(2)), 'success');
  });

  it.each(LOCALES)('%s: nothing worked (escalation)', async (locale) => {
    await sessionItem.setValue({
      ...newSession(new Date()),
      screen: 'escalation',
      facts: { wifi: 'stable', stepsTried: { restart_device: 'no_change' } },
    });
    lintText(locale, await shown(locale, level(2)), 'escalation');
  });

  it.each(LOCALES)('%s: a damaged stored session', async (locale) => {
    const damaged = storedWith((s) => ((s.facts.wifi = 3), (s.stepLog[0].outcome = 'exploded')));
    await fakeBrowser.storage.local.set({ session: { ...damaged, screen: 'results' } });
    lintText(locale, await shown(locale, level(3)), 'damaged');
  });
});
