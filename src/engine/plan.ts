import { isCurrentProblem, STORAGE_CATEGORIES, type StorageCategory } from '../vocab/index.ts';
import {
  keys,
  knowledge,
  pathFor,
  stepsById,
  text,
  type CauseId,
  type Step,
} from '../knowledge/index.ts';
import { allHold, anyHolds, fixedSteps, outlived, provenByReading, type Values } from './derive.ts';
import type { Facts } from './facts.ts';
import { supported, toScore, type CauseTally } from './rank.ts';
import type { Disruption, Params, PlanItem, StorageResult } from './types.ts';
import { asAnswered, usedParams } from './explain.ts';
import { GIB, TYPICAL_BACKUP_GB } from './storage-math.ts';

/**
 * The plan: steps for every cause that is still plausible, with steps the facts contradict,
 * steps whose preconditions do not hold (`onlyWhen`) and steps already tried left out.
 * Order, in groups:
 * 1. waiting, which exists only while Apple reports a problem (`onlyWhen` in the data);
 * 2. the specific fix for a decisive fact (`leadWhen`: on battery -> plug in, hotspot -> another
 *    Wi-Fi, backup off -> turn it on...), so generic checks never push it down;
 * 3. other fixes and checks by likelihood of their cause minus a penalty for disruption;
 *    while the likeliest cause is proven and lasting (iCloud full), gentle steps for other causes
 *    come after its fixes;
 * 4. the alternatives (a computer backup), 5. resets that wipe settings or the backup,
 * 6. escalation, 7. steps held back during an outage.
 * Steps marked `always` (contacting Apple, Back Up Now, a computer backup, looking at the status
 * page while it is unknown) are present whatever the scores, unless tried or ruled out, so no
 * plan dead-ends.
 */

/** Causes below this score get no steps of their own. The top cause always does. */
export const PLAN_MIN_SCORE = 0.15;
const DISRUPTION_LEVEL: Record<Disruption, number> = { none: 0, low: 1, medium: 2, high: 3 };
/** How much one disruption level costs against likelihood when ordering fixes. */
const DISRUPTION_PENALTY = 0.15;
/** Just above the steps for no cause in play (likelihood 0, no disruption). */
const LIFTED = 0.01;
/** Paying weighs like two more disruption levels: free fixes for the same cause come first. */
const PAID_PENALTY = 2 * DISRUPTION_PENALTY;
/** At most this much for emptying a category, scaled by its share of the storage used. */
const CATEGORY_BONUS = 2 * DISRUPTION_PENALTY;
/** What a step's other likely causes add to its likeliest one: enough to break a tie, no more. */
const OTHER_CAUSES_WEIGHT = 0.1;
const GROUP = {
  wait: 0,
  lead: 1,
  retryAfterLead: 1.25,
  safeFirst: 1.5,
  fix: 2,
  check: 2,
  besideProof: 2.5,
  alternative: 3,
  lastResort: 4,
  escalation: 5,
  held: 6,
};
/** Steps that show a fix worked: a backup made now, and its date. */
export const CONFIRMING: readonly string[] = ['back_up_now', 'check_backup_date'];
/** Fixes that changed nothing after which keeping a copy elsewhere comes first. */
const FAILED_FIXES_BEFORE_COPY = 3;
const STEP_ORDER = new Map(knowledge.steps.map((s, i) => [s.id, i]));
/** The rules whose measurement proves their cause (`proof`), by cause. */
const PROOFS = knowledge.rules.filter((r) => r.proof && r.weight > 0);
/** Causes that end by themselves (Apple's problem): a retry once they are over is how to see it. */
const WAITED_OUT = new Set(
  knowledge.steps.filter((s) => s.kind === 'wait').flatMap((s) => s.addresses),
);
/**
 * The free clean-ups of a full iCloud (old backups, attachments, photos, a chat app's own
 * backup): each removes one kind of data, which may or may not be what takes the room.
 */
