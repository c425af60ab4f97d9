import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitForElement } from '../../../src/inpage/wait-for';

describe('waitForElement', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('returns an element that is already there', async () => {
    document.body.innerHTML = '<table id="t"></table>';
    await expect(waitForElement(document.body, '#t', 1000)).resolves.toBe(
      document.getElementById('t'),
    );
  });

  it('waits for an element that script adds later', async () => {
    const pending = waitForElement(document.body, '.late', 1000);
    const late = document.createElement('div');
    late.className = 'late';
    document.body.append(late);
    await expect(pending).resolves.toBe(late);
  });

  it('gives up after the time limit and stops observing', async () => {
    vi.useFakeTimers();
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const pending = waitForElement(document.body, '.never', 500);
    await vi.advanceTimersByTimeAsync(500);
    await expect(pending).resolves.toBeUndefined();
    expect(disconnect).toHaveBeenCalled();
  });

  it('stops when the content script is invalidated', async () => {
    const controller = new AbortController();
    const pending = waitForElement(document.body, '.never', 60_000, controller.signal);
    controller.abort();
    await expect(pending).resolves.toBeUndefined();
  });
});
