import { afterEach, describe, expect, it, vi } from 'vitest';
import { runStatusReader, type StatusReaderDeps } from '../../../src/inpage/status-reader';
import { parseStatusPage } from '../../../src/pages/apple-status/parse-dom';

import { hintTexts } from '../../support/catalogs';
import { readFixture } from '../../support/fixtures';

const fixture = (name: string) => readFixture(`pages/${name}`);
const URL_EN = 'https://www.apple.com/support/systemstatus/';

function deps(overrides: Partial<StatusReaderDeps> = {}): StatusReaderDeps {
  return {
    document,
    url: URL_EN,
    locale: vi.fn(() => 'en' as const),
    loadFeed: vi.fn(async () => undefined),
    report: vi.fn(async () => hintTexts('en')),
    showHint: vi.fn(async () => undefined),
    ...overrides,
  };
}

describe('status page reader', () => {
  afterEach(() => {
    document.documentElement.innerHTML = '';
  });

  it('reports the reading and shows the problem hint for an iCloud Backup issue', async () => {
    document.documentElement.innerHTML = fixture('status-en-icloud-backup-issue.html');
    const d = deps();
    const observation = await runStatusReader(d);
    expect(observation.icloudBackup.state).toBe('issue');
    expect(d.report).toHaveBeenCalledWith(observation, expect.any(Object));
    expect(d.showHint).toHaveBeenCalledWith(
      expect.objectContaining({ tone: 'problem' }),
      expect.any(Function),
    );
  });

  it('reports only the services it knows, with everything else read from the whole page', async () => {
    document.documentElement.innerHTML = fixture('status-en-icloud-backup-issue.html');
    const page = parseStatusPage(document, URL_EN);
    const d = deps();
    const observation = await runStatusReader(d);
    expect(d.report).toHaveBeenCalledWith(observation, expect.any(Object));
    const known = page.services.filter((service) => service.id !== undefined);
    expect(known.length).toBeGreaterThan(3);
    expect(known.length).toBeLessThan(page.services.length);
    expect(observation.services).toEqual(known);
    const rest = { observedAt: '', services: [] };
    expect({ ...observation, ...rest }).toEqual({ ...page, ...rest });
  });

  it('highlights the iCloud Backup row while the hint shows, and puts it back on dismiss', async () => {
    document.documentElement.innerHTML = fixture('status-en-icloud-backup-issue.html');
    const d = deps();
    await runStatusReader(d);
    const highlighted = document.querySelectorAll('[data-backup-rescue="highlight"]');
    expect(highlighted).toHaveLength(1);
    expect(highlighted[0]?.textContent).toContain('iCloud Backup');
    expect((highlighted[0] as HTMLElement).style.outline).toMatch(/3px/);
    const onDismissed = vi.mocked(d.showHint).mock.calls[0]?.[1];
    onDismissed?.();
    expect(document.querySelector('[data-backup-rescue]')).toBeNull();
    expect((highlighted[0] as HTMLElement).getAttribute('style')).toBeNull();
  });

  it('reads a page without the table (the wait is over) as unknown, and says so', async () => {
    document.body.innerHTML = '<p>Something else</p>';
    const d = deps();
    const observation = await runStatusReader(d);
    expect(observation.icloudBackup.state).toBe('unknown');
    expect(d.showHint).toHaveBeenCalledWith(
      expect.objectContaining({ tone: 'unknown' }),
      expect.any(Function),
    );
  });

  it('asks the texts for the situation it shows in the message that reports the reading', async () => {
    document.documentElement.innerHTML = fixture('status-en-icloud-backup-issue.html');
    const d = deps();
    await runStatusReader(d);
    const shown = vi.mocked(d.showHint).mock.calls[0]?.[0];
    expect(shown?.situation).toBe('apple-problem|issue|');
    expect(d.report).toHaveBeenCalledOnce();
    expect(d.report).toHaveBeenCalledWith(expect.any(Object), {
      locale: 'en',
      situation: shown?.situation,
    });
  });

  it('speaks the language of the texts it is handed, and shows nothing without them', async () => {
    document.documentElement.innerHTML = fixture('status-en-icloud-backup-issue.html');
    const none = deps({ report: vi.fn(async () => undefined) });
    await expect(runStatusReader(none)).resolves.toMatchObject({ kind: 'apple-status' });
    expect(none.report).toHaveBeenCalled();
    expect(none.showHint).not.toHaveBeenCalled();
    expect(document.querySelector('[data-backup-rescue]')).toBeNull();
    const french = deps({
      locale: () => 'fr',
      report: async (_observation, hint) => hintTexts(hint.locale),
    });
    await runStatusReader(french);
    const view = vi.mocked(french.showHint).mock.calls[0]?.[0];
    expect(view?.locale).toBe('fr');
    expect(view?.labels.dismiss).toBe(hintTexts('fr')['hint.dismiss']);
  });

  it("adds the start of an ongoing outage from the page's own feed", async () => {
    document.documentElement.innerHTML = fixture('status-en-icloud-backup-outage.html');
    const feedUrl = 'https://www.apple.com/support/systemstatus/data/system_status_en_US.js';
    const d = deps({
      loadFeed: vi.fn(async () => ({
        url: feedUrl,
        text: readFixture('feeds/feed-en-jsonp-bom-backup-outage.jsonp'),
      })),
    });
    const observation = await runStatusReader(d);
    expect(observation.icloudBackup).toEqual({ state: 'outage', since: expect.any(String) });
    expect(d.showHint).toHaveBeenCalledWith(
      expect.objectContaining({ body: expect.stringMatching(/outage since .+Wait/) }),
      expect.any(Function),
    );
  });

  it('asks for no feed while iCloud Backup is available', async () => {
    document.documentElement.innerHTML = fixture('status-en-all-available.html');
    const d = deps();
    await runStatusReader(d);
    expect(d.loadFeed).not.toHaveBeenCalled();
  });

  it('still reports the page when the feed cannot be had', async () => {
    document.documentElement.innerHTML = fixture('status-en-icloud-backup-issue.html');
    const d = deps({ loadFeed: vi.fn(async () => Promise.reject(new Error('offline'))) });
    const observation = await runStatusReader(d);
    expect(observation.icloudBackup).toEqual({ state: 'issue' });
    expect(d.report).toHaveBeenCalledWith(observation, expect.any(Object));
  });
});
