import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Facts } from '../../../src/engine/facts';
import { LOCALES, type Locale } from '../../../src/i18n';
import { catalogOf } from '../../../src/knowledge/catalogs';
import { App } from '../../../src/ui/App';
import { sessionItem } from '../../../src/storage/items';
import { newSession } from '../../../src/storage/session';
import { textsFor } from '../../../src/ui/locale-context';

/**
 * Round 21: the results screen as each language's reader sees it, rendered whole. The outage
 * banner says who reports the problem once, in its title, and its body says what to do; no
 * screen shows a placeholder, a key, or an English word in another language.
 */
const NOW = new Date().toISOString();
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const PAGE = { source: 'apple-status', at: NOW } as const;
const USER = { source: 'user', at: NOW } as const;

async function results(locale: Locale, facts: Facts): Promise<HTMLElement> {
  fakeBrowser.reset();
  await sessionItem.setValue({ ...newSession(new Date()), screen: 'results', facts });
  render(<App languageTag={locale} />);
  await screen.findByRole('heading', { name: textsFor(locale).t('results.title') });
  for (const details of document.querySelectorAll('details')) details.open = true;
  return document.body;
}

afterEach(cleanup);

const STATES = ['issue', 'outage', 'maintenance'] as const;
const notices = (locale: Locale) => {
  const k = catalogOf('knowledge', locale)!;
  return [
    k['notice.outage_wait'],
    k['notice.outage_wait_answered'],
    k['notice.maintenance_wait'],
    k['notice.maintenance_wait_answered'],
  ];
};

describe('the outage banner says who reports it once', () => {
  const cases = LOCALES.flatMap((l) =>
    STATES.flatMap((s) => [[l, s, PAGE] as const, [l, s, USER] as const]),
  );

  it.each(cases)(
    '%s, %s (%o): the body advises, the title attributes',
    async (locale, state, source) => {
      await results(locale, { appleBackupStatus: state, sources: { appleBackupStatus: source } });
      const banner = document.querySelector('.banner')!;
      expect(banner).toBeTruthy();
      const body = [...banner.querySelectorAll('p')].map((p) => p.textContent ?? '').join(' ');
      expect(body.trim().length).toBeGreaterThan(0);
      // The notices open by naming the source again ("Apple reports …", "According to …").
      for (const notice of notices(locale)) expect(body).not.toContain(notice!);
      const title = banner.querySelector('h2')!.textContent!.trim();
      expect(body).not.toContain(title);
    },
  );
});

const PLACEHOLDER = /\{\w+(?:\|[^{}]*)?\}/;
const RAW_KEY =
  /(?<![\p{L}\p{N}_./-])(?:step|cause|question|alert|rule|consequence|path|notice|age|banner|results|known|why|storage|outcome|disruption|duration|source)\.[a-z_]+(?:\.[\w-]+)*/u;
const ENGLISH =
  /(?<![\p{L}\p{N}_-])(?:the|and|with|your|you|this|that|is|are|have|from|should|would|not|which|when|been|only|still|about|after|before|their|they|than|settings|device|step|steps|answer|answered|failed|unknown|none|outage|fixed|skipped|done|days|weeks|months|years|ago|users|reported|around|next|cancel)(?![\p{L}\p{N}_-])/iu;
/** Names kept in every language, and the footer's list of languages, each named in itself. */
const KEPT =
  /Backup Rescue|App Store|Apple (?:Support|Account|One|Watch|TV|Devices)|iCloud\+?|iPhone|iPad|Finder|iTunes|Wi-Fi|Face ID|Touch ID|macOS|Windows|English|Personal Hotspot/g;

const VARIANTS: Record<string, Facts> = {
  'a guessed date near the deletion limit, a stuck backup': {
    lastSuccessfulBackup: daysAgo(160),
    symptom: 'stuck_estimating',
    sources: { lastSuccessfulBackup: { source: 'user', at: NOW, approximate: true } },
  },
  'full storage read with totals, outage read from the page': {
    storageUsedBytes: 5_300_000_000,
    storageTotalBytes: 5_368_709_120,
    backupSizeBytes: 1_234_567_890,
    appleBackupStatus: 'outage',
    sources: { appleBackupStatus: PAGE },
  },
  'steps tried, failed, declined, a device that cannot update': {
    deviceModel: 'iPhone 7',
    iosVersion: '15.8.3',
    lastSuccessfulBackup: daysAgo(400),
    stepsTried: {
      check_wifi: 'no_change',
      reset_all_settings: 'skipped',
      sign_out_in: 'skipped',
      turn_on_backup: 'fixed',
    },
  },
  'a message in Japanese, no backup date': {
    alertText: 'iPhoneのバックアップに失敗しました',
    wifi: 'unstable',
  },
};
const SCREENS = LOCALES.flatMap((l) => Object.keys(VARIANTS).map((v) => [l, v] as const));

describe('the results screen in every language', () => {
  it.each(SCREENS)('%s, %s: filled, found, in the language', async (locale, name) => {
    const body = await results(locale, VARIANTS[name]!);
    const lines = (body.innerText ?? body.textContent ?? '')
      .split('\n')
      .map((l) => l.replace(/https?:\/\/\S+|\b[\w-]+\.(?:com|cn)\S*/g, ' '));
    expect(lines.filter((l) => PLACEHOLDER.test(l))).toEqual([]);
    expect(lines.filter((l) => RAW_KEY.test(l))).toEqual([]);
    if (locale !== 'en')
      expect(lines.filter((l) => ENGLISH.test(l.replace(KEPT, ' ')))).toEqual([]);
  });

  it.each(LOCALES)('%s: a stuck backup’s step says what cancelling it costs', async (locale) => {
    await results(locale, VARIANTS['a guessed date near the deletion limit, a stuck backup']!);
    const k = catalogOf('knowledge', locale)!;
    expect(document.body.textContent).toContain(k['step.restart_stuck_backup.title']);
    expect(document.body.textContent).toContain(k['consequence.unfinished_backup_dropped']);
  });
});
