import type { AppleStatusObservation, ServiceId, ServiceState } from '../observation';
import { SERVICE_IDS } from '../../vocab';
import { agreedState } from './state';

export type IcloudVerdict = 'apple-problem' | 'available' | 'maintenance' | 'unknown';

export interface IcloudSummary {
  /** The iCloud-related services found on the page, in SERVICE_IDS order. */
  services: { id: ServiceId; name: string; state: ServiceState }[];
  backup: { state: ServiceState; since?: string; verdict: IcloudVerdict };
  /** Related services other than Backup with a current issue or outage (they can break backup too). */
  otherProblems: ServiceId[];
}

/**
 * What the in-page hint and the popup need from a status observation. The verdict is about
 * iCloud Backup alone; related problems are listed separately so the wording stays the UI's.
 */
export function summarizeIcloud(observation: AppleStatusObservation): IcloudSummary {
  const services: IcloudSummary['services'] = [];
  for (const id of SERVICE_IDS) {
    const matches = observation.services.filter((service) => service.id === id);
    const first = matches[0];
    if (!first) continue;
    services.push({ id, name: first.name, state: agreedState(matches.map((s) => s.state)) });
  }
  const { state } = observation.icloudBackup;
  return {
    services,
    backup: {
      ...observation.icloudBackup,
      verdict: isAppleProblem(state) ? 'apple-problem' : state,
    },
    otherProblems: services
      .filter((s) => s.id !== 'icloud-backup' && isAppleProblem(s.state))
      .map((s) => s.id),
  };
}

/** Issue or outage: Apple's problem (maintenance has a verdict of its own). */
const isAppleProblem = (state: ServiceState) => state === 'issue' || state === 'outage';
