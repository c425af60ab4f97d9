import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerAsPopup as answer } from '../../knowledge/helpers.ts';
import {
  diagnose,
  Facts,
  GIB,
  render,
  type Diagnosis,
  type Facts as FactsT,
} from '../../../src/engine/diagnose.ts';
import { knowledge, LOCALES, pathFor } from '../../../src/knowledge/index.ts';
import { factsArb } from './arbitraries.ts';
import { alertWordings } from '../../../src/knowledge/start-slice.ts';

const now = new Date('2026-06-01T12:00:00Z');
const run = (facts: FactsT) => diagnose(facts, { now });
const top = (d: Diagnosis) => d.causes[0]!.id;
const d3 = (d: Diagnosis) => d.causes.slice(0, 3).map((c) => c.id);
const planIds = (d: Diagnosis) => d.plan.map((p) => p.stepId);

const ruledOutBasics: FactsT = {
  storageStatus: 'plenty',
  wifi: 'stable',
  power: 'charging',
  deviceLocked: true,
  backupEnabled: true,
  appleBackupStatus: 'available',
  twoFactor: true,
  emailVerified: true,
  iosVersion: '26.1',
  iosBeta: false,
  sideloadedApps: false,
  profileOrRestrictions: false,
  largeOfflineAppData: false,
};

describe('ranking: each cause comes first with its decisive evidence', () => {
  const cases: [string, FactsT][] = [
    [
      'storage_full',
      { storageUsedBytes: 4.9 * GIB, storageTotalBytes: 5 * GIB, backupSizeBytes: GIB },
    ],
    ['storage_full', { alertText: 'Not enough iCloud storage' }],
    ['device_storage_low', { alertText: 'iPhone Storage Almost Full' }],
    ['network', { wifi: 'none' }],
    ['network', { wifi: 'hotspot' }],
    ['power_or_lock', { power: 'battery', deviceLocked: false }],
    ['ios_outdated', { iosVersion: '15.8', symptom: 'restore_fails' }],
    ['ios_beta', { iosBeta: true }],
    ['apple_outage', { appleBackupStatus: 'outage' }],
    ['apple_outage', { appleBackupStatus: 'issue' }],
    ['account_auth', { twoFactor: false, iosVersion: '17.1' }],
    ['account_auth', { emailVerified: false }],
    ['account_auth', { alertText: "Can't back up without a verified email address" }],
    ['backup_disabled', { backupEnabled: false }],
    ['app_data_too_large', { largeOfflineAppData: true }],
    ['corrupted_backup', { symptom: 'zero_kb' }],
    ['corrupted_local_data', { symptom: 'stops_at_percent', wifi: 'stable' }],
    ['sideloaded_apps', { sideloadedApps: true }],
    [
      'restrictions_or_profile',
      { profileOrRestrictions: true, alertText: 'There was a problem enabling iCloud Backup' },
    ],
    [
      'hardware_fault',
      {
        ...ruledOutBasics,
        computerBackupFails: true,
        stepsTried: {
          restart_device: 'no_change',
          reset_network_settings: 'no_change',
          update_ios: 'no_change',
          sign_out_in: 'no_change',
        },
      },
    ],
  ];
  it.each(cases)('%s', (cause, facts) => {
    const d = run(facts);
    expect(top(d)).toBe(cause);
    expect(d.causes[0]!.evidence.some((e) => e.direction === 'for')).toBe(true);
  });

  it('covers every cause in the knowledge', () => {
    expect(new Set(cases.map(([c]) => c))).toEqual(new Set(knowledge.causes.map((c) => c.id)));
  });

  it('sorts causes by score with a stable tie order', () => {
    const d = run({});
    const scores = d.causes.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(d.causes.map((c) => c.id).slice(0, 2)).toEqual(['storage_full', 'network']);
    expect(d.causes).toHaveLength(knowledge.causes.length);
  });

  it('two-factor matters only from iOS 16.3', () => {
    const ev = (v: string) =>
      run({ twoFactor: false, iosVersion: v })
        .causes.find((c) => c.id === 'account_auth')!
        .evidence.map((e) => e.id);
    expect(ev('16.2')).not.toContain('no_2fa_required');
    expect(ev('16.3')).toContain('no_2fa_required');
    expect(ev('16.10')).toContain('no_2fa_required');
  });
});