const CLEAN_UPS = new Set(
  knowledge.steps
    .filter((s) => s.kind === 'fix' && !s.paid && s.addresses.join() === 'storage_full')
    .map((s) => s.id),
);
const PROVEN_BY = new Map(
  [...new Set(PROOFS.map((r) => r.cause))].map((c) => [c, PROOFS.filter((r) => r.cause === c)]),
);

export function appleReportsProblem(values: Values): boolean {
  return isCurrentProblem(values.appleBackupStatus);
}

/** The facts allow the step: its preconditions hold and nothing contradicts it. */
export const applies = (s: Step, values: Values) =>
  (s.onlyWhen === undefined || anyHolds(s.onlyWhen, values)) && !anyHolds(s.skipWhen, values);

export function buildPlan(
  facts: Facts,
  values: Values,
  ranked: CauseTally[],
  params: Params,
  /** `computeStorage(facts)`, worked out once by the caller. */
  storage: StorageResult | undefined,
): PlanItem[] {
  const scores = new Map(ranked.map((t) => [t.id, toScore(t.logit)]));
  const included = new Set<CauseId>(
    ranked.filter((t, i) => i === 0 || toScore(t.logit) >= PLAN_MIN_SCORE).map((t) => t.id),
  );
  // A Map: most steps were not tried, and a Map answers "not there" faster than an object.
  const tried = new Map(Object.entries(facts.stepsTried ?? {}));
  const done = (id: string) => {
    const outcome = tried.get(id);
    return outcome === 'fixed' || outcome === 'no_change';
  };
  // Steps done as part of a step tried ("Back Up Now" inside restarting a stuck backup).
  const covered = new Set(knowledge.steps.filter((t) => done(t.id)).flatMap((t) => t.covers ?? []));
  const alreadyDone = (s: Step) => done(s.id) || covered.has(s.id);
  // A step the user skipped stays in the plan, after the others of its group, and no longer
  // leads (they declined it): what else there is to do comes first.
  const skipped = (s: Step) => tried.get(s.id) === 'skipped';
  const outage = appleReportsProblem(values);

  // Its likeliest cause; among steps tied on that, the one that also answers other likely
  // causes first (leaving big apps out also helps when one app's data is the cause).
  const likelihood = (s: Step) => {
    const each = s.addresses.filter((c) => included.has(c)).map((c) => scores.get(c) ?? 0);
    const top = Math.max(0, ...each);
    return top + OTHER_CAUSES_WEIGHT * (each.reduce((a, b) => a + b, 0) - top);
  };
  // A step whose lead condition holds is the documented next move for that fact, whatever the
  // score of its cause (iOS's "unable to access your account": sign in again, then check
  // Apple's status).
  // Lead conditions and openness do not change while causes are taken in: worked out once.
  const leadHolds = new Set(knowledge.steps.filter((s) => anyHolds(s.leadWhen, values)));
  const wanted = (s: Step) =>
    s.always === true ||
    s.addresses.some((c) => included.has(c)) ||
    (s.kind !== 'wait' && leadHolds.has(s));
  const failed = (s: Step) => s.needs?.some((id) => tried.get(id) === 'no_change') === true;
  // A computer copy a step requires is there only if it was made ("fixed"); another required
  // step counts once done. A step whose copy was not made is not offered: nothing would be safe.
  const met = (id: string) =>
    tried.get(id) === 'fixed' ||
    (tried.get(id) === 'no_change' && stepsById.get(id)?.kind !== 'alternative');
  const isCopy = (id: string) => stepsById.get(id)?.kind === 'alternative';
  const copyNotMade = (id: string) => isCopy(id) && !met(id);
  const copyMissing = (s: Step) =>
    s.requires?.some((id) => tried.has(id) && copyNotMade(id)) === true;
  // Emptying a category icloud.com shows holding nothing frees nothing: no old backups to delete.
  const empty = emptyCategories(storage);
  const freesNothing = (s: Step) => {
    const category = emptied(s);
    return category !== undefined && empty.has(category);
  };
  const open = (s: Step) =>
    !alreadyDone(s) && !failed(s) && !copyMissing(s) && !freesNothing(s) && applies(s, values);
  // A fix that worked ends the search: what is left is to see a backup complete ("step_fixed").
  // A page reading that proves a cause now shows the fix did not hold when the fix cannot have
  // removed that cause (plugging in, and icloud.com shows no room), or when nothing is left to
  // confirm the fix with (the reading rules out Back Up Now, the backup's date is known).
  // So does a problem the user described after marking the fix: the backup failed again since.
  const fixes = fixedSteps(facts);
  if (fixes.length > 0) {
    const confirm = CONFIRMING.map((id) => stepsById.get(id)!).filter(open);
    const notHeld =
      fixes.some((s) => outlived(values, s.id)) ||
      [...provenByReading(facts, values)].some(
        (c) => confirm.length === 0 || !fixes.some((s) => s.addresses.includes(c)),
      );
    if (!notHeld) return confirm.map((s) => toItem(s, facts, included, scores, params, false));
  }
  const openSteps = knowledge.steps.filter(open);
  const choose = () => openSteps.filter(wanted);
  let chosen = choose();
  // Checks alone are no plan: take in the next likely causes until one step changes something.
  for (const t of ranked) {
    if (chosen.some((s) => s.kind === 'fix' || s.kind === 'wait')) break;
    if (included.has(t.id)) continue;
    included.add(t.id);
    chosen = choose();
  }

  const held = (s: Step) => outage && s.holdDuringOutage;
  // The decisive fix declined (two-factor, removing sideloaded apps, a computer backup) or
  // waiting declined or that did not end Apple's problem: the data is still not safe, so the
  // other ways of keeping it come before generic checks.
  // So does a last backup Apple is about to delete: a copy elsewhere comes before checks.
  const expiring =
    typeof values.daysSinceBackup === 'number' &&
    values.daysSinceBackup >= knowledge.storage.retentionWarningDays;
  // So does a step declined that needs a computer copy first (updating iOS): the user is
  // waiting for that copy.
  const waitsForCopy = (s: Step) => s.requires?.some(copyNotMade) === true;
  // A computer copy made is what makes wiping the backup safe: then that reset is ranked like any
  // fix. A gentler step a reset requires (signing in again before signing out) only orders them:
  // done, it makes the reset no gentler, so it still comes after every gentler step and copy.
  const madeSafe = (s: Step) => s.requires?.some(isCopy) === true && s.requires.every(met);
  // So do fixes that changed nothing, once enough of them failed and no gentle fix for the
  // likeliest cause is left (a retry or a reset is no such fix): the backup may stay broken for
  // long, and a copy elsewhere, unless one is made, comes before the next guess.
  const top = ranked[0]?.id;
  // A specific fix for that cause already changed nothing: its next one is a guess as well,
  // unless a measurement proves the cause (a backup that does not fit still needs room).
  const topFixFailed =
    top !== undefined &&
    !PROVEN_BY.get(top)?.some((r) => allHold(r.when, values)) &&
    [...tried].some(([id, outcome]) => {
      const s = stepsById.get(id);
      return outcome === 'no_change' && s?.kind === 'fix' && !s.retry && s.addresses.includes(top);
    });
  // A cause that leads on its prior alone (nothing left speaks for any) is a guess as well.
  const gentleFixLeft =
    !topFixFailed &&
    ranked[0] !== undefined &&
    supported(ranked[0]) &&
    chosen.some(
      (s) =>
        s.kind === 'fix' &&
        !s.retry &&
        s.disruption !== 'high' &&
        !skipped(s) &&
        top !== undefined &&
        s.addresses.includes(top),
    );
  const exhausted =
    typeof values.stepsNoChangeCount === 'number' &&
    values.stepsNoChangeCount >= FAILED_FIXES_BEFORE_COPY &&
    !gentleFixLeft &&
    ![...tried.keys()].some((id) => isCopy(id) && met(id));
  const stuck =
    expiring ||
    exhausted ||
    knowledge.steps.some((s) =>
      s.kind === 'wait'
        ? outage && (tried.get(s.id) === 'no_change' || skipped(s))
        : skipped(s) && (leadHolds.has(s) || waitsForCopy(s)),
    );
  const { share, noneHelps } = categoryShares(storage);
  // Emptying a category icloud.com shows too small to make room (0.1 GB of backups against a
  // 1 GB next backup), or shrinking a backup by more than it can shed, is no lead: the fixes that
  // can make room, the bigger plan among them, come first.
  const shown = new Set(storage?.categories.map((c) => c.category));
  const emptiesTooLittle = (s: Step) => {
    const category = emptied(s);
    return category !== undefined && shown.has(category) && share[category] === undefined;
  };
  const tooSmall = (s: Step) => emptiesTooLittle(s) || shedsTooLittle(s, storage, values);
  // A clean-up is a guess where nothing shows it makes room: no category can (a lapsed plan's
  // 45 GB on the free 5 GB), or an app's data on the device makes the backup big and icloud.com
  // did not show that category making room. So is paying where no plan holds the backup (13 TB).
  // Leaving the app out or the bigger plan comes first, and the guesses after the other fixes
  // and checks.
  const bigAppData = appDataBig(values);
  const unproven = (s: Step) =>
    (s.paid === true && storage?.smallestFittingPlan === null) ||
    emptiesTooLittle(s) ||
    (CLEAN_UPS.has(s.id) &&
      (noneHelps || (bigAppData && !(s.frees !== undefined && s.frees in share))));
  // Trying the backup again cannot get past a cause a measurement proves, the retry does not
  // touch and no waiting ends (no room in iCloud): it comes after the fixes for that cause.
  const lasting = [...PROVEN_BY].filter(
    ([cause, rules]) => !WAITED_OUT.has(cause) && rules.some((r) => allHold(r.when, values)),
  );
  const futile = (s: Step) =>
    s.retry === true && lasting.some(([cause]) => !s.addresses.includes(cause));
  // Nor does looking for or fixing another cause help before the likeliest cause, proven, is
  // fixed (the guides check storage first): its fixes come before the Wi-Fi or Apple's status.
  const provenTop = lasting.some(([cause]) => cause === top);
  const beside = (s: Step) =>
    provenTop &&
    (s.kind === 'check' || s.kind === 'fix') &&
    s.disruption !== 'high' &&
    !lasting.some(([cause]) => s.addresses.includes(cause));
  // Paying leads only when no clean-up that leaves the user's data whole can make room (old
  // backups, attachments; not photos, deleted on every device): a free fix for the same shortage
  // (an app's own backup) comes before it, lead condition or not. Where such a clean-up can, it
  // leads before deleting photos too (guide 003 empties old backups first).
  const freeingCloses = chosen.some(
    (s) => !skipped(s) && s.frees !== undefined && share[s.frees] !== undefined,
  );
  const paysFirst = noneHelps || (shown.size > 0 && !freeingCloses);
  // Deleting photos removes them on every device: it leads only where icloud.com shows the
  // library making the room and nothing kinder can.
  const deletesEverywhere = (s: Step) => s.frees === undefined && emptied(s) !== undefined;
  const leads = (s: Step) =>
    s.kind !== 'wait' &&
    !skipped(s) &&
    leadHolds.has(s) &&
    !(s.paid && !paysFirst) &&
    !(deletesEverywhere(s) && (freeingCloses || !(emptied(s)! in share))) &&
    !tooSmall(s) &&
    !unproven(s) &&
    !futile(s);
  // A step another planned step does as part of itself ("Back Up Now" inside restarting a stuck
  // backup) would only repeat it next: it comes after the other fixes and checks.
  const repeated = new Set(chosen.filter((s) => !skipped(s)).flatMap((s) => s.covers ?? []));
  // A retry a symptom puts first (restarting a stuck backup) comes after a fix a fact puts first
  // (another network on a hotspot, a steadier one, plugging in): that fact says it would stop again.
  const factLeads = chosen.some((s) => !s.retry && leads(s));
  const group = (s: Step) =>
    repeated.has(s.id) || unproven(s) ? Math.max(GROUP.besideProof, baseGroup(s)) : baseGroup(s);
  const baseGroup = (s: Step) =>
    held(s)
      ? GROUP.held
      : // Waiting declined stays offered (it is what ends Apple's problem), after what can be done now.
        s.kind === 'wait' && skipped(s)
        ? GROUP.alternative
        : leads(s)
          ? s.retry && factLeads
            ? GROUP.retryAfterLead
            : GROUP.lead
          : stuck && s.kind === 'alternative' && !skipped(s)
            ? GROUP.safeFirst
            : futile(s)
              ? GROUP.alternative
              : beside(s)
                ? GROUP.besideProof
                : // Resets that wipe settings or the backup come after every gentler step and after
                  // the other ways of keeping a copy (the guides keep them for last), however likely
                  // their cause, until the computer copy they require is made.
                  s.disruption === 'high' && !madeSafe(s)
                  ? GROUP.lastResort
                  : GROUP[s.kind];
  const lifted = gentlestFixFor(ranked[0], chosen, skipped);
  const rank = new Map(
    chosen.map((s) => {
      // When no clean-up that keeps the user's data can make room, paying is the fix, not the
      // last resort.
      const paid = s.paid && !paysFirst ? PAID_PENALTY : 0;
      const penalty = DISRUPTION_PENALTY * DISRUPTION_LEVEL[s.disruption] + paid;
      const bonus = s.frees ? CATEGORY_BONUS * (share[s.frees] ?? 0) : 0;
      const priority = likelihood(s) - penalty + bonus;
      return [
        s.id,
        { group: group(s), priority: s === lifted ? Math.max(priority, LIFTED) : priority },
      ];
    }),
  );
  chosen.sort((a, b) => {
    const ra = rank.get(a.id)!;
    const rb = rank.get(b.id)!;
    return (
      ra.group - rb.group ||
      Number(skipped(a)) - Number(skipped(b)) ||
      rb.priority - ra.priority ||
      DISRUPTION_LEVEL[a.disruption] - DISRUPTION_LEVEL[b.disruption] ||
      STEP_ORDER.get(a.id)! - STEP_ORDER.get(b.id)!
    );
  });
  const isOpen = new Set(openSteps);
  const ordered = placePrerequisites(chosen, (s) => isOpen.has(s) && !skipped(s));

  return ordered.map((s) => toItem(s, facts, included, scores, params, held(s)));
}

