import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { diagnose } from '../../../src/engine/diagnose';
import type { Facts } from '../../../src/engine/facts';
import { LOCALES, type Locale } from '../../../src/i18n';
import { catalogOf } from '../../../src/knowledge/catalogs';
import { OutageBanner } from '../../../src/ui/components/OutageBanner';
import { TextsContext, textsFor } from '../../../src/ui/locale-context';

/**
 * The banner's title names who says iCloud Backup is down: Apple, when its page was read; the
 * user, when they answered the question about it (they may have looked, or guessed).
 */
const AT = '2026-11-25T08:58:00.000Z';
const STATES = ['issue', 'outage', 'maintenance'] as const;

function title(locale: Locale, facts: Facts): string {
  const { container } = render(
    <TextsContext.Provider value={textsFor(locale)}>
      <OutageBanner diagnosis={diagnose(facts)} facts={facts} />
    </TextsContext.Provider>,
  );
  return container.querySelector('h2')?.textContent?.trim() ?? '';
}

afterEach(cleanup);

describe('the outage banner says whose word it is', () => {
  it.each(LOCALES)('%s: an answer is titled as the user’s answer', (locale) => {
    for (const state of STATES) {
      const facts: Facts = {
        appleBackupStatus: state,
        sources: { appleBackupStatus: { source: 'user', at: AT } },
      };
      expect(title(locale, facts)).toBe(catalogOf('ui', locale)![`banner.${state}.title_answered`]);
      cleanup();
    }
  });

  it.each(LOCALES)('%s: a reading of Apple’s page is titled as Apple’s report', (locale) => {
    for (const state of STATES) {
      const facts: Facts = {
        appleBackupStatus: state,
        sources: { appleBackupStatus: { source: 'apple-status', at: AT } },
      };
      expect(title(locale, facts)).toBe(catalogOf('ui', locale)![`banner.${state}.title`]);
      cleanup();
    }
  });
});
