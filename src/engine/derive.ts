import {
  compareVersions,
  devices,
  knowledge,
  stepsById,
  type CauseId,
  type Condition,
  type Step,
} from '../knowledge/index.ts';
import { alertIds, strongestCause, weeksNamed, type AlertMatch } from './alerts.ts';
import { givenByPerson, type Facts } from './facts.ts';
import { computeStorage, fillsRoom, GIB, TYPICAL_BACKUP_GB } from './storage-math.ts';

/**
 * Facts plus values derived from them, in one flat map that rule and step conditions read.
 * Facts the user was unsure about are absent, exactly like facts never asked.
 */
export type Values = Record<string, unknown>;

export const DERIVED_NAMES = [
  'freeBytes',
  'backupFits',
  'backupFillsRoom',
  'fillsRoomOnFailure',
  'storageNumbersRead',
  'backupExceedsPlan',
  'backupOverTypical',
  'usedRatio',
  'daysSinceBackup',
  'stepsNoChangeCount',
  'alertId',
  'device5g',
  'iosBelowCurrent',
  'iosUpdateAvailable',
  'iosMajorsBehind',
  'iosNewestRelease',
  'backupPastRetention',
  'hangOutlastsRetry',
  'computerCopyWorks',
  'fixesOutlived',
] as const;

/** The facts each derived value rests on, for evidence. */
export const DERIVED_FROM: Record<(typeof DERIVED_NAMES)[number], string[]> = {
  freeBytes: ['storageUsedBytes', 'storageTotalBytes'],
  backupFits: ['storageUsedBytes', 'storageTotalBytes', 'backupSizeBytes'],
  backupFillsRoom: ['storageUsedBytes', 'storageTotalBytes', 'backupSizeBytes'],
  fillsRoomOnFailure: ['storageUsedBytes', 'storageTotalBytes', 'backupSizeBytes', 'alertText'],
  storageNumbersRead: ['storageUsedBytes', 'storageTotalBytes'],
  backupExceedsPlan: ['storageTotalBytes', 'backupSizeBytes'],
  backupOverTypical: ['backupSizeBytes'],
  usedRatio: ['storageUsedBytes', 'storageTotalBytes'],
  daysSinceBackup: ['lastSuccessfulBackup', 'alertText'],
  stepsNoChangeCount: ['stepsTried'],
  alertId: ['alertText'],
  device5g: ['deviceModel'],
  iosBelowCurrent: ['iosVersion'],
  iosUpdateAvailable: ['iosVersion', 'deviceModel'],
  iosMajorsBehind: ['iosVersion', 'deviceModel'],
  iosNewestRelease: ['iosVersion'],
  backupPastRetention: ['lastSuccessfulBackup', 'alertText'],
  hangOutlastsRetry: ['symptom', 'alertText', 'stepsTried'],
  computerCopyWorks: ['computerBackupFails', 'stepsTried'],
  fixesOutlived: ['stepsTried', 'alertText', 'symptom'],
};

const DAY_MS = 86_400_000;
const { retentionDays } = knowledge.storage;
const CURRENT_IOS = knowledge.devices.currentIos.version;
/** Only steps that change something count as tried fixes; looking is not fixing. */
const FIX_STEPS = new Set(knowledge.steps.filter((s) => s.kind === 'fix').map((s) => s.id));
const RETRIES = new Set(knowledge.steps.filter((s) => s.retry).map((s) => s.id));
/** What a backup that starts but never ends is reported as: a symptom chosen, or its alert. */
const HANG_SYMPTOMS: ReadonlySet<unknown> = new Set(['stops_at_percent', 'stuck_estimating']);
const HANG_ALERT = 'taking_long';
/** The step that makes a full copy on a computer, reading every file on the device. */
const COMPUTER_COPY = 'local_backup';
/** Rules whose measurement proves their cause (`proof`): no room for the backup, Apple's outage. */
const PROOFS = knowledge.rules.filter((r) => r.proof && r.weight > 0);
const major = (version: string) => Number(version.split('.')[0]);
/**
 * Apple named the September 2025 release iOS 26, after the year, straight after iOS 18: the
 * numbers between never shipped, so iOS 18 is one release behind iOS 26, not eight.
 */
