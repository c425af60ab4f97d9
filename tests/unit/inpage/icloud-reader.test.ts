import { describe, expect, it, vi } from 'vitest';
import { readIcloudStorage } from '../../../src/inpage/icloud-reader';
import { htmlDocument } from '../pages/fixtures';

const doc = () =>
  htmlDocument(
    '<!doctype html><html><body><main><section><h2>iCloud Storage</h2><p>4.8 GB of 5 GB used</p></section></main></body></html>',
  );

describe('icloud.com reader', () => {
  it('reads the settings view and reports it', async () => {
    const report = vi.fn(async () => {});
    const url = () => 'https://www.icloud.com/settings/';
    const o = await readIcloudStorage({
      document: doc(),
      url,
      signal: new AbortController().signal,
      report,
    });
    expect(o).toMatchObject({ kind: 'icloud-storage', usedBytes: 4.8e9 });
    expect(report).toHaveBeenCalledTimes(1);
  });

  it('does not read, wait on or report a view of the account content', async () => {
    const report = vi.fn(async () => {});
    const document = doc();
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    for (const path of ['mail/', 'notes/', 'iclouddrive/', 'photos/']) {
      const url = () => `https://www.icloud.com/${path}`;
      await expect(
        readIcloudStorage({ document, url, signal: new AbortController().signal, report }),
      ).resolves.toBeUndefined();
    }
    expect(report).not.toHaveBeenCalled();
    expect(observe).not.toHaveBeenCalled();
    observe.mockRestore();
  });
});