/**
 * The gentlest fix left for the likeliest cause when evidence speaks for it (not its prior
 * alone): it comes before steps that answer no cause in play (Apple's status, Back Up Now, in
 * the plan whatever the scores), which a medium fix's disruption penalty would otherwise let
 * ahead of it (a 120 GB backup that fits: leaving big apps out is the one fix for its size).
 */
function gentlestFixFor(
  top: CauseTally | undefined,
  chosen: Step[],
  skipped: (s: Step) => boolean,
): Step | undefined {
  if (top === undefined || !supported(top)) return undefined;
  const fixes = chosen.filter(
    (s) =>
      s.kind === 'fix' &&
      !s.retry &&
      s.disruption !== 'high' &&
      !skipped(s) &&
      s.addresses.includes(top.id),
  );
  return fixes.sort((a, b) => DISRUPTION_LEVEL[a.disruption] - DISRUPTION_LEVEL[b.disruption])[0];
}

/**
 * The category each clean-up empties: `frees`, or `empties` for one that gets no share bonus and
 * no free plan's lower bar (EMPTIED), such as reviewing photos, yet is no lead either where the
 * category is too small to make room, or holds nothing.
 */
const emptied = (s: Step): StorageCategory | undefined => s.frees ?? s.empties;

/**
 * The free fixes for a full iCloud that empty no category (leaving big apps or a chat app out):
 * they make room by shrinking the next backup, which keeps a basic backup's worth of settings,
 * messages and the rest whatever apps are left out.
 */
