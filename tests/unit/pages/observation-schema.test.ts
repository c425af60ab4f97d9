import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyObservations } from '../../../src/flow/observed-facts';
import { parseStatusPage } from '../../../src/pages/apple-status/parse-dom';
import { parseIcloudPage } from '../../../src/pages/icloud/parse-dom';
import { MAX_READING_BYTES, type Observation } from '../../../src/pages/observation-schema';
import { allSites, siteById } from '../../../src/pages/registry';
import { readPage } from '../../../src/pages/read-page';
import { MAX_READING_URL_LENGTH } from '../../../src/pages/sites';
import { pageSiteOf, READING_FOR_SITE, storedUrl } from '../../support/sites';
import { MAX_BYTES } from '../../../src/pages/units';
import { MAX_URL_LENGTH } from '../../../src/report/schema';
import { newSession, Session } from '../../../src/storage/session';
import { FIXTURES_DIR, readFixture } from '../../support/fixtures';
import { icloudReading, statusReading } from '../../support/readings';
import { STATUS_PAGES } from '../../fixtures/status-pages';
import { mutated } from '../storage/arbitraries';
import { FIXED_NOW, ICLOUD_URL, STATUS_URL, htmlDocument } from './fixtures';

const FEED_URL = 'https://www.apple.com/support/systemstatus/data/system_status_en_US.js';
const at = FIXED_NOW.toISOString();
const SAMPLES = resolve(process.cwd(), '../shared/reference/status-samples');

/** Every page and feed the project's reader tests use, with the address it is read from. */
function readerFixtures(): [name: string, url: string, text: string][] {
  const pages = [...readdirSync(join(FIXTURES_DIR, 'pages')), ...Object.keys(STATUS_PAGES)];
  const feeds = readdirSync(join(FIXTURES_DIR, 'feeds'));
  return [
    ...pages.map((name): [string, string, string] => [
      name,
      name.startsWith('icloud') ? `${ICLOUD_URL}?tab=storage#x` : `${STATUS_URL}#frag`,
      readFixture(`pages/${name}`),
    ]),
    ...feeds.map((name): [string, string, string] => [
      name,
      FEED_URL,
      readFixture(`feeds/${name}`),
    ]),
  ];
}

function sampleFiles(): [name: string, text: string][] {
  if (!existsSync(SAMPLES)) return [];
  return readdirSync(SAMPLES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(SAMPLES, dir.name)).map((file): [string, string] => [
        `${dir.name}/${file}`,
        readFileSync(join(SAMPLES, dir.name, file), 'utf8'),
      ]),
    );
}

/** What the stored session makes of a reading must be a session the stored schema accepts. */
function sessionHolds(reading: Observation, site: string): boolean {
  const observedAt = new Date(Date.parse(reading.observedAt) + 1000);
  const { facts } = applyObservations({}, { [site]: reading }, observedAt);
  return Session.safeParse({ ...newSession(observedAt), facts }).success;
}

describe('reading schema: every reader output fits it', () => {
  it.each(readerFixtures())('%s', (_name, url, text) => {
    const reading = readPage(text, url, { now: FIXED_NOW });
    const site = pageSiteOf(url);
    if (!site) throw new Error(`not a reader address: ${url}`);
    const parsed = siteById(site)!.schema.safeParse(reading);
    expect(parsed.success).toBe(true);
    // Nothing of a reader's output is lost on the way, and the address is as stored.
    expect(parsed.data).toEqual(reading);
    expect(reading.url).toBe(storedUrl(url));
    expect(sessionHolds(reading, site)).toBe(true);
  });

  it('every real status capture read as a feed fits it (skipped where the samples are absent)', () => {
    const samples = sampleFiles();
    for (const [name, text] of samples) {
      const reading = readPage(text, FEED_URL, { now: FIXED_NOW });
      expect(READING_FOR_SITE.status.safeParse(reading).success, name).toBe(true);
    }
    if (samples.length === 0) console.warn(`reference samples absent (${SAMPLES}): skipped`);
  });

  it('takes what the content scripts read on a crafted link down to the page address', () => {
    const fragment = `#${'x'.repeat(1_900_000)}`;
    const page = readFixture('pages/status-en-icloud-backup-issue.html');
    const status = parseStatusPage(htmlDocument(page), `${STATUS_URL}?q=1${fragment}`, FIXED_NOW);
    const icloud = parseIcloudPage(
      htmlDocument(readFixture('pages/icloud-en-free-5gb.html')),
      `${ICLOUD_URL}${fragment}`,
      FIXED_NOW,
    );
    const storedStatus = READING_FOR_SITE.status.safeParse(status).data!;
    const storedIcloud = READING_FOR_SITE.icloud.safeParse(icloud).data!;
    expect(storedStatus.url).toBe(STATUS_URL);
    expect(storedIcloud.url).toBe(ICLOUD_URL);
    expect(JSON.stringify(storedStatus).length).toBeLessThan(MAX_READING_BYTES);
  });
});

