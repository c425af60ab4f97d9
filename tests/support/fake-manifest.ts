import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** The manifest the summary's "version" line reads: WXT's fake browser has none of its own. */
export function fakeManifest(): void {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Backup Rescue',
    version: '0.1.0',
  });
}
