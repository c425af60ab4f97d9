import { parseIcloudPage, storageView } from '../pages/icloud/parse-dom';
import type { Observation } from '../pages/observation';
import { waitFor } from './wait-for';

/** icloud.com draws its settings lazily; after this the current view has no storage bar. */
export const STORAGE_WAIT_MS = 15_000;

export interface IcloudReaderDeps {
  document: Document;
  /** The address now: in a single-page app it changes while a read is waiting. */
  url: () => string;
  signal: AbortSignal;
  report: (observation: Observation) => Promise<void>;
}

/**
 * Reads the storage usage once the current view shows it. Other views (Mail, Photos, ...) are
 * not read at all (their text is the account's content) and report nothing, so a good earlier
 * reading is not replaced by a useless one; the settings view reports `unknown` when the bar
 * cannot be read, so the popup can say so.
 */
export async function readIcloudStorage(deps: IcloudReaderDeps): Promise<Observation | undefined> {
  if (!storageView(deps.url())) return undefined;
  let last: Observation | undefined;
  const read = () => {
    last = parseIcloudPage(deps.document, deps.url());
    return last.kind === 'icloud-storage' ? last : undefined;
  };
  const found = await waitFor(deps.document, read, STORAGE_WAIT_MS, deps.signal);
  if (deps.signal.aborted) return undefined;
  // In the settings views the bar is expected: the wait's last read (at its deadline) reports it
  // not found, in the one shape the page reader gives.
  const observation = found ?? (storageView(deps.url()) === 'settings' ? last : undefined);
  if (observation) await deps.report(observation);
  return observation;
}