describe('reading schema: what it refuses', () => {
  const status = statusReading(at);
  const icloud = icloudReading(at);

  it.each([
    ['another site', 'https://evil.example/support/systemstatus/'],
    ['plain http', 'http://www.apple.com/support/systemstatus/'],
    ['another port', 'https://www.apple.com:8443/support/systemstatus/'],
    ['credentials', 'https://user:pw@www.apple.com/support/systemstatus/'],
    ['an Apple page without status', 'https://www.apple.com/iphone/'],
    ['the icloud.com site', ICLOUD_URL],
    ['a path too long', `${STATUS_URL}${'a'.repeat(MAX_READING_URL_LENGTH)}`],
    ['no address at all', 'not a url'],
  ])('a status reading from %s', (_label, url) => {
    expect(READING_FOR_SITE.status.safeParse({ ...status, url }).success).toBe(false);
  });

  it('an icloud.com reading from the status page, and a status reading as storage', () => {
    expect(READING_FOR_SITE.icloud.safeParse({ ...icloud, url: STATUS_URL }).success).toBe(false);
    expect(READING_FOR_SITE.icloud.safeParse({ ...status, url: ICLOUD_URL }).success).toBe(false);
  });

  it.each([
    ['"Photos 9999 TB"', { value: 9999, unit: 'TB', bytes: 9999e12 }],
    ['a size that is not whole bytes', { value: 1, unit: 'KB', bytes: 1000.5 }],
    ['a negative size', { value: -1, unit: 'GB', bytes: 0 }],
    ['1000 TB shown, more than 1 PB in Apple units', { value: 1000, unit: 'TB', bytes: 1e15 }],
  ])('a category of %s', (_label, amount) => {
    const reading = { ...icloud, categories: [{ id: 'photos', label: 'Photos', amount }] };
    expect(READING_FOR_SITE.icloud.safeParse(reading).success).toBe(false);
  });

  it.each([
    ["0 bytes from Apple's data", { basis: 'exact', totalBytes: 0, total: undefined }],
    ['"0 KB" shown', { total: { value: 0, unit: 'KB', bytes: 0 }, totalBytes: 0 }],
    ['"0 GB" shown beside a total in bytes', { total: { value: 0, unit: 'GB', bytes: 0 } }],
  ])('a plan of %s: a misreading, no account has no plan', (_label, total) => {
    expect(READING_FOR_SITE.icloud.safeParse({ ...icloud, ...total }).success).toBe(false);
    // The same reading with the plan left unread is kept: only the impossible size is refused.
    const { total: _shown, totalBytes: _bytes, ...unread } = { ...icloud, ...total };
    expect(READING_FOR_SITE.icloud.safeParse(unread).success).toBe(true);
  });

  it('categories that add up to more than a safe byte count', () => {
    const big = { id: 'other', label: 'Other', bytes: MAX_BYTES };
    const reading = { ...icloud, basis: 'exact', categories: [big, big] };
    expect(READING_FOR_SITE.icloud.safeParse(reading).success).toBe(false);
  });

  it('a reading larger than the bound, whatever its parts', () => {
    const events = Array.from({ length: 20 }, () => ({
      type: 'issue',
      status: 'ongoing',
      message: 'x'.repeat(1000),
    }));
    const service = { name: 'iCloud Backup', state: 'issue', events };
    const reading = { ...status, services: [service, { ...service, name: 'iCloud Drive' }] };
    expect(JSON.stringify(reading).length).toBeGreaterThan(MAX_READING_BYTES);
    expect(READING_FOR_SITE.status.safeParse(reading).success).toBe(false);
  });

  it('page text where only fixed codes belong', () => {
    const unknown = { kind: 'unknown', url: STATUS_URL, observedAt: at, parserVersion: 1 };
    expect(READING_FOR_SITE.status.safeParse({ ...unknown, reason: 'no-lights' }).success).toBe(
      true,
    );
    expect(
      READING_FOR_SITE.status.safeParse({ ...unknown, reason: 'Call +1 555 0100' }).success,
    ).toBe(false);
    expect(READING_FOR_SITE.status.safeParse({ ...status, problems: ['Jane Doe'] }).success).toBe(
      false,
    );
  });

  it('matches the limits a stored session and a summary hold', () => {
    expect(MAX_READING_URL_LENGTH).toBeLessThanOrEqual(MAX_URL_LENGTH);
    expect(MAX_BYTES * 2).toBeLessThan(Number.MAX_SAFE_INTEGER);
  });
});