describe('conflicting evidence', () => {
  it('keeps both sides and lands between them', () => {
    const alertOnly = run({ alertText: 'Not enough iCloud storage' });
    const fitsOnly = run({
      storageUsedBytes: GIB,
      storageTotalBytes: 50 * GIB,
      backupSizeBytes: GIB,
    });
    const both = run({
      alertText: 'Not enough iCloud storage',
      storageUsedBytes: GIB,
      storageTotalBytes: 50 * GIB,
      backupSizeBytes: GIB,
    });
    const score = (d: Diagnosis) => d.causes.find((c) => c.id === 'storage_full')!.score;
    expect(score(both)).toBeLessThan(score(alertOnly));
    expect(score(both)).toBeGreaterThan(score(fitsOnly));
    const ev = both.causes.find((c) => c.id === 'storage_full')!.evidence;
    expect(ev.find((e) => e.direction === 'for')).toMatchObject({
      origin: 'alert',
      messageId: 'not_enough_storage',
    });
    expect(ev.find((e) => e.direction === 'against')).toMatchObject({
      id: 'backup_fits',
      facts: ['storageUsedBytes', 'storageTotalBytes', 'backupSizeBytes'],
    });
  });

  // A full iCloud stops the backup with its own message before it runs; a backup that is
  // running, estimating or stopping part way got past that check.
  const fullStorage = (d: Diagnosis) => d.causes.find((c) => c.id === 'storage_full')!;
  const running = knowledge.alerts.find((a) => a.id === 'taking_long')!;
  it.each(
    Object.entries(alertWordings(running)).flatMap(([lang, texts]) => texts.map((t) => [lang, t])),
  )(
    'a message that the backup is running argues against a full iCloud (%s: %s)',
    (_lang, alertText) => {
      const d = run({ alertText, wifi: 'stable' });
      expect(top(d)).not.toBe('storage_full');
      const against = fullStorage(d).evidence.find((e) => e.direction === 'against');
      expect(against).toMatchObject({ origin: 'alert', messageId: 'taking_long' });
      expect(render('en', against!.text)).toMatch(/not the message this cause brings/);
      expect(render('en', fullStorage(d).why)).toMatch(/^iCloud storage is full: unlikely/);
    },
  );

  it.each(['stuck_estimating', 'stops_at_percent'] as const)(
    'a backup that got under way (%s) argues against a full iCloud',
    (symptom) => {
      const d = run({ symptom });
      expect(top(d)).not.toBe('storage_full');
      const against = fullStorage(d).evidence.find((e) => e.direction === 'against');
      expect(against).toMatchObject({ origin: 'symptom', id: symptom });
      expect(render('de', against!.text)).toMatch(/^Du hast angegeben: .*meist nicht\.$/);
      expect(fullStorage(d).score).toBeLessThan(fullStorage(run({})).score);
    },
  );

  it('a message that the backup is running does not outweigh full storage measured', () => {
    const d = run({
      alertText: 'Backup is taking longer than expected',
      storageUsedBytes: 5 * GIB,
      storageTotalBytes: 5 * GIB,
      backupSizeBytes: 2 * GIB,
    });
    expect(top(d)).toBe('storage_full');
  });

  it('an iOS older than the current release is not a beta, unless the user says so', () => {
    const alertText = 'The last backup could not be completed.';
    const beta = (d: Diagnosis) => d.causes.find((c) => c.id === 'ios_beta')!;
    const old = run({ alertText, iosVersion: '15.8.5', deviceModel: 'iPhone 6s' });
    expect(d3(old)).not.toContain('ios_beta');
    expect(render('en', beta(old).evidence.find((e) => e.direction === 'against')!.text)).toBe(
      'iOS 15.8.5 is older than iOS 26, so it is a release, not a beta.',
    );
    expect(beta(run({ alertText })).score).toBeGreaterThan(beta(old).score);
    expect(top(run({ alertText, iosVersion: '15.8.5', iosBeta: true }))).toBe('ios_beta');
  });

  it('a stable Wi-Fi answer weakens a Wi-Fi alert', () => {
    const a = run({ alertText: 'iCloud Backup needs a Wi-Fi connection' });
    const b = run({ alertText: 'iCloud Backup needs a Wi-Fi connection', wifi: 'stable' });
    const net = (d: Diagnosis) => d.causes.find((c) => c.id === 'network')!;
    expect(net(b).score).toBeLessThan(net(a).score);
    expect(
      net(b)
        .evidence.map((e) => e.direction)
        .sort(),
    ).toEqual(['against', 'for']);
  });
});

