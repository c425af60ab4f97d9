/** The first re-probe after a change waits this long: single-page apps mutate in bursts. */
export const FIRST_DELAY_MS = 50;
/** Re-probes back off up to this pause between two probes (so a late view is read within it). */
export const MAX_DELAY_MS = 2000;
/** After a probe, wait at least this many times as long as it took: probing stays under ~10%. */
const DUTY_FACTOR = 10;
/** No wait probes more often than this in all, however busy the page. */
export const MAX_PROBES = 20;

/**
 * Resolves with the first non-undefined result of `probe`, re-probing after DOM changes under
 * `root` for at most `timeoutMs`. Apple's pages render with script after load, so readers must
 * wait, but never forever, never by polling, and never at the page's pace: the observer only
 * wakes a probe and is disconnected until it has run, pauses between probes grow (doubling
 * from FIRST_DELAY_MS to MAX_DELAY_MS, and at least DUTY_FACTOR times the last probe's cost),
 * and a wait probes at most MAX_PROBES times. A page that mutates every millisecond therefore
 * costs about a dozen probes over a 15 s wait, not one per change.
 */
export async function waitFor<T>(
  root: Node,
  probe: () => T | undefined,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<T | undefined> {
  if (signal?.aborted) return undefined;
  let probes = 0;
  let delay = FIRST_DELAY_MS;
  const timedProbe = () => {
    const start = performance.now();
    const result = probe();
    const backoff = FIRST_DELAY_MS * 2 ** probes;
    probes += 1;
    delay = Math.min(Math.max(backoff, (performance.now() - start) * DUTY_FACTOR), MAX_DELAY_MS);
    return result;
  };
  const now = timedProbe();
  if (now !== undefined) return now;
  return new Promise((resolve) => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const finish = (result: T | undefined) => {
      observer.disconnect();
      clearTimeout(deadline);
      clearTimeout(pending);
      resolve(result);
    };
    const onAbort = () => finish(undefined);
    const watch = () =>
      observer.observe(root, { childList: true, subtree: true, characterData: true });
    // A fired timer's id is harmless to clear, so `pending` is not reset when it runs.
    const check = () => {
      const result = timedProbe();
      if (result !== undefined) finish(result);
      else if (probes < MAX_PROBES) watch();
    };
    const observer = new MutationObserver(() => {
      observer.disconnect();
      pending = setTimeout(check, delay);
    });
    // A last look at the deadline, unless the probe budget is spent.
    const deadline = setTimeout(
      () => finish(probes < MAX_PROBES ? timedProbe() : undefined),
      timeoutMs,
    );
    // Left on the signal once the wait is over: a later abort finishes again, which does
    // nothing, and taking it off cost each content script's size budget.
    signal?.addEventListener('abort', onAbort);
    watch();
  });
}
