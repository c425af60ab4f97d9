import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  loadStatusReader,
  STATUS_READER_FILE,
  TABLE_WAIT_MS,
  type StatusLoaderDeps,
} from '../../../src/inpage/status-loader';
import { readFixture } from '../../support/fixtures';

const ADDRESS = 'chrome-extension://a-session-id/';

function deps(load: StatusLoaderDeps['load'] = vi.fn(async () => ({}))) {
  return { document, addressOf: (path: string) => `${ADDRESS}${path}`, load };
}

const showTable = () => {
  document.body.innerHTML = new DOMParser().parseFromString(
    readFixture('pages/status-en-all-available.html'),
    'text/html',
  ).body.innerHTML;
};

describe("the status page's content script", () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.useRealTimers();
  });

  it('loads the reader at once when the table is there', async () => {
    showTable();
    const d = deps();
    await expect(loadStatusReader(d)).resolves.toBe(true);
    expect(d.load).toHaveBeenCalledExactlyOnceWith(`${ADDRESS}${STATUS_READER_FILE}`);
  });

  it('loads nothing while the page renders without the table, and the reader once it comes', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main><p>Loading</p></main>';
    const d = deps();
    const loading = loadStatusReader(d);
    for (let i = 0; i < 10; i++) {
      document.querySelector('main')!.append(document.createElement('p'));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(d.load).not.toHaveBeenCalled();
    showTable();
    await vi.advanceTimersByTimeAsync(2000);
    await expect(loading).resolves.toBe(true);
    expect(d.load).toHaveBeenCalledTimes(1);
  });

  it('loads the reader at the deadline when the table never comes, so it can say so', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p>Something else</p>';
    const d = deps();
    const loading = loadStatusReader(d);
    await vi.advanceTimersByTimeAsync(TABLE_WAIT_MS - 1);
    expect(d.load).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await expect(loading).resolves.toBe(true);
    expect(d.load).toHaveBeenCalledTimes(1);
  });

  it('gives up quietly when the reader cannot be loaded (the extension was reloaded)', async () => {
    showTable();
    const d = deps(vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(loadStatusReader(d)).resolves.toBe(false);
  });
});