const STATUS_PATHS = [
  ['kind'],
  ['url'],
  ['observedAt'],
  ['format'],
  ['parserVersion'],
  ['services'],
  ['services', 0],
  ['services', 0, 'name'],
  ['services', 0, 'id'],
  ['services', 0, 'state'],
  ['services', 0, 'events'],
  ['services', 0, 'events', 0],
  ['icloudBackup'],
  ['icloudBackup', 'state'],
  ['icloudBackup', 'since'],
  ['problems'],
  ['extra'],
] as const;

const ICLOUD_PATHS = [
  ['kind'],
  ['url'],
  ['basis'],
  ['usedBytes'],
  ['totalBytes'],
  ['used'],
  ['used', 'value'],
  ['used', 'unit'],
  ['total', 'bytes'],
  ['plan'],
  ['categories'],
  ['categories', 0],
  ['categories', 1],
  ['categories', 0, 'id'],
  ['categories', 0, 'bytes'],
  ['categories', 0, 'amount', 'value'],
  ['categories', 0, 'amount', 'unit'],
  ['quota'],
  ['quota', 'paid'],
] as const;

describe('property: the reading schema (10,000 damaged readings each)', () => {
  /** Refused, or small, from the site's own page, held by a session, and stable when stored. */
  const refusedOrSafe = (site: 'status' | 'icloud', value: unknown): boolean => {
    const parsed = READING_FOR_SITE[site].safeParse(value);
    if (!parsed.success) return true;
    const reading = parsed.data;
    const json = JSON.stringify(reading);
    const again = READING_FOR_SITE[site].safeParse(JSON.parse(json));
    return (
      new TextEncoder().encode(json).length <= MAX_READING_BYTES &&
      storedUrl(reading.url) === reading.url &&
      pageSiteOf(reading.url) === site &&
      sessionHolds(reading, site) &&
      again.success &&
      JSON.stringify(again.data) === json
    );
  };

  it('a damaged status reading is refused or fits everything downstream', () => {
    const base = { ...statusReading(at), problems: ['light-missing'] };
    fc.assert(
      fc.property(mutated(base, STATUS_PATHS), (value) => refusedOrSafe('status', value)),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it('a damaged icloud.com reading is refused or fits everything downstream', () => {
    const base = {
      ...icloudReading(at),
      plan: 'iCloud+ 50 GB',
      quota: { paid: true },
      categories: [...icloudReading(at).categories, { id: 'backup', label: 'Backups', bytes: 1e9 }],
    };
    fc.assert(
      fc.property(mutated(base, ICLOUD_PATHS), (value) => refusedOrSafe('icloud', value)),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it('any storage line a reader could take from a page is refused or held', () => {
    const amount = fc.record({
      value: fc.double({ min: 0, max: 1e7, noNaN: true }),
      unit: fc.constantFrom('KB', 'MB', 'GB', 'TB'),
    });
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 4 }), amount, (categories, used) => {
        const asRead = (a: { value: number; unit: string }) => ({
          ...a,
          bytes: Math.round(a.value * { KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 }[a.unit]!),
        });
        return refusedOrSafe('icloud', {
          ...icloudReading(at),
          used: asRead(used),
          usedBytes: asRead(used).bytes,
          categories: categories.map((c) => ({ id: 'other', label: 'Other', amount: asRead(c) })),
        });
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});

/** The content scripts' `matches`, read from wxt.config.ts where they are declared. */
/** The content scripts' manifest patterns: wxt.config.ts declares each site's `matches`. */
function manifestPatterns(): RegExp[] {
  const patterns = allSites().flatMap((site) => site.matches);
  expect(patterns.length).toBeGreaterThanOrEqual(3);
  // Chrome match patterns: `*` in the path is any run of characters, slashes included.
  return patterns.map((p) => {
    const escaped = p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
    return new RegExp(`^${escaped}$`);
  });
}

describe('property: the addresses a reading may carry are the ones the extension runs on', () => {
  const patterns = manifestPatterns();
  const segment = fc.constantFrom('support', 'systemstatus', 'de', 'jp', 'x', '', 'settings');
  const url = fc.record({
    scheme: fc.constantFrom('https', 'http'),
    host: fc.constantFrom('www.apple.com', 'www.icloud.com', 'apple.com', 'evil.example'),
    path: fc.array(segment, { maxLength: 5 }),
    tail: fc.constantFrom('', '?a=1', '#frag', '?a#b'),
  });

  it('pageSiteOf agrees with the manifest patterns (10,000 addresses)', () => {
    fc.assert(
      fc.property(url, ({ scheme, host, path, tail }) => {
        const address = `${scheme}://${host}/${path.join('/')}`;
        const normalized = URL.canParse(address) ? new URL(address).href : address;
        const matched = patterns.some((p) => p.test(normalized));
        expect(pageSiteOf(`${address}${tail}`) !== undefined).toBe(matched);
        const stored = storedUrl(`${address}${tail}`);
        if (stored !== undefined) expect(stored).toBe(normalized);
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});