describe('plan', () => {
  it('leads with waiting and holds back disruptive steps during an outage', () => {
    for (const status of ['outage', 'issue', 'maintenance'] as const) {
      const d = run({ appleBackupStatus: status, wifi: 'unstable', backupEnabled: true });
      expect(d.plan[0]!.stepId).toBe('wait_for_apple');
      const held = d.plan.filter((p) => p.heldBack);
      expect(held.map((p) => p.stepId)).toEqual(
        expect.arrayContaining(['reset_network_settings', 'reset_all_settings']),
      );
      for (const p of held) expect(p.heldBackReason?.key).toBe('why.step.held_back');
      // Held-back steps come after everything else.
      const firstHeld = d.plan.findIndex((p) => p.heldBack);
      expect(d.plan.slice(firstHeld).every((p) => p.heldBack)).toBe(true);
      expect(d.notices.map((n) => n.id)).toContain(
        status === 'maintenance' ? 'maintenance_wait' : 'outage_wait',
      );
    }
  });

  it('holds nothing back and does not wait when Apple reports no problem', () => {
    const d = run({ appleBackupStatus: 'available', wifi: 'unstable' });
    expect(planIds(d)).not.toContain('wait_for_apple');
    expect(d.plan.some((p) => p.heldBack)).toBe(false);
    expect(planIds(d)).toContain('reset_network_settings');
  });

  it('leaves out steps already tried and counts them as evidence', () => {
    const d = run({
      wifi: 'unstable',
      stepsTried: { check_wifi: 'no_change', reset_network_settings: 'no_change' },
    });
    expect(planIds(d)).not.toContain('check_wifi');
    expect(planIds(d)).not.toContain('reset_network_settings');
    expect(planIds(d)).toContain('other_network');
    const net = d.causes.find((c) => c.id === 'network')!;
    expect(net.evidence.some((e) => e.origin === 'step' && e.direction === 'against')).toBe(true);
  });

  it('keeps skipped steps in the plan, after the others of their group', () => {
    const before = planIds(run({ wifi: 'unstable' }));
    const after = planIds(run({ wifi: 'unstable', stepsTried: { restart_device: 'skipped' } }));
    expect(after).toContain('restart_device');
    expect(after.indexOf('restart_device')).toBeGreaterThan(before.indexOf('restart_device'));
    expect(after.filter((id) => id !== 'restart_device')).toEqual(
      before.filter((id) => id !== 'restart_device'),
    );
  });

  it('puts the computer copy first when a step that needs one was declined', () => {
    const old = {
      deviceModel: 'iPhone 12',
      iosVersion: '16.0',
      wifi: 'stable' as const,
      power: 'charging' as const,
    };
    const offered = planIds(run(old));
    expect(offered[0]).not.toBe('local_backup');
    expect(offered.indexOf('update_ios')).toBeGreaterThan(offered.indexOf('local_backup'));
    const declined = planIds(run({ ...old, stepsTried: { update_ios: 'skipped' } }));
    expect(declined[0]).toBe('local_backup');
    expect(declined).toContain('update_ios');
  });

  it('puts a free storage fix first when the backup is measured not to fit, beta or not', () => {
    const full = {
      storageUsedBytes: 200 * GIB,
      storageTotalBytes: 200 * GIB,
      backupSizeBytes: 4 * GIB,
    };
    const freeStorageFix =
      /^(delete_old_device_backups|exclude_large_apps|clean_message_attachments|review_icloud_photos)$/;
    for (const facts of [full, { ...full, iosBeta: true }]) {
      const plan = planIds(run(facts));
      expect(plan[0]).toMatch(freeStorageFix);
      // The guides free space before buying more.
      expect(plan.indexOf('upgrade_plan')).toBeGreaterThan(plan.indexOf(plan[0]!));
    }
    // On a Personal Hotspot the backup does not even start: another network is as decisive.
    expect(
      planIds(run({ ...full, wifi: 'hotspot' }))
        .slice(0, 2)
        .some((id) => freeStorageFix.test(id)),
    ).toBe(true);
  });

  it('orders the clean-up by what takes the space, and skips what cannot make it fit', () => {
    const full = { storageUsedBytes: 50 * GIB, storageTotalBytes: 50 * GIB, backupSizeBytes: GIB };
    const first = (storageByCategory: FactsT['storageByCategory']) =>
      planIds(run({ ...full, storageByCategory }))[0];
    expect(first({ messages: 30 * GIB, photos: 15 * GIB, backup: 5 * GIB })).toBe(
      'clean_message_attachments',
    );
    // Deleting photos removes them from every device: never the first clean-up, however big.
    expect(first({ photos: 30 * GIB, messages: 15 * GIB, backup: 5 * GIB })).toBe(
      'clean_message_attachments',
    );
    expect(first({ photos: 45 * GIB, backup: 5 * GIB })).toBe('delete_old_device_backups');
    // A category too small to make room gets no head start: 0.5 GB of messages for 3 GB needed.
    const tight = { ...full, backupSizeBytes: 3 * GIB };
    const small = planIds(
      run({ ...tight, storageByCategory: { messages: GIB / 2, backup: 5 * GIB } }),
    );
    expect(small.indexOf('delete_old_device_backups')).toBeLessThan(
      small.indexOf('clean_message_attachments'),
    );
    // No single category can make room (48 GB used on the free 5 GB): the bigger plan comes first.
    const over = planIds(
      run({
        storageUsedBytes: 48 * GIB,
        storageTotalBytes: 5 * GIB,
        storageByCategory: { photos: 40 * GIB, backup: 6 * GIB, docs: 2 * GIB },
      }),
    );
    expect(over.indexOf('upgrade_plan')).toBeLessThan(over.indexOf('delete_old_device_backups'));
    expect(first({ backup: 30 * GIB, photos: 15 * GIB, messages: 5 * GIB })).toBe(
      'delete_old_device_backups',
    );
    // The next backup's size unknown: a category helps when emptying it leaves room for the
    // smallest basic backup. 0.3 GB of backups in a full 5 GB plan leave too little; 6 GB in a
    // full 50 GB plan do.
    const fullPlanUnsized = (gb: number, storageByCategory: FactsT['storageByCategory']) =>
      planIds(run({ storageUsedBytes: gb * GIB, storageTotalBytes: gb * GIB, storageByCategory }));
    const freePlan = fullPlanUnsized(5, { photos: 4.6 * GIB, backup: 0.3 * GIB, other: 0.1 * GIB });
    expect(freePlan[0]).toBe('upgrade_plan');
    const roomy = fullPlanUnsized(50, { photos: 40 * GIB, backup: 6 * GIB, docs: 4 * GIB });
    expect(roomy[0]).toBe('delete_old_device_backups');
    expect(roomy.indexOf('upgrade_plan')).toBeGreaterThan(0);
    // A backup bigger than the whole plan: deleting old backups or photos cannot make it fit.
    const tooBig = planIds(
      run({ storageUsedBytes: 4 * GIB, storageTotalBytes: 5 * GIB, backupSizeBytes: 60 * GIB }),
    );
    expect(tooBig).toContain('upgrade_plan');
    expect(tooBig).not.toContain('delete_old_device_backups');
    expect(tooBig).not.toContain('review_icloud_photos');
  });

  it('reports a step that fixed the problem', () => {
    const d = run({ stepsTried: { turn_on_backup: 'fixed' } });
    expect(d.notices.map((n) => n.id)).toContain('step_fixed');
  });

  it('drops storage steps when plenty is free', () => {
    const d = run({
      storageUsedBytes: 10 * GIB,
      storageTotalBytes: 200 * GIB,
      backupSizeBytes: 3 * GIB,
    });
    const storageSteps = [
      'check_storage',
      'delete_old_device_backups',
      'exclude_large_apps',
      'upgrade_plan',
      'review_icloud_photos',
    ];
    for (const s of storageSteps) expect(planIds(d)).not.toContain(s);
    expect(planIds(run({ storageStatus: 'plenty' }))).not.toContain('upgrade_plan');
  });

  it('lets measured numbers overrule a guess of plenty of storage', () => {
    const measured = { storageUsedBytes: 180 * GIB, storageTotalBytes: 200 * GIB };
    const d = run({ ...measured, backupSizeBytes: 25 * GIB, storageStatus: 'plenty' });
    expect(top(d)).toBe('storage_full');
    expect(planIds(d)[0]).toMatch(/^(delete_old_device_backups|upgrade_plan|exclude_large_apps)$/);
    expect(planIds(d)).toContain('upgrade_plan');
    // The guess still counts while nothing is measured, and numbers that fit drop the fixes.
    expect(planIds(run({ storageStatus: 'plenty' }))).not.toContain('upgrade_plan');
    const fits = run({ ...measured, backupSizeBytes: GIB, storageStatus: 'full' });
    expect(planIds(fits)).not.toContain('upgrade_plan');
  });

  // Paying for a plan or deleting data is not a step to take on a hunch: check first.
  const storageFixes = [
    'delete_old_device_backups',
    'clean_message_attachments',
    'review_icloud_photos',
    'upgrade_plan',
    'app_own_backup',
  ];
  it.each<[string, FactsT]>([
    ['nothing known', {}],
    ['a generic failure message', { alertText: 'iPhone Backup Failed' }],
    ['an old iOS with a generic message', { iosVersion: '16.1', deviceModel: 'iPhone 8' }],
  ])('plans no paid or deleting storage fix while storage is unknown (%s)', (_, facts) => {
    const plan = planIds(run(facts));
    expect(plan).toContain('check_storage');
    expect(plan.filter((id) => storageFixes.includes(id))).toEqual([]);
  });

  it.each<[string, FactsT]>([
    [
      'measured short',
      { storageUsedBytes: 5 * GIB, storageTotalBytes: 5 * GIB, backupSizeBytes: GIB },
    ],
    ['the user says full', { storageStatus: 'full' }],
    ['the user says almost full', { storageStatus: 'almost_full' }],
    ["iOS's message, in German", { alertText: 'Nicht genügend iCloud-Speicher' }],
  ])('offers the storage fixes once storage is known to be short (%s)', (_, facts) => {
    expect(planIds(run(facts))).toEqual(expect.arrayContaining(storageFixes));
  });

  it('does not say "back up now" while the backup is measured not to fit', () => {
    const full = { storageUsedBytes: 5 * GIB, storageTotalBytes: 5 * GIB, backupSizeBytes: GIB };
    expect(planIds(run({ ...full, wifi: 'hotspot' }))).not.toContain('back_up_now');
    // A size of 0 is one Apple is still working out: a full account holds no backup either way.
    expect(planIds(run({ ...full, backupSizeBytes: 0 }))).not.toContain('back_up_now');
    expect(planIds(run({ ...full, storageUsedBytes: 4 * GIB, backupSizeBytes: 0 }))).toContain(
      'back_up_now',
    );
  });

  it('plans no step that makes a backup when a restore fails', () => {
    const backupOnly = [
      'check_storage',
      ...storageFixes,
      'exclude_large_apps',
      'plug_in_and_lock',
      'turn_on_backup',
      'back_up_now',
      'local_backup',
      'backup_without_computer',
      'delete_backup_and_start_over',
    ];
    for (const facts of [
      {},
      { iosVersion: '26.1', wifi: 'stable' as const },
      { stepsTried: { restore_other_backup: 'no_change' as const } },
      { storageStatus: 'full' as const, power: 'battery' as const, backupEnabled: false },
    ]) {
      const plan = planIds(run({ ...facts, symptom: 'restore_fails' }));
      expect(plan.filter((id) => backupOnly.includes(id))).toEqual([]);
      expect(plan).toContain('contact_apple');
    }
  });

  it("follows Apple's order for 'unable to access your account': sign in again, then the status", () => {
    const alertText = 'iCloud Backup was unable to access your account.';
    expect(planIds(run({ alertText })).slice(0, 2)).toEqual([
      'sign_in_again',
      'check_system_status',
    ]);
    const after = run({ alertText, stepsTried: { sign_in_again: 'no_change' } });
    const first = after.plan[0]!;
    expect(first.stepId).toBe('check_system_status');
    expect(first.causes).toEqual(['apple_outage']);
    expect(render('en', first.reason)).not.toMatch(/Apple can look into/);
    // Once the status is known, the check is gone.
    expect(planIds(run({ alertText, appleBackupStatus: 'available' }))).not.toContain(
      'check_system_status',
    );
  });

  it("plans a look at Apple's status while it is unknown, before the resets", () => {
    for (const facts of [
      {},
      { appleBackupStatus: 'unknown' as const, storageStatus: 'plenty' as const },
    ]) {
      const plan = planIds(run(facts));
      expect(plan).toContain('check_system_status');
      expect(plan.indexOf('check_system_status')).toBeLessThan(plan.indexOf('reset_all_settings'));
    }
    expect(planIds(run({ appleBackupStatus: 'available' }))).not.toContain('check_system_status');
  });

  it('takes a backup made another way as data kept safe, not as a fix of iCloud', () => {
    // The copy counts as the answer that a computer backup works, nothing more.
    const before = run({ symptom: 'zero_kb', computerBackupFails: false });
    const d = run({ symptom: 'zero_kb', stepsTried: { local_backup: 'fixed' } });
    const scores = (x: Diagnosis) => Object.fromEntries(x.causes.map((c) => [c.id, c.score]));
    expect(scores(d)).toEqual(scores(before));
    expect(d.causes.flatMap((c) => c.evidence).filter((e) => e.origin === 'step')).toEqual([]);
    expect(d.notices.map((n) => n.id)).toEqual(['alternative_done']);
    expect(render('en', d.notices[0]!.text)).toMatch(
      /^Your data is safe in "Back up to a computer/,
    );
    // With the data safe, starting the damaged backup over comes early.
    expect(planIds(d).slice(0, 2)).toContain('delete_backup_and_start_over');
  });

  it('counts a retry that changed nothing not against damaged data', () => {
    const base = { symptom: 'stops_at_percent' as const, wifi: 'stable' as const };
    const retried = run({
      ...base,
      stepsTried: { restart_stuck_backup: 'no_change', restart_device: 'no_change' },
    });
    expect(top(retried)).toBe('corrupted_local_data');
    const against = retried.causes
      .find((c) => c.id === 'corrupted_local_data')!
      .evidence.filter((e) => e.direction === 'against');
    // A damaged file is still there on the next try: stopping again is what it predicts.
    expect(against.map((e) => [e.id, e.weight])).toEqual([]);
    // A specific fix that changed nothing counts fully against what it tests: the app hunt
    // against an app's data. Damaged data it tests only in part (a damaged photo or system
    // database is no app to leave out, and the guides name "app data or media file"), so less.
    const excluded = run({ ...base, stepsTried: { find_app_that_stops_backup: 'no_change' } });
    const weightOn = (cause: string) =>
      excluded.causes
        .find((c) => c.id === cause)!
        .evidence.find((x) => x.id === 'find_app_that_stops_backup')?.weight;
    expect(weightOn('app_data_too_large')).toBe(1.2);
    expect(weightOn('corrupted_local_data')).toBe(0.8);
  });

  it('drops steps the facts contradict', () => {
    const d = run({
      backupEnabled: true,
      wifi: 'stable',
      power: 'charging',
      deviceLocked: true,
      iosBeta: false,
    });
    for (const s of ['turn_on_backup', 'check_wifi', 'plug_in_and_lock', 'leave_beta']) {
      expect(planIds(d)).not.toContain(s);
    }
  });

  it('orders least disruptive first within a cause', () => {
    const ids = planIds(run({ wifi: 'unstable' }));
    expect(ids.indexOf('check_wifi')).toBeLessThan(ids.indexOf('reset_network_settings'));
    expect(ids.indexOf('reset_network_settings')).toBeLessThan(ids.indexOf('reset_all_settings'));
  });

  it('puts a fresh local backup before deleting a damaged iCloud backup', () => {
    const ids = planIds(run({ symptom: 'zero_kb' }));
    expect(ids).toContain('delete_backup_and_start_over');
    expect(ids.indexOf('local_backup')).toBeLessThan(ids.indexOf('delete_backup_and_start_over'));
  });

  it('always ends in an escalation with consequences shown for disruptive steps', () => {
    const d = run({ wifi: 'unstable', twoFactor: false });
    expect(d.plan.some((p) => p.stepId === 'contact_apple')).toBe(true);
    for (const p of d.plan) {
      if (p.disruption === 'medium' || p.disruption === 'high')
        expect(p.consequences.length).toBeGreaterThan(0);
    }
    // Everything signing out does is said before it happens (issue 9).
    const signOut = d.plan.find((p) => p.stepId === 'sign_out_in')!;
    expect(signOut.consequences.map((c) => c.key)).toEqual([
      'consequence.whole_account_signs_out',
      'consequence.keep_a_copy_choice',
      'consequence.find_my_activation_lock',
      'consequence.trusted_device_code',
      'consequence.wallet_cards_removed',
      'consequence.restart_closes_apps',
    ]);
  });

  it('uses the Settings path for the device iOS version', () => {
    const path = (iosVersion: string, step: string) =>
      run({ iosVersion, wifi: 'unstable', emailVerified: false }).plan.find(
        (p) => p.stepId === step,
      )?.path?.key;
    expect(path('14.8', 'reset_network_settings')).toBe('path.reset_network.pre15');
    expect(path('15.0', 'reset_network_settings')).toBe('path.reset_network.ios15');
    expect(path('17.7', 'verify_email')).toBe('path.account.apple_id');
    expect(path('18.0', 'verify_email')).toBe('path.account.apple_account');
    const check = knowledge.steps.find((s) => s.id === 'check_storage')!;
    expect(pathFor(check, '16.7.2')?.key).toBe('path.manage_storage.pre17');
    expect(pathFor(check, '17')?.key).toBe('path.manage_storage.ios17');
    expect(pathFor(check)?.key).toBe('path.manage_storage.ios17');
  });
});

