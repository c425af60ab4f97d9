import { pageName } from '../../../src/pages/observation-schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage, type RouterEffects } from '../../../src/background/router';
import { observationsItem } from '../../../src/storage/items';
import { ICLOUD_URL, icloudReading, statusReading, STATUS_URL } from '../../support/readings';

/**
 * Round 25 (second half) probes of messages to the worker, each answer decided before the code
 * ran: senders on look-alike origins, readings of the wrong site or shape, payloads far beyond a
 * reading, personal data where a page's text goes, and many messages at once.
 */

const OWN_ID = fakeBrowser.runtime.id;
const iso = (offsetMs = 0) => new Date(Date.now() + offsetMs).toISOString();
const status = { id: OWN_ID, url: STATUS_URL };
const icloud = { id: OWN_ID, url: ICLOUD_URL };
const statusMessage = (observation: unknown) => ({
  type: 'observation',
  site: 'status',
  observation,
});
const icloudMessage = (observation: unknown) => ({
  type: 'observation',
  site: 'icloud',
  observation,
});

describe('the worker, round 25', () => {
  let effects: RouterEffects;
  afterEach(() => vi.unstubAllGlobals());
  beforeEach(() => {
    fakeBrowser.reset();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}')),
    );
    effects = { openFlow: vi.fn(async () => undefined) };
  });

  it.each<[string, string]>([
    ['a look-alike host', 'https://www.apple.com.evil.example/support/systemstatus/'],
    ['plain http', 'http://www.apple.com/support/systemstatus/'],
    ['another Apple page', 'https://www.apple.com/iphone/'],
    ['a user-info trick', 'https://www.apple.com@evil.example/support/systemstatus/'],
    ['a data address', 'data:text/html,<p>apple.com/support/systemstatus/'],
    ['icloud.com on another port', 'https://www.icloud.com:8443/settings/'],
  ])('a content script on %s is not answered and stores nothing', async (_l, url) => {
    const sender = { id: OWN_ID, url };
    await expect(
      handleContentMessage(statusMessage(statusReading(iso())), sender, effects),
    ).resolves.toBeUndefined();
    await expect(
      handleContentMessage({ type: 'open-flow' }, sender, effects),
    ).resolves.toBeUndefined();
    expect(await observationsItem.getValue()).toBeNull();
    expect(effects.openFlow).not.toHaveBeenCalled();
  });

  it.each<[string, unknown]>([
    ['an unknown type', { type: 'hello', site: 'status' }],
    ['the type in capitals', { type: 'OPEN-FLOW' }],
    [
      'a reading without its time',
      statusMessage({ ...statusReading(iso()), observedAt: undefined }),
    ],
    [
      'a reading of the storage page sent from the status page',
      statusMessage(icloudReading(iso())),
    ],
    [
      'a reading whose address is another host',
      statusMessage({ ...statusReading(iso()), url: 'https://evil.example/support/systemstatus/' }),
    ],
    [
      '5,000 services',
      statusMessage({
        ...statusReading(iso()),
        services: Array.from({ length: 5000 }, () => statusReading(iso()).services[0]),
      }),
    ],
    [
      'a reading with a 40 KB event text',
      statusMessage({
        ...statusReading(iso()),
        services: [
          {
            name: 'iCloud Backup',
            id: 'icloud-backup',
            state: 'issue',
            events: [{ type: 'issue', status: 'ongoing', message: 'e'.repeat(40_000) }],
          },
        ],
      }),
    ],
    [
      'a storage reading of a negative size',
      icloudMessage({ ...icloudReading(iso()), usedBytes: -1 }),
    ],
    [
      'a storage reading of a size as text',
      icloudMessage({ ...icloudReading(iso()), usedBytes: '4800000000' }),
    ],
    [
      'a storage reading of NaN bytes',
      icloudMessage({ ...icloudReading(iso()), totalBytes: Number.NaN }),
    ],
    [
      'a reading dated on 30 February',
      statusMessage({ ...statusReading(iso()), observedAt: '2026-02-30T10:00:00.000Z' }),
    ],
    ['a reading an hour ahead', statusMessage(statusReading(iso(3_600_000)))],
  ])('%s: answered ok false or nothing, nothing stored', async (_l, message) => {
    const sender = (message as { site?: string }).site === 'icloud' ? icloud : status;
    const answer = await handleContentMessage(message, sender, effects);
    expect([undefined, false]).toContain(answer?.ok);
    expect(await observationsItem.getValue()).toBeNull();
    expect(effects.openFlow).not.toHaveBeenCalled();
  });

  // The readers take labels from fixed lists or Apple's JSON and names from Apple's rows, so only
  // a faulty or tricked reader sends these: the schema refuses the reading (pageName).
  it('a reading with an email in a category label does not store it', async () => {
    const reading = icloudReading(iso());
    reading.categories = [
      {
        id: 'photos',
        label: 'anna.smith@example.com',
        amount: { value: 3, unit: 'GB', bytes: 3e9 },
      },
    ];
    await handleContentMessage(icloudMessage(reading), icloud, effects);
    expect(JSON.stringify(await observationsItem.getValue())).not.toContain('anna.smith@');
  });

  it('a reading with a phone number for a service name does not store it', async () => {
    const reading = statusReading(iso());
    reading.services.push({ name: 'Call +49 170 1234567', state: 'available', events: [] });
    await handleContentMessage(statusMessage(reading), status, effects);
    expect(JSON.stringify(await observationsItem.getValue())).not.toContain('1234567');
  });

  it('fields a reading does not have are not stored', async () => {
    const reading = { ...statusReading(iso()), owner: 'Anna Smith', email: 'anna@example.com' };
    await expect(handleContentMessage(statusMessage(reading), status, effects)).resolves.toEqual({
      ok: true,
    });
    const stored = JSON.stringify(await observationsItem.getValue());
    expect(stored).not.toContain('Anna');
    expect(stored).toContain('icloud-backup');
  });

  it('60 readings of both sites at once: none lost, the latest of each kept', async () => {
    const times = Array.from({ length: 30 }, (_, i) => iso(-60_000 + i * 1000));
    const answers = await Promise.all(
      times.flatMap((at, i) => [
        handleContentMessage(
          statusMessage(statusReading(at, i % 2 ? 'issue' : 'available')),
          status,
          effects,
        ),
        handleContentMessage(icloudMessage(icloudReading(at)), icloud, effects),
      ]),
    );
    expect(answers.every((a) => a?.ok === true)).toBe(true);
    const stored = (await observationsItem.getValue()) as Record<string, { observedAt: string }>;
    expect(stored.status?.observedAt).toBe(times.at(-1));
    expect(stored.icloud?.observedAt).toBe(times.at(-1));
  });

  it('readings sent newest first keep the newest', async () => {
    const times = Array.from({ length: 10 }, (_, i) => iso(-i * 1000));
    for (const at of times)
      await handleContentMessage(statusMessage(statusReading(at)), status, effects);
    const stored = (await observationsItem.getValue()) as Record<string, { observedAt: string }>;
    expect(stored.status?.observedAt).toBe(times[0]);
  });

  it('a reading from year 0 does not replace the current one', async () => {
    const current = statusReading(iso(), 'issue');
    await handleContentMessage(statusMessage(current), status, effects);
    await handleContentMessage(
      statusMessage(statusReading('0000-01-01T00:00:00.000Z', 'available')),
      status,
      effects,
    );
    expect(await observationsItem.getValue()).toEqual({ status: current });
  });

  it('a hint request with a megabyte situation keeps the reading and does not throw', async () => {
    const message = {
      ...statusMessage(statusReading(iso())),
      hint: { locale: 'en', situation: 's'.repeat(2 ** 20) },
    };
    const answer = await handleContentMessage(message, status, effects);
    expect(answer?.ok).toBe(true);
  });

  it('open-flow with extra fields still opens the flow once', async () => {
    await expect(
      handleContentMessage({ type: 'open-flow', url: 'https://evil.example/' }, status, effects),
    ).resolves.toEqual({ ok: true });
    expect(effects.openFlow).toHaveBeenCalledTimes(1);
  });

  it('a storage write that fails answers ok false, no throw', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES'));
    await expect(
      handleContentMessage(statusMessage(statusReading(iso())), status, effects),
    ).resolves.toEqual({ ok: false });
  });
});

describe('names and labels that are only ever Apple’s', () => {
  it.each([
    ['an address', 'anna@example.com', false],
    ['a phone number with spaces', '+49 170 1234567', false],
    ['a phone number with brackets and a dash', '+1 (555) 123-4567', false],
    ['a service name', 'iCloud Backup', true],
    ['a plan', 'iCloud+ 2 TB', true],
    ['a label with a count', 'Backups (3)', true],
  ])('%s: %s is kept = %s', (_what, value, kept) => {
    expect(pageName(80).safeParse(value).success).toBe(kept);
  });
});