const NEVER_SHIPPED = { from: 19, to: 25 } as const;
/** Releases between two majors, counting only the numbers Apple shipped. */
function releasesBetween(older: number, newer: number): number {
  const skipped = Math.max(
    0,
    Math.min(newer, NEVER_SHIPPED.to) - Math.max(older + 1, NEVER_SHIPPED.from) + 1,
  );
  return Math.max(0, newer - older - skipped);
}

/**
 * "Outdated" is measured against what the device can run (its row in devices.json) and, while
 * the model is unknown, against the current iOS: never against numbers in rules. Without the
 * model, whether an older iOS can be updated is unknown, so `iosUpdateAvailable` stays absent;
 * so it does within the current major, whose newest point release the data does not know.
 */
function deriveIos(facts: Facts, values: Values): void {
  const device = facts.deviceModel === undefined ? undefined : devices.resolve(facts.deviceModel);
  if (device) values.device5g = device.cellularBackup;
  const version = facts.iosVersion;
  if (version === undefined) return;
  values.iosNewestRelease = newestRelease(version);
  const belowCurrent = compareVersions(version, CURRENT_IOS) < 0;
  values.iosBelowCurrent = belowCurrent;
  // A version the model cannot run means one of the two answers is wrong: use neither's limit.
  const fits = device !== undefined && !modelCannotRun(device.lastOs, version);
  const target = (fits && device.lastOs) || CURRENT_IOS;
  values.iosMajorsBehind = releasesBetween(major(version), major(target));
  const canUpdate =
    fits || !belowCurrent ? devices.canUpdate(fits ? device : undefined, version) : undefined;
  if (canUpdate !== undefined) values.iosUpdateAvailable = canUpdate;
}

/**
 * A version given as a bare major ("16") may be any of its point releases: a rule about releases
 * from a point on (two-factor reports from 16.3) holds for it when the newest of them is one.
 */
const newestRelease = (version: string) => (version.includes('.') ? version : `${version}.99`);

/** How far ahead of this clock it is already today somewhere (UTC+14): a date, not a slip. */
const AHEAD_SLACK_MS = 14 * 3_600_000;

/**
 * Whole days since the last backup. A date further ahead than that (a typo, a clock set wrong)
 * says nothing about the backup's age: not "0 days old", which would pass for a recent backup.
 */
function daysSince(date: string | undefined, now: Date): number | undefined {
  if (date === undefined) return undefined;
  const ms = now.getTime() - Date.parse(date);
  if (!(ms >= -AHEAD_SLACK_MS)) return undefined;
  return Math.max(0, Math.floor(ms / DAY_MS));
}

/** True when `version` is newer than the newest major the model can run. */
export const modelCannotRun = (lastOs: string | undefined, version: string) =>
  lastOs !== undefined && major(version) > major(lastOs);

/**
 * `alert`: what the pasted text was recognised as. `alertId` holds the ids of its alerts, the
 * leading one first, and a condition on it holds when it holds for one of them (two alerts
 * pasted together). The weeks a "not backed up in N weeks" reminder names are the age of the
 * last backup while its date is not known.
 */
