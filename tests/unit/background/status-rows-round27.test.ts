/**
 * Round 27's probes of the worker's side of the status page's rows (src/background/status-page.ts),
 * each outcome decided before the first run: odd rows and message keys, odd languages and
 * feeds, damaged storage. Every answer is `{ ok: false }` or a safe reading, never a throw,
 * never a name, email or phone number stored that is not a service's.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage } from '../../../src/background/router';
import type { StatusAnswer } from '../../../src/background/status-page';
import { MAX_FEED_BYTES } from '../../../src/inpage/page-feed';
import { LOCALES } from '../../../src/knowledge/ids';
import {
  MAX_LIGHT_CLASSES,
  MAX_LINK_TEXT,
  MAX_SERVICES,
} from '../../../src/pages/apple-status/page-rows';
import { READING_LIMITS } from '../../../src/pages/limits';
import { rememberDismissed } from '../../../src/storage/hint-dismissal';
import { observationsItem } from '../../../src/storage/items';
import { hintTexts } from '../../support/catalogs';
import { STATUS_PAGE_URL, storedStatus, troubleshootingOn } from '../../support/status-page';

const sender = { id: fakeBrowser.runtime.id, url: STATUS_PAGE_URL };
const backup = (lights = 'light-available') => ({ name: 'iCloud Backup', lights });
const drive = { name: 'iCloud Drive', lights: 'light-available' };

/** The page's rows message: iCloud Drive and iCloud Backup, both available, the last read. */
const rowsMessage = (overrides: Record<string, unknown> = {}) => {
  const rows = (overrides.rows as unknown[] | undefined) ?? [drive, backup()];
  return {
    type: 'status-rows',
    rows,
    total: rows.length,
    language: 'en',
    last: true,
    ...overrides,
  };
};
const ask = (message: unknown) =>
  handleContentMessage(message, sender, { openFlow: async () => undefined }) as Promise<
    StatusAnswer | { ok: boolean } | undefined
  >;
/** Everything the extension stored, as text: what must not hold a page's personal data. */
const allStored = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

