import { afterEach, describe, expect, it, vi } from 'vitest';
import { NAVIGATION_SETTLE_MS, pageAddress, watchLocation } from '../../../src/inpage/location';

/** A window whose address a test changes, with or without the Navigation API. */
function fakeWindow(withNavigation: boolean) {
  const navigation = new EventTarget();
  const win = {
    location: { href: 'https://www.icloud.com/' },
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    navigation: withNavigation ? navigation : undefined,
  };
  const navigate = (href: string) => {
    win.location.href = href;
    navigation.dispatchEvent(new Event('navigate'));
  };
  return { win: win as never, navigate };
}

describe('watchLocation', () => {
  afterEach(() => vi.useRealTimers());

  it('reads once after a burst of a thousand history entries', async () => {
    vi.useFakeTimers();
    const { win, navigate } = fakeWindow(true);
    const onChange = vi.fn();
    watchLocation(onChange, new AbortController().signal, win);
    for (let i = 0; i < 1000; i++) navigate(`https://www.icloud.com/settings/?n=${i}`);
    await vi.advanceTimersByTimeAsync(NAVIGATION_SETTLE_MS * 3);
    expect(onChange).toHaveBeenCalledOnce();
  });

  it('ignores navigations that end where they started', async () => {
    vi.useFakeTimers();
    const { win, navigate } = fakeWindow(true);
    const onChange = vi.fn();
    watchLocation(onChange, new AbortController().signal, win);
    navigate('https://www.icloud.com/mail/');
    navigate('https://www.icloud.com/');
    await vi.advanceTimersByTimeAsync(NAVIGATION_SETTLE_MS * 3);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('compares the address once a second where the Navigation API is missing', async () => {
    vi.useFakeTimers();
    const { win, navigate } = fakeWindow(false);
    const onChange = vi.fn();
    const stop = new AbortController();
    watchLocation(onChange, stop.signal, win);
    navigate('https://www.icloud.com/settings/');
    await vi.advanceTimersByTimeAsync(1000);
    expect(onChange).toHaveBeenCalledOnce();
    stop.abort();
    navigate('https://www.icloud.com/photos/');
    await vi.advanceTimersByTimeAsync(5000);
    expect(onChange).toHaveBeenCalledOnce();
  });
});

describe('pageAddress', () => {
  const at = (href: string) => pageAddress(new URL(href));

  it('names the page without query or fragment', () => {
    expect(at('https://www.icloud.com/settings/?token=abc#x')).toBe(
      'https://www.icloud.com/settings/',
    );
  });

  it('stays short whatever the link', () => {
    expect(at(`https://www.apple.com/support/systemstatus/#${'x'.repeat(1_900_000)}`)).toBe(
      'https://www.apple.com/support/systemstatus/',
    );
    expect(at(`https://www.icloud.com/${'a/'.repeat(100_000)}`)).toBe('https://www.icloud.com/');
  });
});