export function deriveValues(facts: Facts, now: Date, alert?: AlertMatch): Values {
  const values: Values = {};
  for (const [name, value] of Object.entries(facts)) {
    // Apple's status page being unreadable tells nothing about Apple: treat it as unknown.
    if (name === 'appleBackupStatus' && value === 'unknown') continue;
    if (value !== undefined) values[name] = value;
  }
  const storage = computeStorage(facts);
  // A size the storage math does not count as known ("0 KB" while Apple works it out) is not one.
  const backup = storage?.backupBytes;
  if (backup === undefined) delete values.backupSizeBytes;
  if (storage?.freeBytes !== undefined) {
    values.freeBytes = storage.freeBytes;
    if (storage.totalBytes) values.usedRatio = (storage.usedBytes ?? 0) / storage.totalBytes;
  }
  if (storage && storage.backupFits !== null) values.backupFits = storage.backupFits;
  if (storage?.backupFits && fillsRoom(backup!, storage.freeBytes!)) values.backupFillsRoom = true;
  // A page's reading beside the user's "full" may only be newer than what they saw; numbers
  // they typed, or of no known origin, say more surely that they meant another storage.
  if (readFromPage(facts, 'freeBytes')) values.storageNumbersRead = true;
  // Bigger than the whole plan: no clean-up makes it fit, only a bigger plan does.
  if (backup !== undefined && storage?.totalBytes !== undefined)
    values.backupExceedsPlan = backup > storage.totalBytes;
  // Three times the biggest basic backup: app data or a photo library kept on the device.
  if (backup !== undefined) values.backupOverTypical = backup > 3 * TYPICAL_BACKUP_GB.max * GIB;
  deriveAge(facts, values, now, alert);
  let fixesNoChange = 0;
  for (const [step, outcome] of Object.entries(facts.stepsTried ?? {})) {
    if (outcome === 'no_change' && FIX_STEPS.has(step)) fixesNoChange++;
  }
  values.stepsNoChangeCount = fixesNoChange;
  const ids = alertIds(alert);
  if (ids.length > 0) values.alertId = ids;
  deriveFillsRoom(facts, values, alert);
  deriveOutcomes(facts, values, now);
  deriveIos(facts, values);
  return values;
}

/**
 * Alerts that most often mean no room in iCloud: iOS's storage messages, and the bare "iPhone
 * Backup Failed", which the guides tie to storage more than to anything else.
 */
const ROOM_SHORT_ALERTS: ReadonlySet<string> = new Set(
  knowledge.alerts.filter((a) => strongestCause(a)?.cause === 'storage_full').map((a) => a.id),
);
/** Of those, iOS's storage messages: they name storage and nothing else. */
const STORAGE_SHORT_ALERTS: ReadonlySet<string> = new Set(
  knowledge.alerts
    .filter((a) => a.causes.every((c) => c.weight <= 0 || c.cause === 'storage_full'))
    .filter((a) => ROOM_SHORT_ALERTS.has(a.id))
    .map((a) => a.id),
);
const STORAGE_SHORT_SAID: ReadonlySet<unknown> = new Set(['full', 'almost_full']);

/**
 * A fit with no more room to spare than the numbers' rounding is no measurement against iOS's
 * own storage message or the user's "full", nor against a failure that most often means no
 * room: with any of them, the backup counts as not fitting. The last alone says less (it names
 * no storage), so it is told apart (`fillsRoomOnFailure`).
 */
function deriveFillsRoom(facts: Facts, values: Values, alert?: AlertMatch): void {
  if (!values.backupFillsRoom) return;
  const ids = alertIds(alert);
  const saidShort =
    STORAGE_SHORT_SAID.has(facts.storageStatus) || ids.some((id) => STORAGE_SHORT_ALERTS.has(id));
  const failed = ids.some((id) => ROOM_SHORT_ALERTS.has(id));
  values.backupFits = !(saidShort || failed);
  if (failed && !saidShort) values.fillsRoomOnFailure = true;
}

/** The last backup's age, from its date or else from the weeks a reminder names. */
function deriveAge(facts: Facts, values: Values, now: Date, alert?: AlertMatch): void {
  const days = daysSince(facts.lastSuccessfulBackup, now);
  if (days !== undefined) {
    values.daysSinceBackup = days;
  } else {
    const weeks = weeksNamed(facts.alertText, alert);
    if (weeks !== undefined) values.daysSinceBackup = weeks * 7;
  }
  // Apple deletes a device's backup that many days after its last one: past it, none may be left.
  if (typeof values.daysSinceBackup === 'number')
    values.backupPastRetention = values.daysSinceBackup >= retentionDays;
}

/**
 * What tried steps show beyond their own causes. A backup that hangs again after being started
 * over hangs at one point, as the guides' "stops at a certain percentage" does, unless a proven
 * cause explains that (a backup with no room, Apple's outage stop every retry too). A copy made
 * on a computer read every file on the device, as a computer backup that works does. A problem
 * described after a fix was marked as having worked (`fixesOutlived`) is a failure since then.
 */
