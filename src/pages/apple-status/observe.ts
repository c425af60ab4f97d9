import { readingMeta, type AppleStatusObservation, type ServiceObservation } from '../observation';
import { isCurrentProblem } from '../../vocab';
import { agreedState } from './state';

/** Common tail of the page and feed readers: derives the iCloud Backup line and stamps metadata. */
export function statusObservation(
  format: AppleStatusObservation['format'],
  services: ServiceObservation[],
  url: string,
  now: Date,
  problems: Set<string>,
): AppleStatusObservation {
  const backups = services.filter((service) => service.id === 'icloud-backup');
  // The readers' own set, made for this reading.
  if (!backups.length) problems.add('icloud-backup-not-listed');
  const observation: AppleStatusObservation = {
    kind: 'apple-status',
    source: 'apple-status',
    format,
    ...readingMeta(url, now),
    services,
    icloudBackup: backupLine(backups),
  };
  if (problems.size) observation.problems = [...problems].sort();
  return observation;
}

/**
 * `since` is the earliest start of an ongoing event of the kind that sets the state (an outage
 * since 15:00 is not "since 09:00" because an issue began then), of any ongoing event when none
 * is of that kind, and only while something is current.
 */
export function backupLine(
  backups: Pick<ServiceObservation, 'state' | 'events'>[],
): AppleStatusObservation['icloudBackup'] {
  const state = agreedState(backups.map((service) => service.state));
  if (!isCurrentProblem(state)) return { state };
  // Events of the state's own kind first ("0…"), then by start (ISO strings sort as times).
  const since = backups
    .flatMap((service) => service.events)
    .filter((event) => event.status === 'ongoing' && event.start)
    .map((event) => `${+(event.type !== state)}${event.start}`)
    .sort()[0]
    ?.slice(1);
  // No start: `since` is undefined, the same as absent to the schema and to JSON.
  return { state, since };
}

/**
 * The reading as the extension sends and keeps it: the services it knows (the dozen that
 * concern iCloud, of Apple's ~80), with the iCloud Backup line and the reading's problems
 * worked out from all of them. Nothing reads the others, and sending all 80 cost the page more
 * time than reading them (tests/bench/README.md).
 */
export function knownServicesOnly(observation: AppleStatusObservation): AppleStatusObservation {
  return { ...observation, services: observation.services.filter((service) => service.id) };
}