describe('next question', () => {
  it('is never one already answered, observed or marked not sure', () => {
    let facts: FactsT = {};
    const asked: string[] = [];
    for (let i = 0; i < 20; i++) {
      const q = run(facts).nextQuestion;
      if (!q) break;
      expect(asked).not.toContain(q.fact);
      asked.push(q.fact);
      facts = answer(facts, q.fact, i % 2 === 0 ? null : q.options.at(-1)!.value);
    }
    expect(asked.length).toBeGreaterThan(3);
  });

  it('skips facts a page reader already observed', () => {
    // "What do you see?" is the popup's first screen; storage is asked next, unless read.
    const seen: FactsT = { symptom: 'could_not_be_created' };
    const q = run({ ...seen, storageUsedBytes: GIB, storageTotalBytes: 5 * GIB }).nextQuestion;
    expect(q?.fact).not.toBe('storageStatus');
    expect(run(seen).nextQuestion?.fact).toBe('storageStatus');
  });

  it('asks about Apple status when the reader could not tell', () => {
    const seq: string[] = [];
    let facts: FactsT = {
      appleBackupStatus: 'unknown',
      symptom: 'could_not_be_created',
      storageStatus: 'plenty',
      wifi: 'stable',
    };
    for (let i = 0; i < 4; i++) {
      const q = run(facts).nextQuestion;
      if (!q) break;
      seq.push(q.fact);
      facts = answer(facts, q.fact, null);
    }
    expect(seq).toContain('appleBackupStatus');
  });

  it('offers "not sure" and explains which causes it separates', () => {
    const q = run({})!.nextQuestion!;
    expect(q.options.at(-1)).toEqual({ value: null, text: { key: 'question.unsure' } });
    expect(q.separates[0]).toBe('storage_full');
    expect(render('en', q.why)).toContain('iCloud storage is full');
  });

  it('asks at most 7 questions, and one more for each step that made no difference', () => {
    let facts: FactsT = {};
    for (let i = 0; i < 7; i++) {
      const q = run(facts).nextQuestion;
      expect(q, `question ${i + 1}`).not.toBeNull();
      facts = answer(facts, q!.fact, null);
    }
    expect(run(facts).nextQuestion).toBeNull();
    const withFailedStep = { ...facts, stepsTried: { restart_device: 'no_change' as const } };
    expect(run(withFailedStep).nextQuestion).not.toBeNull();
    const withSkippedStep = { ...facts, stepsTried: { restart_device: 'skipped' as const } };
    expect(run(withSkippedStep).nextQuestion).toBeNull();
  });

  it('does not count facts read from Apple pages against the question budget', () => {
    const at = '2026-06-01T11:55:00Z';
    let facts: FactsT = {
      storageUsedBytes: GIB,
      storageTotalBytes: 50 * GIB,
      appleBackupStatus: 'available',
      sources: {
        storageUsedBytes: { source: 'icloud', at },
        storageTotalBytes: { source: 'icloud', at },
        appleBackupStatus: { source: 'apple-status', at },
      },
    };
    let asked = 0;
    while (run(facts).nextQuestion && asked < 20) {
      facts = answer(facts, run(facts).nextQuestion!.fact, null);
      asked += 1;
    }
    expect(asked).toBe(7);
  });

  it('stops when one cause clearly leads', () => {
    expect(run({ appleBackupStatus: 'outage' }).nextQuestion).toBeNull();
    expect(
      run({ storageUsedBytes: 5 * GIB, storageTotalBytes: 5 * GIB, backupSizeBytes: GIB })
        .nextQuestion,
    ).toBeNull();
  });
});