const SHRINKS_BACKUP = new Set(
  knowledge.steps
    .filter(
      (s) => s.kind === 'fix' && !s.paid && !emptied(s) && s.addresses.includes('storage_full'),
    )
    .map((s) => s.id),
);

/**
 * A fix shrinking the next backup sheds at most what it measures beyond the smallest basic
 * backup: where more is missing (a 6 GB backup with 1 GB free), it cannot make the room alone.
 */
function shedsTooLittle(s: Step, storage: StorageResult | undefined, values: Values): boolean {
  const { shortfallBytes, backupBytes } = storage ?? {};
  if (!SHRINKS_BACKUP.has(s.id) || !shortfallBytes || backupBytes === undefined) return false;
  // An app said to keep much data offline may be most of the backup: its size is not known.
  if (values.largeOfflineAppData === true) return false;
  return shortfallBytes > Math.max(0, backupBytes - TYPICAL_BACKUP_GB.min * GIB);
}

/**
 * Each storage category's share of what is used, where icloud.com showed the categories, for
 * the categories whose emptying makes room: the next backup fits after it, or, its size
 * unknown, the room after it holds the smallest basic backup (0.3 GB of backups in a full
 * 5 GB plan make no room for one). `noneHelps`: no single category does, or, the categories
 * not shown, what is stored must shrink by more than one old device's backup frees (the biggest
 * basic backup, 15 GB) to hold even a basic next backup: 48 GB used of a lapsed plan's free
 * 5 GB is not known to come back by deleting. (A next backup bigger than a basic one shrinks by
 * leaving big apps out, which is not paying: that part does not count.)
 */
