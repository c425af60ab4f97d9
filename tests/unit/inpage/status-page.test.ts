/**
 * The status page's script with the real worker behind it: what the page reads goes through the
 * router (checked, parsed, stored) and the hint the page shows is the worker's answer.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runStatusPage } from '../../../src/inpage/status-page';
import { parseStatusPage } from '../../../src/pages/apple-status/parse-dom';
import { rememberDismissed } from '../../../src/storage/hint-dismissal';
import { observationsItem } from '../../../src/storage/items';
import { hintTexts } from '../../support/catalogs';
import { readFixture } from '../../support/fixtures';
import {
  STATUS_PAGE_URL as URL_EN,
  statusPageWithWorker,
  storedStatus,
  troubleshootingOn,
} from '../../support/status-page';

const fixture = (name: string) => readFixture(`pages/${name}`);
const URL_FR = 'https://www.apple.com/fr/support/systemstatus/';
const deps = statusPageWithWorker;
const stored = storedStatus;

describe("the status page's script, with the worker behind it", () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    document.documentElement.innerHTML = '';
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it("stores the reading and shows the problem hint on iCloud Backup's row", async () => {
    document.documentElement.innerHTML = fixture('status-en-icloud-backup-issue.html');
    const d = deps();
    await expect(runStatusPage(d)).resolves.toMatchObject({ ok: true });
    expect((await stored())?.icloudBackup.state).toBe('issue');
    const [view, row] = vi.mocked(d.showHint).mock.calls[0]!;
    expect(view).toMatchObject({ tone: 'problem', situation: 'apple-problem|issue|' });
    expect((row as Element).textContent).toContain('iCloud Backup');
  });

  it('stores only the services it knows, with everything else read from the whole page', async () => {
    document.documentElement.innerHTML = fixture('status-en-icloud-backup-issue.html');
    const page = parseStatusPage(document, URL_EN);
    await runStatusPage(deps());
    const reading = (await stored())!;
    const known = page.services.filter((service) => service.id !== undefined);
    expect(known.length).toBeGreaterThan(3);
    expect(known.length).toBeLessThan(page.services.length);
    expect(reading.services).toEqual(known);
    const rest = { observedAt: '', services: [] };
    expect({ ...reading, ...rest }).toEqual({ ...page, ...rest });
  });

  it('sends the rows as text, and nothing of the page beyond them', async () => {
    document.documentElement.innerHTML = fixture('status-en-icloud-backup-issue.html');
    const d = deps();
    await runStatusPage(d);
    const message = d.asked[0]!;
    expect(Object.keys(message).sort()).toEqual(['language', 'last', 'rows', 'total', 'type']);
    expect(message.rows.length).toBe(message.total);
    for (const row of message.rows) {
      expect(Object.values(row).every((value) => typeof value === 'string')).toBe(true);
    }
  });

  it('reads a page without the table (the wait is over) as unknown, and says so', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p>Something else</p>';
    const d = deps();
    const running = runStatusPage(d);
    await vi.advanceTimersByTimeAsync(10_000);
    await running;
    expect((await stored())?.icloudBackup.state).toBe('unknown');
    expect(d.showHint).toHaveBeenCalledWith(
      expect.objectContaining({ tone: 'unknown' }),
      undefined,
    );
  });

  it('reads nothing while the page renders without the table, and the table once it comes', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main><p>Loading</p></main>';
    const language = vi.fn(() => 'en-US');
    const d = deps(URL_EN, { language });
    const running = runStatusPage(d);
    await vi.advanceTimersByTimeAsync(1500);
    expect(d.ask).not.toHaveBeenCalled();
    // Not even the browser's language is looked at before the table.
    expect(language).not.toHaveBeenCalled();
    document.body.innerHTML = fixture('status-en-all-available.html');
    await vi.advanceTimersByTimeAsync(2500);
    await running;
    expect(d.ask).toHaveBeenCalledOnce();
    expect((await stored())?.icloudBackup.state).toBe('available');
  });

  it('shows no hint for a situation the user dismissed, and still stores the reading', async () => {
    document.documentElement.innerHTML = fixture('status-en-all-available.html');
    await troubleshootingOn();
    await rememberDismissed(fakeBrowser as never, 'available|available|');
    const d = deps();
    await runStatusPage(d);
    expect(d.showHint).not.toHaveBeenCalled();
    expect((await stored())?.icloudBackup.state).toBe('available');
  });

  it("speaks the page's language", async () => {
    document.documentElement.innerHTML = fixture('status-en-icloud-backup-issue.html');
    const d = deps(URL_FR, { language: () => 'de-DE' });
    await runStatusPage(d);
    const [view] = vi.mocked(d.showHint).mock.calls[0]!;
    expect(view.locale).toBe('fr');
    expect(view.labels.dismiss).toBe(hintTexts('fr')['hint.dismiss']);
  });

  it("adds the start of an ongoing outage from the page's own feed", async () => {
    document.documentElement.innerHTML = fixture('status-en-icloud-backup-outage.html');
    const feed = readFixture('feeds/feed-en-jsonp-bom-backup-outage.jsonp');
    const d = deps(URL_EN, { loadFeed: vi.fn(async () => feed) });
    await runStatusPage(d);
    expect(d.loadFeed).toHaveBeenCalledOnce();
    expect((await stored())?.icloudBackup).toEqual({ state: 'outage', since: expect.any(String) });
    expect(d.showHint).toHaveBeenCalledWith(
      expect.objectContaining({ body: expect.stringMatching(/outage since .+Wait/) }),
      expect.any(Element),
    );
  });

  it('asks for no feed while iCloud Backup is available', async () => {
    document.documentElement.innerHTML = fixture('status-en-all-available.html');
    const d = deps();
    await runStatusPage(d);
    expect(d.loadFeed).not.toHaveBeenCalled();
    expect(d.ask).toHaveBeenCalledOnce();
  });

  it('still stores the page when the feed cannot be had', async () => {
    document.documentElement.innerHTML = fixture('status-en-icloud-backup-issue.html');
    const d = deps(URL_EN, { loadFeed: vi.fn(async () => Promise.reject(new Error('offline'))) });
    await runStatusPage(d);
    expect((await stored())?.icloudBackup).toEqual({ state: 'issue' });
    expect(d.showHint).toHaveBeenCalledOnce();
  });

  it('shows nothing and stops when the worker does not answer', async () => {
    document.documentElement.innerHTML = fixture('status-en-icloud-backup-issue.html');
    const d = deps(URL_EN, { ask: vi.fn(async () => undefined) });
    await expect(runStatusPage(d)).resolves.toBeUndefined();
    expect(d.ask).toHaveBeenCalledOnce();
    expect(d.showHint).not.toHaveBeenCalled();
  });

  it('reads again while no row is iCloud Backup, and stores the page once it is there', async () => {
    vi.useFakeTimers();
    document.documentElement.innerHTML = fixture('status-en-all-available.html');
    const backup = [...document.querySelectorAll('.light-container')].find((row) =>
      row.textContent?.includes('iCloud Backup'),
    )!;
    const parent = backup.parentNode!;
    const next = backup.nextSibling;
    backup.remove();
    await troubleshootingOn();
    const d = deps();
    const running = runStatusPage(d);
    await vi.advanceTimersByTimeAsync(0);
    expect(d.ask).toHaveBeenCalledOnce();
    // Nothing stored while the page may still draw the row.
    expect(await storedStatus()).toBeUndefined();
    parent.insertBefore(backup, next);
    await vi.advanceTimersByTimeAsync(300);
    await running;
    expect(d.ask).toHaveBeenCalledTimes(2);
    expect((await stored())?.icloudBackup.state).toBe('available');
    expect(vi.mocked(d.showHint).mock.calls[0]![1]).toBe(backup);
  });

  it('says iCloud Backup is not listed only after its last read, four pauses on', async () => {
    vi.useFakeTimers();
    document.documentElement.innerHTML = fixture('status-en-all-available.html');
    for (const row of document.querySelectorAll('.light-container')) {
      if (row.textContent?.includes('iCloud Backup')) row.remove();
    }
    const d = deps();
    const running = runStatusPage(d);
    await vi.advanceTimersByTimeAsync(3000);
    expect(await observationsItem.getValue()).toBeNull();
    await vi.advanceTimersByTimeAsync(1000);
    await running;
    expect(d.asked.map((message) => message.last)).toEqual([false, false, false, false, true]);
    expect((await stored())?.problems).toContain('icloud-backup-not-listed');
  });

  describe('on a page where every iCloud service is available', () => {
    const available = () => {
      document.documentElement.innerHTML = fixture('status-en-all-available.html');
    };

    it('shows no hint unless a troubleshooting is under way, and stores the reading', async () => {
      available();
      const d = deps();
      await expect(runStatusPage(d)).resolves.toEqual({ ok: true, row: expect.any(Number) });
      expect(d.showHint).not.toHaveBeenCalled();
      expect((await stored())?.icloudBackup.state).toBe('available');
    });

    it.each(['questions', 'results', 'escalation'] as const)(
      'shows its hint while the troubleshooting is on its %s screen',
      async (screen) => {
        available();
        await troubleshootingOn(screen);
        const d = deps();
        await runStatusPage(d);
        expect(d.showHint).toHaveBeenCalledWith(
          expect.objectContaining({ tone: 'available', situation: 'available|available|' }),
          expect.any(Element),
        );
      },
    );

    it.each(['start', 'success'] as const)(
      'shows none when the troubleshooting is at its %s',
      async (screen) => {
        available();
        await troubleshootingOn(screen);
        const d = deps();
        await runStatusPage(d);
        expect(d.showHint).not.toHaveBeenCalled();
      },
    );

    it.each([
      ['a word', 'questions'],
      ['a list', ['questions']],
      ['a screen of a newer version', { screen: 'review' }],
    ])('shows none when the stored session is %s', async (_label, session) => {
      available();
      await fakeBrowser.storage.local.set({ session });
      const d = deps();
      await runStatusPage(d);
      expect(d.showHint).not.toHaveBeenCalled();
    });

    it('shows its hint to everyone when a related service has a problem', async () => {
      available();
      const drive = [...document.querySelectorAll('.light-container')].find((row) =>
        row.querySelector('.light-name')?.textContent?.trim().startsWith('iCloud Drive'),
      )!;
      drive.querySelector('.light-image > *')!.className = 'light-issue';
      const d = deps();
      await runStatusPage(d);
      expect(d.showHint).toHaveBeenCalledWith(
        expect.objectContaining({
          tone: 'available',
          related: expect.stringContaining('iCloud Drive'),
        }),
        expect.any(Element),
      );
    });
  });
});