describe('notices about retention', () => {
  it('warns when the last backup nears or passes 180 days', () => {
    expect(run({ lastSuccessfulBackup: '2025-12-20' }).notices.map((n) => n.id)).toContain(
      'retention_risk',
    );
    expect(run({ lastSuccessfulBackup: '2025-10-01' }).notices.map((n) => n.id)).toContain(
      'retention_passed',
    );
    expect(run({ lastSuccessfulBackup: '2026-05-30' }).notices).toEqual([]);
  });
});

/** Every sentence of a diagnosis the popup shows. */
const shownRefs = (d: Diagnosis) => [
  ...d.causes.map((c) => c.why),
  ...d.causes.flatMap((c) => c.evidence.map((e) => e.text)),
  ...d.plan.flatMap((p) => [p.reason, ...(p.heldBackReason ? [p.heldBackReason] : [])]),
  ...d.notices.map((n) => n.text),
  ...(d.nextQuestion ? [d.nextQuestion.why] : []),
];

describe('what Apple is said to do', () => {
  it('says of maintenance and of an outage only what the status page shows, never that Apple fixes something', () => {
    for (const appleBackupStatus of ['maintenance', 'outage'] as const) {
      const d = run({ appleBackupStatus, wifi: 'unstable', backupEnabled: true });
      const texts = shownRefs(d).map((ref) => render('en', ref));
      expect(
        d.plan.some((p) => p.heldBackReason),
        appleBackupStatus,
      ).toBe(true);
      expect(planIds(d)[0]).toBe('wait_for_apple');
      for (const line of texts) expect(line).not.toMatch(/Apple (has )?fix/i);
    }
  });

  it('says a step the user marked as the fix was marked, not that it fixed the backup', () => {
    const d = run({ stepsTried: { restart_device: 'fixed' } });
    const notice = d.notices.find((n) => n.id === 'step_fixed')!;
    expect(render('en', notice.text)).toMatch(/^You marked ".+" as having fixed it\./);
  });
});