function deriveOutcomes(facts: Facts, values: Values, now: Date): void {
  const tried = Object.entries(facts.stepsTried ?? {});
  const hangs =
    HANG_SYMPTOMS.has(facts.symptom) ||
    (Array.isArray(values.alertId) && values.alertId.includes(HANG_ALERT));
  if (hangs)
    values.hangOutlastsRetry =
      tried.some(([id, outcome]) => outcome === 'no_change' && RETRIES.has(id)) &&
      !PROOFS.some((r) => allHold(r.when, values));
  const copied = facts.stepsTried?.[COMPUTER_COPY] === 'fixed';
  if (copied || facts.computerBackupFails !== undefined)
    values.computerCopyWorks = copied || !facts.computerBackupFails;
  const outlived = fixesBefore(facts, values, now);
  if (outlived.length > 0) values.fixesOutlived = outlived;
}

/** A time stamp as milliseconds, if it is one and not ahead of the clock (a clock set wrong). */
function stampedMs(at: string | undefined, now: Date): number | undefined {
  const ms = at === undefined ? NaN : Date.parse(at);
  return ms <= now.getTime() ? ms : undefined;
}

/**
 * Fixes marked as having worked before the user described the problem: a message iOS showed (one
 * the engine recognises) or a symptom, given by the user after the fix, is the backup failing
 * again since, not the failure the fix was for. Either time missing (a session saved before the
 * flow stamped them), unreadable or ahead of the clock, the fix stands as today.
 */
function fixesBefore(facts: Facts, values: Values, now: Date): string[] {
  const problem = PROBLEM_FACTS.filter(
    (name) =>
      (name === 'symptom' ? facts.symptom !== undefined : Array.isArray(values.alertId)) &&
      givenByPerson(facts, name),
  ).map((name) => stampedMs(facts.sources?.[name]?.at, now) ?? -Infinity);
  const describedMs = Math.max(-Infinity, ...problem);
  return fixedSteps(facts)
    .map((step) => step.id)
    .filter((id) => (stampedMs(facts.stepsTriedAt?.[id], now) ?? Infinity) < describedMs);
}
/** The facts that describe the problem, stamped with the time the user gave them. */
const PROBLEM_FACTS = ['alertText', 'symptom'] as const;

type Part = (facts: Facts, values: Values, now: Date, alert?: AlertMatch) => void;
const IOS_VALUES = [
  'device5g',
  'iosNewestRelease',
  'iosBelowCurrent',
  'iosMajorsBehind',
  'iosUpdateAvailable',
];
const OUTCOME_VALUES = ['hangOutlastsRetry', 'computerCopyWorks', 'fixesOutlived'];
/** The part of `deriveValues` each of these facts feeds, and the values that part sets. */
const PARTS: Record<string, { sets: string[]; derive: Part }> = {
  lastSuccessfulBackup: { sets: ['daysSinceBackup', 'backupPastRetention'], derive: deriveAge },
  iosVersion: { sets: IOS_VALUES, derive: deriveIos },
  deviceModel: { sets: IOS_VALUES, derive: deriveIos },
  symptom: { sets: OUTCOME_VALUES, derive: deriveOutcomes },
  storageStatus: {
    sets: ['fillsRoomOnFailure', ...OUTCOME_VALUES],
    derive: (facts, values, now, alert) => {
      deriveFillsRoom(facts, values, alert);
      deriveOutcomes(facts, values, now);
    },
  },
  computerBackupFails: { sets: OUTCOME_VALUES, derive: deriveOutcomes },
};
/**
 * The other facts `deriveValues` reads beyond copying them: a change to one derives everything
 * again. Keep both in step with `deriveValues` (a test compares it with `deriveWithAnswer`).
 */
const DERIVES_MANY: ReadonlySet<string> = new Set([
  'appleBackupStatus',
  'storageUsedBytes',
  'storageTotalBytes',
  'backupSizeBytes',
  'storageByCategory',
  'alertText',
  'stepsTried',
]);

/**
 * `deriveValues` of `facts` with `fact` set to `answer`, given `values` derived from `facts`:
 * the question chooser tries every answer of every open question on each diagnosis, and most
 * answers feed one part of the derivation or none, so only that part is derived again.
 */
