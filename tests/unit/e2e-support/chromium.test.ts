import { describe, expect, it } from 'vitest';
import { findChromium } from '../../e2e/support/chromium';

describe('Chromium discovery for the end-to-end tests', () => {
  it('prefers CHROMIUM_PATH when it exists', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/c/chrome' }, (p) => p === '/opt/c/chrome')).toBe(
      '/opt/c/chrome',
    );
  });

  it('falls back to /usr/bin/chromium, then other usual paths', () => {
    expect(findChromium({}, (p) => p === '/usr/bin/chromium' || p === '/snap/bin/chromium')).toBe(
      '/usr/bin/chromium',
    );
    expect(findChromium({}, (p) => p === '/snap/bin/chromium')).toBe('/snap/bin/chromium');
  });

  it('fails with one line saying how to install it', () => {
    expect(() => findChromium({}, () => false)).toThrowError(
      /^No Chromium found: .*apt-get install -y chromium.*$/,
    );
  });

  it('names a CHROMIUM_PATH that does not exist instead of silently using another', () => {
    expect(() =>
      findChromium({ CHROMIUM_PATH: '/nope' }, (p) => p === '/usr/bin/chromium'),
    ).toThrowError(/CHROMIUM_PATH=\/nope/);
  });
});