describe('explanations', () => {
  const scenarios: FactsT[] = [
    {},
    { appleBackupStatus: 'outage', wifi: 'unstable' },
    {
      storageUsedBytes: 5 * GIB,
      storageTotalBytes: 5 * GIB,
      backupSizeBytes: GIB,
      iosVersion: '16.1',
    },
    {
      alertText: 'An Unknown Error Occurred',
      twoFactor: false,
      lastSuccessfulBackup: '2026-04-01',
      symptom: 'zero_kb',
      stepsTried: { restart_device: 'no_change' },
    },
  ];
  it.each(scenarios)(
    'every cause, step and notice says why in English and German (%#)',
    (facts) => {
      const d = run(facts);
      for (const ref of shownRefs(d)) {
        const en = render('en', ref);
        const de = render('de', ref);
        expect(en).not.toMatch(/[{}@]/);
        expect(de).not.toMatch(/[{}@]/);
        expect(de).not.toBe(en);
      }
      for (const p of d.plan) expect(p.summary.length).toBeGreaterThan(10);
    },
  );
});

describe('properties', () => {
  it('random valid facts never throw, are deterministic and JSON-serialisable', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        expect(Facts.safeParse(facts).success).toBe(true);
        const a = run(facts);
        const b = run(structuredClone(facts));
        expect(b).toEqual(a);
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
        const scores = a.causes.map((c) => c.score);
        expect(scores).toEqual([...scores].sort((x, y) => y - x));
        const tried = Object.entries(facts.stepsTried ?? {}).filter(([, o]) => o !== 'skipped');
        for (const [step] of tried) expect(planIds(a)).not.toContain(step);
        if (a.nextQuestion) {
          const { fact } = a.nextQuestion;
          const unknownStatus =
            fact === 'appleBackupStatus' && facts.appleBackupStatus === 'unknown';
          expect((facts as Record<string, unknown>)[fact] === undefined || unknownStatus).toBe(
            true,
          );
          expect(facts.unsure ?? []).not.toContain(a.nextQuestion.fact);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('every sentence shown for random facts has each value it names, in every language', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const refs = shownRefs(run(facts));
        for (const locale of LOCALES)
          for (const ref of refs) expect(render(locale, ref)).not.toMatch(/\{\w+\}/);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