export function deriveWithAnswer(
  facts: Facts,
  values: Values,
  fact: string,
  answer: unknown,
  now: Date,
  alert?: AlertMatch,
): { hypo: Facts; hypoValues: Values } {
  const hypo = { ...facts, [fact]: answer } as Facts;
  if (DERIVES_MANY.has(fact) || answer === undefined)
    return { hypo, hypoValues: deriveValues(hypo, now, alert) };
  const hypoValues: Values = { ...values, [fact]: answer };
  const part = PARTS[fact];
  if (part) {
    for (const name of part.sets) delete hypoValues[name];
    part.derive(hypo, hypoValues, now, alert);
  }
  return { hypo, hypoValues };
}

export function holds(c: Condition, values: Values): boolean {
  const v = values[c.fact];
  // A fact with several values (the alerts of one paste): "ne" holds when none is the value.
  if (Array.isArray(v)) {
    const one = (x: unknown) => holds(c.op === 'ne' ? { ...c, op: 'eq' } : c, { [c.fact]: x });
    return c.op === 'ne' ? !v.some(one) : v.some(one);
  }
  switch (c.op) {
    case 'known':
      return v !== undefined;
    case 'unknown':
      return v === undefined;
    case 'eq':
      return v !== undefined && v === c.value;
    case 'ne':
      return v !== undefined && v !== c.value;
    case 'in':
      return Array.isArray(c.value) && c.value.includes(v as string | number);
    case 'lt':
      return typeof v === 'number' && typeof c.value === 'number' && v < c.value;
    case 'gte':
      return typeof v === 'number' && typeof c.value === 'number' && v >= c.value;
    case 'versionLt':
      return (
        typeof v === 'string' && typeof c.value === 'string' && compareVersions(v, c.value) < 0
      );
    case 'versionGte':
      return (
        typeof v === 'string' && typeof c.value === 'string' && compareVersions(v, c.value) >= 0
      );
  }
}

export const allHold = (conditions: Condition[], values: Values) =>
  conditions.every((c) => holds(c, values));

/** True when any of the condition sets holds entirely. */
export const anyHolds = (sets: Condition[][] | undefined, values: Values) =>
  (sets ?? []).some((set) => allHold(set, values));

/** Steps marked "This fixed it", other than a backup made another way. */
export const fixedSteps = (facts: Facts): Step[] =>
  Object.entries(facts.stepsTried ?? {}).flatMap(([id, outcome]) => {
    const step = stepsById.get(id);
    return outcome === 'fixed' && step && step.kind !== 'alternative' ? [step] : [];
  });

/** Whether the user described the problem after marking `stepId` as having fixed it. */
export const outlived = (values: Values, stepId: string): boolean =>
  Array.isArray(values.fixesOutlived) && values.fixesOutlived.includes(stepId);

/** Whether a fact rests on a page reading (its own, or one of those it is derived from). */
const readFromPage = (facts: Facts, fact: string) =>
  (DERIVED_FROM[fact as keyof typeof DERIVED_FROM] ?? [fact]).some(
    (name) => facts.sources?.[name] !== undefined && !givenByPerson(facts, name),
  );

/** Values are derived from one set of facts and not changed after: their proofs stay. */
const provenFor = new WeakMap<Values, Set<CauseId>>();

/**
 * Causes a page reading proves (`proof` rules resting on a page's facts: no room for the next
 * backup, Apple reporting a problem). A reading is dropped once older than its page's readings
 * stand for, so these hold now, after any fix marked as having worked; a number or a status the
 * user typed may be what they saw before that fix, and does not count.
 */
export function provenByReading(facts: Facts, values: Values): Set<CauseId> {
  // Asked by the ranking and the plan of one diagnosis with the same values: worked out once.
  let proven = provenFor.get(values);
  if (proven === undefined) {
    proven = new Set(
      PROOFS.filter(
        (r) => allHold(r.when, values) && r.when.some((c) => readFromPage(facts, c.fact)),
      ).map((r) => r.cause),
    );
    provenFor.set(values, proven);
  }
  return proven;
}
