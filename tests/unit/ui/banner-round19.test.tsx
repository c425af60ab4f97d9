import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { LOCALES, type Locale } from '../../../src/i18n';
import { catalogOf } from '../../../src/knowledge/catalogs';
import { diagnose } from '../../../src/engine/diagnose';
import type { Facts } from '../../../src/engine/facts';
import { OutageBanner } from '../../../src/ui/components/OutageBanner';
import { TextsContext, textsFor } from '../../../src/ui/locale-context';
import { formatDateTime } from '../../../src/ui/format';

const AT = '2026-11-25T08:58:00.000Z';
const USER = { source: 'user', at: AT } as const;
const PAGE = { source: 'apple-status', at: AT } as const;
const SINCE = '2026-11-25T07:00:00Z';

/**
 * The banner's line "since …, according to Apple's System Status page" belongs to a reading of
 * that page; under a title that says the status is the user's answer it would contradict it.
 */
describe('the outage banner’s title and body agree on whose word it is', () => {
  afterEach(cleanup);

  function bannerText(locale: Locale, facts: Facts) {
    const { container } = render(
      <TextsContext.Provider value={textsFor(locale)}>
        <OutageBanner diagnosis={diagnose(facts)} facts={facts} since={SINCE} />
      </TextsContext.Provider>,
    );
    return container.textContent ?? '';
  }

  it.each(LOCALES)('%s: an answered outage names no time from Apple’s page', (locale) => {
    const { t } = textsFor(locale);
    const ui = catalogOf('ui', locale)!;
    const sinceLine = t('banner.since', { since: formatDateTime(SINCE, locale) });
    const answered = bannerText(locale, {
      appleBackupStatus: 'outage',
      sources: { appleBackupStatus: USER },
    });
    expect(answered).toContain(ui['banner.outage.title_answered']!);
    expect(answered).not.toContain(sinceLine);
    cleanup();
    const read = bannerText(locale, {
      appleBackupStatus: 'outage',
      sources: { appleBackupStatus: PAGE },
    });
    expect(read).toContain(ui['banner.outage.title']!);
    expect(read).toContain(sinceLine);
  });
});
