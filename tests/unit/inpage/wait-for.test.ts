import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_PROBES, waitFor } from '../../../src/inpage/wait-for';

/** The status page's wait (status-page.ts): the first element `selector` matches. */
const waitForElement = (
  root: ParentNode & Node,
  selector: string,
  ms: number,
  signal?: AbortSignal,
) => waitFor(root, () => root.querySelector(selector) ?? undefined, ms, signal);

describe('waitFor an element', () => {
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

describe('waitFor on a busy page', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  /** A page script adding a row every `every` ms for `ms` (every millisecond in the e2e test). */
  function busy(ms: number, every = 5) {
    let added = 0;
    const timer = setInterval(() => {
      document.body.append(document.createElement('p'));
      added += 1;
    }, every);
    setTimeout(() => clearInterval(timer), ms);
    return () => added;
  }

  it(`probes at most ${MAX_PROBES} times over a 15 s wait, not once per change`, async () => {
    vi.useFakeTimers();
    const added = busy(15_000);
    const probe = vi.fn(() => undefined);
    const waiting = waitFor(document.body, probe, 15_000);
    await vi.advanceTimersByTimeAsync(15_000);
    await expect(waiting).resolves.toBeUndefined();
    expect(added()).toBeGreaterThan(2_000);
    expect(probe.mock.calls.length).toBeLessThanOrEqual(MAX_PROBES);
    // Backing off from FIRST_DELAY_MS to MAX_DELAY_MS leaves room for about a dozen probes.
    expect(probe.mock.calls.length).toBeGreaterThan(5);
  });

  it('waits longer after an expensive probe', async () => {
    vi.useFakeTimers();
    busy(5000);
    const probe = vi.fn(() => {
      vi.advanceTimersByTime(200);
      return undefined;
    });
    const waiting = waitFor(document.body, probe, 5000);
    await vi.advanceTimersByTimeAsync(5000);
    await waiting;
    // Each probe "takes" 200 ms, so it is followed by a pause ten times as long: four probes
    // with the last look at the deadline, where plain backing off would have made eight.
    expect(probe.mock.calls.length).toBeLessThanOrEqual(6);
  });

  it('stops at the first success', async () => {
    vi.useFakeTimers();
    busy(15_000);
    let calls = 0;
    const probe = () => (++calls === 3 ? 'found' : undefined);
    const waiting = waitFor(document.body, probe, 15_000);
    await vi.advanceTimersByTimeAsync(15_000);
    await expect(waiting).resolves.toBe('found');
    expect(calls).toBe(3);
  });

  it('stops probing once the budget is spent, and leaves the page alone', async () => {
    vi.useFakeTimers();
    busy(60_000, 20);
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const probe = vi.fn(() => undefined);
    const waiting = waitFor(document.body, probe, 60_000);
    await vi.advanceTimersByTimeAsync(60_000);
    await waiting;
    expect(probe).toHaveBeenCalledTimes(MAX_PROBES);
    expect(observe.mock.calls.length).toBeLessThanOrEqual(MAX_PROBES);
  });
});