describe("the worker's answer to odd status-page rows (round 27)", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The package's hint texts (src/background/hint-texts.ts), every other path missing.
    vi.stubGlobal(
      'fetch',
      vi.fn(async (path: string) => {
        const locale = LOCALES.find((l) => path === `/inpage/${l}.json`);
        return new Response(locale && JSON.stringify(hintTexts(locale)), {
          status: locale ? 200 : 404,
        });
      }),
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  describe('rows at and past their limits', () => {
    it(`takes ${MAX_SERVICES} rows, iCloud Backup's the last`, async () => {
      // Rows of services it does not know: 499 iCloud Drive rows pass the reading's own bound
      // of 150 services (the next probe), which no page Apple draws comes near.
      const other = (_: unknown, n: number) => ({
        name: `Service ${n}`,
        lights: 'light-available',
      });
      const rows = [...Array.from({ length: MAX_SERVICES - 1 }, other), backup()];
      await expect(ask(rowsMessage({ rows }))).resolves.toMatchObject({
        ok: true,
        row: MAX_SERVICES - 1,
      });
      expect((await storedStatus())?.icloudBackup.state).toBe('available');
    });

    it('stores nothing when more known services than a reading holds are listed', async () => {
      const rows = [...Array(READING_LIMITS.services).fill(drive), backup()];
      await expect(ask(rowsMessage({ rows }))).resolves.toMatchObject({
        ok: false,
        row: READING_LIMITS.services,
      });
      expect(await observationsItem.getValue()).toBeNull();
    });

    it(`refuses ${MAX_SERVICES + 1} rows, storing nothing`, async () => {
      const rows = [...Array(MAX_SERVICES).fill(drive), backup()];
      await expect(ask(rowsMessage({ rows }))).resolves.toEqual({ ok: false });
      expect(await observationsItem.getValue()).toBeNull();
    });

    it(`reads a name of ${MAX_LINK_TEXT} characters as unreadable, and stores none of it`, async () => {
      const rows = [{ name: 'x'.repeat(MAX_LINK_TEXT), lights: 'light-issue' }, backup()];
      await expect(ask(rowsMessage({ rows }))).resolves.toMatchObject({ ok: true, row: 1 });
      expect((await storedStatus())?.problems).toContain('service-name-unreadable');
      expect(await allStored()).not.toContain('xxxxxxxxxx');
    });

    it.each([
      ['a link', { link: 'x'.repeat(MAX_LINK_TEXT + 1), name: '', lights: 'light-available' }],
      ['lights', { name: 'iCloud Drive', lights: 'x'.repeat(MAX_LIGHT_CLASSES + 1) }],
    ])('refuses %s past its limit', async (_label, row) => {
      await expect(ask(rowsMessage({ rows: [row, backup()] }))).resolves.toEqual({ ok: false });
      expect(await observationsItem.getValue()).toBeNull();
    });

    it(`reads lights of ${MAX_LIGHT_CLASSES} characters that name no state as unknown`, async () => {
      const rows = [backup('light-' + 'z'.repeat(MAX_LIGHT_CLASSES - 6))];
      await expect(ask(rowsMessage({ rows }))).resolves.toMatchObject({ ok: true, row: 0 });
      expect((await storedStatus())?.icloudBackup.state).toBe('unknown');
    });
  });

  describe('names that are no service', () => {
    it.each([
      ['empty', ''],
      ['only invisible characters', '\u200b\u200c\u200d\ufeff\u00ad'],
      ['only bidi controls', '\u202a\u202b\u202e\u2066\u2067\u2068\u2069\u202c\u200e\u200f'],
    ])('reads a name that is %s as unreadable', async (_label, name) => {
      const rows = [{ name, lights: 'light-outage' }, backup()];
      await expect(ask(rowsMessage({ rows }))).resolves.toMatchObject({ ok: true, row: 1 });
      const reading = (await storedStatus())!;
      expect(reading.problems).toContain('service-name-unreadable');
      expect(reading.services.map((s) => s.name)).toEqual(['iCloud Backup']);
    });

    it('reads iCloud Backup wrapped in bidi controls as iCloud Backup', async () => {
      const rows = [{ name: '\u2067\u202eiCloud Backup\u202c\u2069', lights: 'light-available' }];
      await expect(ask(rowsMessage({ rows }))).resolves.toMatchObject({ ok: true, row: 0 });
      expect((await storedStatus())?.icloudBackup.state).toBe('available');
    });

    it.each([
      ['an email', 'jane.doe@example.com', 'jane.doe'],
      ['a phone number', '+1 (415) 555-0123', '555'],
      ['an email after a service', 'iCloud Mail jane.doe@example.com', 'jane.doe'],
      ['a phone number after iCloud Backup', 'iCloud Backup +1 415 555 0123', '555'],
      ['an email in a link', 'iCloud Drive - Outage, write to jane.doe@example.com', 'jane.doe'],
    ])('stores no name with %s', async (_label, text, trace) => {
      const rows = [drive, backup(), { link: text, name: text, lights: 'light-available' }];
      await expect(ask(rowsMessage({ rows, feed: '' }))).resolves.toMatchObject({ ok: true });
      expect(await allStored()).not.toContain(trace);
    });

    it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
      'reads a row named %s as no service',
      async (name) => {
        const rows = [{ name, lights: 'light-outage' }, backup()];
        await expect(ask(rowsMessage({ rows }))).resolves.toMatchObject({ ok: true, row: 1 });
        expect((await storedStatus())?.services.map((s) => s.name)).toEqual(['iCloud Backup']);
      },
    );
  });

  describe('links', () => {
    it('reads a link without a name cell', async () => {
      const rows = [{ link: 'iCloud Backup - Outage', name: '', lights: 'light-outage' }];
      await expect(ask(rowsMessage({ rows }))).resolves.toEqual({ ok: false, feed: true });
      await expect(ask(rowsMessage({ rows, feed: '' }))).resolves.toMatchObject({
        ok: true,
        row: 0,
      });
      expect((await storedStatus())?.icloudBackup.state).toBe('outage');
    });

    it('reads an empty link and an empty name as unreadable', async () => {
      const rows = [{ link: '', name: '', lights: 'light-outage' }, backup()];
      await expect(ask(rowsMessage({ rows }))).resolves.toMatchObject({ ok: true, row: 1 });
      expect((await storedStatus())?.problems).toEqual(
        expect.arrayContaining(['link-text-unreadable', 'service-name-unreadable']),
      );
    });
  });

  it.each([
    ['available then outage', ['light-available', 'light-outage']],
    ['outage then available', ['light-outage', 'light-available']],
  ])(
    'never reads iCloud Backup available when its two rows disagree (%s)',
    async (_label, lights) => {
      const rows = lights.map((light) => backup(light));
      const answer = await ask(rowsMessage({ rows, feed: '' }));
      expect(answer).toMatchObject({ ok: true, row: 0 });
      expect((await storedStatus())?.icloudBackup.state).not.toBe('available');
    },
  );

  describe('odd keys and counts', () => {
    it('drops prototype keys of a row and of the message', async () => {
      const message = JSON.parse(
        '{"type":"status-rows","language":"en","last":true,"total":1,' +
          '"__proto__":{"feed":"x"},"constructor":{"name":"x"},' +
          '"rows":[{"name":"iCloud Backup","lights":"light-available",' +
          '"__proto__":{"link":"iCloud Backup - Outage"},"constructor":"x"}]}',
      );
      await expect(ask(message)).resolves.toMatchObject({ ok: true, row: 0 });
      expect((await storedStatus())?.icloudBackup.state).toBe('available');
      expect(({} as Record<string, unknown>).link).toBeUndefined();
    });

    it('does not say no lights were found when the rows it was sent have them (total below rows)', async () => {
      await expect(ask(rowsMessage({ total: 0 }))).resolves.toMatchObject({ ok: true, row: 1 });
      const reading = (await storedStatus())!;
      expect(reading.icloudBackup.state).toBe('available');
      expect(reading.problems ?? []).not.toContain('no-service-lights-found');
    });

    it.each([
      ['a total that is not whole', { total: 1.5 }],
      ['a total past safe integers', { total: 2 ** 53 }],
      ['a total as text', { total: '2' }],
      ['`last` as text', { last: 'true' }],
      ['a row that is null', { rows: [null, backup()] }],
      ['a language past 100 characters', { language: 'en-'.padEnd(101, 'x') }],
      ['a feed past its limit (2 MiB)', { feed: 'x'.repeat(2 * 1024 * 1024) }],
    ])('refuses %s, storing nothing', async (_label, overrides) => {
      await expect(ask(rowsMessage(overrides))).resolves.toEqual({ ok: false });
      expect(await observationsItem.getValue()).toBeNull();
    });

    it('reads an empty page that will read again as unknown, with no rows to wait for', async () => {
      await expect(ask(rowsMessage({ rows: [], total: 0, last: false }))).resolves.toMatchObject({
        ok: true,
      });
      expect((await storedStatus())?.problems).toContain('no-service-lights-found');
    });
  });

  describe('feeds', () => {
    const outage = [backup('light-outage')];
    it.each([
      ['JSON of another shape', '{"services":5,"events":"none"}'],
      ['a list', '[]'],
      ['null', 'null'],
      ['a JSONP call of nothing', 'jsonCallback();'],
      [`${MAX_FEED_BYTES} characters of nothing`, ' '.repeat(MAX_FEED_BYTES)],
    ])('reads the outage without its start from a feed that is %s', async (_label, feed) => {
      await expect(ask(rowsMessage({ rows: outage, feed }))).resolves.toMatchObject({
        ok: true,
        row: 0,
      });
      expect((await storedStatus())?.icloudBackup).toEqual({ state: 'outage' });
    });
  });

  describe('languages', () => {
    const problem = [backup('light-issue')];
    it.each([
      // The zh catalogs are Simplified (src/i18n/pick.ts): a Traditional reader gets English.
      ['zh-Hant-TW', 'en'],
      ['zh-CN', 'zh'],
      ['pt-BR', 'en'],
      ['', 'en'],
      ['../x', 'en'],
      ['../../fr', 'en'],
      ['__proto__', 'en'],
    ])('answers a page in %j in a language it has (%s)', async (language, locale) => {
      const answer = (await ask(
        rowsMessage({ rows: problem, feed: '', language }),
      )) as StatusAnswer;
      expect(answer.view?.locale).toBe(locale);
      for (const [path] of vi.mocked(fetch).mock.calls) {
        expect(LOCALES.map((l) => `/inpage/${l}.json`)).toContain(path);
      }
    });
  });

  describe('stored sessions and dismissals', () => {
    it.each([
      [
        'of a newer shape, on a screen under way',
        { version: 99, screen: 'questions', steps: {} },
        true,
      ],
      ['whose screen is an object', { screen: { toString: 'questions' } }, false],
      ['whose screen is a list', { screen: ['questions'] }, false],
      ['null', null, false],
      ['a number', 5, false],
    ])('treats a session %s as a troubleshooting: %s', async (_label, session, shown) => {
      await fakeBrowser.storage.local.set({ session });
      const answer = (await ask(rowsMessage())) as StatusAnswer;
      expect(answer.ok).toBe(true);
      expect(answer.view !== undefined).toBe(shown);
    });

    it.each([
      ['a number', 5],
      ['a list of it', ['apple-problem|issue|']],
      ['an object', { situation: 'apple-problem|issue|' }],
      ['null', null],
    ])('shows the hint when the dismissal is stored as %s', async (_label, dismissal) => {
      await fakeBrowser.storage.local.set({ hintDismissed: dismissal });
      const answer = await ask(rowsMessage({ rows: [backup('light-issue')], feed: '' }));
      expect(answer).toMatchObject({ ok: true, view: { situation: 'apple-problem|issue|' } });
    });

    it('still hides a dismissed hint while a damaged session is stored', async () => {
      await troubleshootingOn();
      await fakeBrowser.storage.local.set({ session: 'garbage' });
      await rememberDismissed(fakeBrowser as never, 'apple-problem|issue|');
      const answer = await ask(rowsMessage({ rows: [backup('light-issue')], feed: '' }));
      expect(answer).toEqual({ ok: true, row: 0 });
    });
  });

  describe('storage that throws', () => {
    it.each([
      ['rejects every read', 'get', () => Promise.reject(new Error('gone'))],
      [
        'throws at once on a read',
        'get',
        () => {
          throw new Error('reloaded');
        },
      ],
      [
        'throws at once on a write',
        'set',
        () => {
          throw new Error('reloaded');
        },
      ],
    ] as const)('answers without throwing when storage %s', async (_label, method, fail) => {
      vi.spyOn(fakeBrowser.storage.local, method).mockImplementation(fail as never);
      const answer = await ask(rowsMessage({ rows: [backup('light-issue')], feed: '' }));
      expect(answer).toMatchObject({ ok: expect.any(Boolean), row: 0 });
    });

    it('shows no hint on an all-available page when the session cannot be read', async () => {
      const local = fakeBrowser.storage.local;
      const get = local.get.bind(local) as (keys: unknown) => Promise<Record<string, unknown>>;
      vi.spyOn(local, 'get').mockImplementation((async (keys: unknown) =>
        keys === 'session' ? Promise.reject(new Error('gone')) : get(keys)) as never);
      await expect(ask(rowsMessage())).resolves.toEqual({ ok: true, row: 1 });
    });
  });
});