function categoryShares(storage: StorageResult | undefined): {
  share: Partial<Record<StorageCategory, number>>;
  noneHelps: boolean;
} {
  const used = storage?.usedBytes;
  if (!storage || !used) return { share: {}, noneHelps: false };
  if (storage.categories.length === 0) {
    const total = storage.totalBytes;
    if (storage.backupFits !== false || total === undefined) return { share: {}, noneHelps: false };
    const basic = TYPICAL_BACKUP_GB.min * GIB;
    const next = Math.min(storage.backupBytes ?? basic, basic);
    return { share: {}, noneHelps: next - (total - used) > TYPICAL_BACKUP_GB.max * GIB };
  }
  const room = roomForUnknownBackup(storage.totalBytes);
  const basic = TYPICAL_BACKUP_GB.min * GIB;
  const helping = storage.categories.filter(
    (c) => c.backupFitsAfter ?? c.freeAfterBytes >= (EMPTIED.has(c.category) ? room : basic),
  );
  return {
    share: Object.fromEntries(helping.map((c) => [c.category, Math.min(1, c.bytes / used)])),
    noneHelps: helping.length === 0,
  };
}

/**
 * An app's data kept on the device makes the next backup big: it measures several basic backups,
 * or more than the biggest basic one with an app said to keep much data offline (a 2 GB next
 * backup is no such app's data, whatever the app keeps). Unmeasured, the clean-ups keep their
 * place: the room they make may be all that is missing.
 */
