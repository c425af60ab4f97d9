/**
 * A third site needs its folder, its entrypoint, its texts and the README, nothing else: this
 * registers a made-up one (a device page on a test host, filling the iOS version) exactly as a
 * real site folder declares itself, and follows its reading through every part that serves all
 * sites: the router and storage, the badge, the flow's facts, the summary and its import, and
 * `read-page`.
 */
import * as z from '../../../src/pages/check';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeFor } from '../../../src/background/badge';
import { handleContentMessage } from '../../../src/background/router';
import { summarizeDropped } from '../../../src/flow/dropped';
import { applyObservations } from '../../../src/flow/observed-facts';
import { catalogOf, provideCatalog } from '../../../src/knowledge/catalogs';
import { readingMeta, unknownObservation } from '../../../src/pages/observation';
import { readingObject } from '../../../src/pages/observation-schema';
import { provideReaders, readPage } from '../../../src/pages/read-page';
import { allSites, provideSites, siteById, siteOf } from '../../../src/pages/registry';
import { defineSite, defineSiteFacts, type SiteReader } from '../../../src/pages/site';
import { provideSiteFacts, siteAnswering } from '../../../src/pages/site-facts';
import { buildSummary, importSummary, renderSummary } from '../../../src/report';
import { observationsItem } from '../../../src/storage/items';
import { readObservations } from '../../../src/storage/read-observations';
import { sampleInput } from '../report/fixtures';

const HOST = 'devices.example.test';
const PAGE = `https://${HOST}/device`;
const isPage = (url: URL) => url.hostname === HOST;

const DeviceReading = readingObject(isPage, {
  kind: z.literal('device-page'),
  source: z.literal('device-page'),
  iosVersion: z.optional(z.string().check(z.refine((v) => /^\d{1,2}(\.\d{1,2}){0,2}$/.test(v)))),
  recalled: z.literal([true, false]),
});
type DeviceReading = z.Infer<typeof DeviceReading>;

const deviceSite = defineSite<DeviceReading>({
  id: 'devices',
  matches: [`https://${HOST}/*`],
  isPage,
  reading: () => DeviceReading,
  maxAgeMs: 60 * 60 * 1000,
  alert: (reading) => (reading.recalled ? 'issue' : undefined),
});

const deviceFacts = defineSiteFacts<DeviceReading>({
  site: 'devices',
  source: 'device-page',
  facts: (reading) => (reading.iosVersion ? { iosVersion: reading.iosVersion } : {}),
  answers: ['iosVersion'],
  page: (locale) => `${PAGE}?lang=${locale}`,
});

const deviceReader: SiteReader = {
  site: 'devices',
  html: (root, url, now) => {
    const version = root.querySelector('[data-ios]')?.getAttribute('data-ios') ?? undefined;
    return {
      kind: 'device-page',
      source: 'device-page',
      ...readingMeta(url, now),
      iosVersion: version,
      recalled: false,
    };
  },
  json: () => undefined,
};

const OWN_ID = fakeBrowser.runtime.id;
const sender = { id: OWN_ID, url: `${PAGE}?tab=1` };
const reading = (observedAt: string, extra: Partial<DeviceReading> = {}): DeviceReading => ({
  kind: 'device-page',
  source: 'device-page',
  url: PAGE,
  observedAt,
  parserVersion: 1,
  iosVersion: '17.5.1',
  recalled: false,
  ...extra,
});

beforeAll(() => {
  provideSites([deviceSite]);
  provideSiteFacts([deviceFacts]);
  provideReaders([deviceReader]);
  // Its texts, as its lines in content/locales/<lang>/report.json would add them.
  provideCatalog('report', 'en', {
    ...catalogOf('report', 'en'),
    'site.devices': 'Device page',
    'from.device-page': 'the device page',
  });
});

