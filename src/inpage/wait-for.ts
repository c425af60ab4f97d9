/** Mutations within this window are checked once: single-page apps mutate in bursts. */
const COALESCE_MS = 50;

/**
 * Resolves with the first non-undefined result of `probe`, re-probing after DOM changes under
 * `root` for at most `timeoutMs`. Apple's pages render with script after load, so readers must
 * wait, but never forever and never by polling: the observer is disconnected on every path.
 */
export function waitFor<T>(
  root: Node,
  probe: () => T | undefined,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<T | undefined> {
  const now = probe();
  if (now !== undefined || signal?.aborted) return Promise.resolve(now);
  return new Promise((resolve) => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const finish = (result: T | undefined) => {
      observer.disconnect();
      clearTimeout(deadline);
      clearTimeout(pending);
      signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = () => finish(undefined);
    const check = () => {
      pending = undefined;
      const result = probe();
      if (result !== undefined) finish(result);
    };
    const observer = new MutationObserver(() => {
      pending ??= setTimeout(check, COALESCE_MS);
    });
    const deadline = setTimeout(() => finish(probe()), timeoutMs);
    signal?.addEventListener('abort', onAbort);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}

export function waitForElement(
  root: ParentNode & Node,
  selector: string,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<Element | undefined> {
  return waitFor(root, () => root.querySelector(selector) ?? undefined, timeoutMs, signal);
}
