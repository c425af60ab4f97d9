import { describe, expect, it } from 'vitest';
import { findFirefox } from '../../e2e-firefox/support/firefox';

describe('Firefox discovery for the end-to-end tests', () => {
  it("prefers FIREFOX_PATH, then Debian's firefox-esr, then other usual paths", () => {
    expect(findFirefox({ FIREFOX_PATH: '/opt/ff/firefox' }, (p) => p === '/opt/ff/firefox')).toBe(
      '/opt/ff/firefox',
    );
    expect(findFirefox({}, (p) => p.startsWith('/usr/bin/'))).toBe('/usr/bin/firefox-esr');
    expect(findFirefox({}, (p) => p === '/usr/bin/firefox')).toBe('/usr/bin/firefox');
  });

  it('fails with one line saying how to install it', () => {
    expect(() => findFirefox({}, () => false)).toThrowError(
      /^No Firefox found: .*apt-get install -y firefox-esr.* or set FIREFOX_PATH\.$/,
    );
  });

  it('names a FIREFOX_PATH that does not exist instead of silently using another', () => {
    expect(() =>
      findFirefox({ FIREFOX_PATH: '/nope' }, (p) => p === '/usr/bin/firefox-esr'),
    ).toThrowError(/^FIREFOX_PATH=\/nope does not exist/);
  });
});