function appDataBig(values: Values): boolean {
  const size = values.backupSizeBytes;
  if (typeof size !== 'number') return false;
  return (
    values.backupOverTypical === true ||
    (values.largeOfflineAppData === true && size > TYPICAL_BACKUP_GB.max * GIB)
  );
}

/**
 * Categories a clean-up step empties without deleting photos (old backups, attachments): only
 * these get the free plan's lower bar. Deleting photos removes them everywhere and never leads,
 * so photos filling the free plan still put the bigger plan first.
 */
const EMPTIED = new Set(knowledge.steps.flatMap((s) => (s.frees ? [s.frees] : [])));

/**
 * The room that holds a next backup of a size not known yet: the smallest basic backup, or, on a
 * plan no bigger than that (the free 5 GB, which still holds many a device's backup), the free
 * space the guides count as enough. Else old backups filling the free plan could never make
 * room, and the bigger plan would come before deleting them.
 */
function roomForUnknownBackup(totalBytes: number | undefined): number {
  const basic = TYPICAL_BACKUP_GB.min * GIB;
  return totalBytes !== undefined && totalBytes <= basic
    ? knowledge.storage.lowFreeWarningBytes
    : basic;
}

/**
 * Share of what is used that the categories icloud.com showed must account for before a
 * category it did not show counts as holding nothing (a page read in part shows fewer).
 */