describe('a site registered from its folder alone', () => {
  beforeEach(() => fakeBrowser.reset());

  it('joins the sites found by folder, found by its own address', () => {
    const ids = allSites().map((site) => site.id);
    expect(ids).toEqual(expect.arrayContaining(['status', 'icloud', 'devices']));
    expect(new Set(ids).size).toBe(ids.length);
    expect(siteOf(`${PAGE}#x`)?.id).toBe('devices');
    expect(siteOf('https://www.icloud.com/settings/')?.id).toBe('icloud');
  });

  it('has its readings routed, checked against its schema and stored next to the others', async () => {
    const effects = {
      openFlow: vi.fn(async () => undefined),
    };
    const good = reading(new Date().toISOString());
    const message = { type: 'observation', site: 'devices', observation: good };
    await expect(handleContentMessage(message, sender, effects)).resolves.toEqual({ ok: true });
    expect(await observationsItem.getValue()).toEqual({ devices: good });
    const bad = { ...message, observation: { ...good, iosVersion: 'seventeen' } };
    await expect(handleContentMessage(bad, sender, effects)).resolves.toEqual({ ok: false });
    // Its readings come from its own pages only, and no other site may claim them.
    const elsewhere = { id: OWN_ID, url: 'https://www.icloud.com/settings/' };
    await expect(handleContentMessage(message, elsewhere, effects)).resolves.toEqual({ ok: false });
    expect(await observationsItem.getValue()).toEqual({ devices: good });
  });

  it('keeps a valid reading and drops a damaged one alone, naming the site', () => {
    const at = new Date().toISOString();
    expect(readObservations({ devices: reading(at) }).observations.devices).toEqual(reading(at));
    const read = readObservations({ devices: { ...reading(at), url: 'https://evil.example/' } });
    expect(read.dropped).toEqual(['devices']);
    expect(summarizeDropped(['reading.devices']).readings).toEqual(['devices']);
  });

  it('raises the toolbar badge through its own alert while its reading is current', () => {
    const now = new Date('2026-11-25T10:00:00.000Z');
    const recalled = reading('2026-11-25T09:30:00.000Z', { recalled: true });
    expect(badgeFor({ devices: recalled }, now).text).toBe('!');
    const old = reading('2026-11-25T08:30:00.000Z', { recalled: true });
    expect(badgeFor({ devices: old }, now).text).toBe('');
  });

  it('fills the facts it declares, with itself as the source, while current', () => {
    const now = new Date('2026-11-25T10:00:00.000Z');
    const { facts, readings } = applyObservations(
      {},
      { devices: reading('2026-11-25T09:30:00.000Z') },
      now,
    );
    expect(facts.iosVersion).toBe('17.5.1');
    expect(facts.sources?.iosVersion).toMatchObject({ source: 'device-page', url: PAGE });
    expect(readings).toEqual([
      { site: 'devices', state: 'fresh', at: '2026-11-25T09:30:00.000Z', url: PAGE },
    ]);
    const stale = applyObservations({}, { devices: reading('2026-11-25T07:00:00.000Z') }, now);
    expect(stale.facts.iosVersion).toBeUndefined();
    const unknown = applyObservations({}, { devices: unknownObservation(PAGE, now, 'x') }, now);
    expect(unknown.readings[0]?.state).toBe('unreadable');
  });

  it('is offered by the question its reading answers, and by no other', () => {
    expect(siteAnswering('iosVersion')?.page('de')).toBe(`${PAGE}?lang=de`);
    expect(siteAnswering('appleBackupStatus')?.site).toBe('status');
    expect(siteAnswering('wifi')).toBeUndefined();
  });

  it('appears in the summary by its own texts, and a summary naming it imports', () => {
    const input = sampleInput({
      uiLanguage: 'en',
      readings: [{ site: 'devices', state: 'fresh', at: '2026-11-25T08:58:00.000Z', url: PAGE }],
    });
    input.facts.sources = {
      iosVersion: { source: 'device-page', at: '2026-11-25T08:58:00.000Z', url: PAGE },
    };
    const summary = buildSummary(input, { language: 'en', leaveOutFreeText: false });
    const markdown = renderSummary(summary, 'markdown');
    expect(markdown).toContain('Device page');
    expect(markdown).toContain('the device page');
    const imported = importSummary(renderSummary(summary, 'json'));
    expect(imported.ok).toBe(true);
  });

  it('reads a saved copy of its page with its own reader', () => {
    const html = `<html><body><p data-ios="18.1">iOS</p></body></html>`;
    const read = readPage(html, `${PAGE}?x=1`, { now: new Date('2026-11-25T10:00:00.000Z') });
    expect(read).toMatchObject({ kind: 'device-page', url: PAGE, iosVersion: '18.1' });
    expect(siteById('devices')?.schema.safeParse(read).success).toBe(true);
  });
});