const CATEGORIES_COMPLETE = 0.95;

/** Categories known to hold nothing: shown as 0, or left out of a list that covers the usage. */
function emptyCategories(storage: StorageResult | undefined): Set<StorageCategory> {
  const used = storage?.usedBytes;
  if (!storage || !used || storage.categories.length === 0) return new Set();
  const shown = storage.categories.reduce((sum, c) => sum + c.bytes, 0);
  if (shown < CATEGORIES_COMPLETE * used) return new Set();
  const holding = new Set(storage.categories.map((c) => c.category));
  return new Set(STORAGE_CATEGORIES.filter((c) => !holding.has(c)));
}

/**
 * Moves (or adds) each required step right before the step that needs it, when it is still to
 * do and applies (a skipped one stays where skipped steps go).
 */
function placePrerequisites(steps: Step[], placeable: (s: Step) => boolean): Step[] {
  const out: Step[] = [];
  for (const step of steps) {
    for (const id of step.requires ?? []) {
      const required = stepsById.get(id);
      if (!required || !placeable(required) || out.includes(required)) continue;
      out.push(required);
    }
    if (!out.includes(step)) out.push(step);
  }
  return out;
}

const REASON_KEY: Record<Step['kind'], string> = {
  wait: 'why.step.wait',
  check: 'why.step.check',
  fix: 'why.step.fix',
  alternative: 'why.step.alternative',
  escalation: 'why.step.escalation',
};

function toItem(
  s: Step,
  facts: Facts,
  included: Set<CauseId>,
  scores: Map<CauseId, number>,
  params: Params,
  heldBack: boolean,
): PlanItem {
  const inPlay = s.addresses.filter((c) => included.has(c));
  // A step in the plan by its lead condition alone is still for its own causes.
  const causes = inPlay.length > 0 || s.kind === 'escalation' ? inPlay : [...s.addresses];
  // The likeliest; on a tie, the one listed first.
  let top: CauseId | undefined;
  for (const c of causes)
    if (top === undefined || (scores.get(c) ?? 0) > (scores.get(top) ?? 0)) top = c;
  // Waiting and holding back rest on Apple's status: said as the user's answer when it was one.
  const reasonKey = s.kind === 'wait' ? asAnswered(facts, REASON_KEY.wait) : REASON_KEY[s.kind];
  const reasonKey_ = top ? reasonKey : 'why.step.always';
  const reasonParams = usedParams(reasonKey_, {
    ...params,
    ...(top && {
      cause: `@${keys.cause(top).title}`,
      score: Math.round((scores.get(top) ?? 0) * 100),
    }),
  });
  const path = pathFor(s, facts.iosVersion);
  // While the version is unknown, the path before the newest one's first iOS too.
  const before = facts.iosVersion === undefined ? path?.minIos : undefined;
  const older = before && s.paths?.find((v) => v.maxIos !== undefined && v.key !== path?.key);
  const item: PlanItem = {
    stepId: s.id,
    kind: s.kind,
    causes,
    disruption: s.disruption,
    minutes: s.minutes,
    consequences: s.consequences.map((key) => ({ key })),
    ...(path && { path: { key: path.key } }),
    ...(before && older && { olderPath: { before, path: { key: older.key } } }),
    reason: { key: reasonKey_, params: reasonParams },
    summary: `${text('en', keys.step(s.id).title)}: ${text('en', reasonKey_, reasonParams)}`,
  };
  if (heldBack) {
    item.heldBack = true;
    const heldKey = asAnswered(facts, 'why.step.held_back');
    item.heldBackReason = { key: heldKey };
    item.summary = `${item.summary} ${text('en', heldKey)}`;
  }
  return item;
}
