import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  diagnose,
  GIB,
  parseFacts,
  render,
  type Diagnosis,
  type Facts,
} from '../../../src/engine/diagnose.ts';
import { deriveValues } from '../../../src/engine/derive.ts';
import { evidenceDelta } from '../../../src/engine/question-value.ts';
import { eligibleQuestions, hypotheticalAnswers } from '../../../src/engine/questions.ts';
import { tally } from '../../../src/engine/rank.ts';
import { textParams } from '../../../src/engine/params.ts';
import { APPLE_PROBLEM_STATES, keys, knowledge, text } from '../../../src/knowledge/index.ts';
import { factsArb } from './arbitraries.ts';
import { alertWordings } from '../../../src/knowledge/start-slice.ts';

/** Behaviour classes of issue 9 ("Right advice for real people"), as properties where possible. */

const now = new Date('2026-06-01T12:00:00Z');
const run = (facts: Facts) => diagnose(facts, { now });
const planIds = (d: Diagnosis) => d.plan.map((p) => p.stepId);
const firstTwo = (d: Diagnosis) => planIds(d).slice(0, 2);
const CHECKS = knowledge.steps.filter((s) => s.kind === 'check').map((s) => s.id);
const STORAGE_FULL: Facts = {
  storageUsedBytes: 5 * GIB - GIB / 4,
  storageTotalBytes: 5 * GIB,
  backupSizeBytes: 2 * GIB,
};

describe('nothing false: no waiting unless Apple reports a problem', () => {
  const notReported = factsArb.chain((facts) =>
    fc
      .constantFrom<Facts['appleBackupStatus'] | 'absent' | 'unsure'>(
        'unknown',
        'available',
        'absent',
        'unsure',
      )
      .map((status): Facts => {
        const { appleBackupStatus: _, ...rest } = facts;
        if (status === 'absent') return rest;
        if (status === 'unsure') return { ...rest, unsure: ['appleBackupStatus'] };
        return { ...rest, appleBackupStatus: status };
      }),
  );

  it('never plans wait_for_apple, never holds steps back, never says Apple reports a problem', () => {
    fc.assert(
      fc.property(notReported, (facts) => {
        const d = run(facts);
        expect(firstTwo(d)).not.toContain('wait_for_apple');
        expect(planIds(d)).not.toContain('wait_for_apple');
        expect(d.plan.some((p) => p.heldBack)).toBe(false);
        expect(d.notices.map((n) => n.id)).not.toContain('outage_wait');
        expect(d.notices.map((n) => n.id)).not.toContain('maintenance_wait');
        for (const p of d.plan) {
          const said = [p.reason, { key: keys.step(p.stepId).instructions }].map((r) =>
            render('en', r),
          );
          for (const s of said) expect(s).not.toMatch(/Apple reports|lists a current/);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('with the status unknown, the plan may check the status page', () => {
    const d = run({ appleBackupStatus: 'unknown', symptom: 'could_not_be_created' });
    expect(planIds(d)).toContain('check_system_status');
    expect(d.plan.find((p) => p.stepId === 'check_system_status')?.kind).toBe('check');
  });

  it('waits first while Apple reports an issue, outage or maintenance in progress', () => {
    for (const status of APPLE_PROBLEM_STATES)
      expect(firstTwo(run({ appleBackupStatus: status, power: 'battery' }))[0]).toBe(
        'wait_for_apple',
      );
  });
});

describe('checks and fixes', () => {
  it('"no change" on a step that only looks is never evidence against a cause', () => {
    const tried = fc.dictionary(
      fc.constantFrom(...CHECKS),
      fc.constantFrom('no_change' as const, 'skipped' as const),
    );
    fc.assert(
      fc.property(factsArb, tried, (facts, stepsTried) => {
        const withChecks = run({ ...facts, stepsTried });
        const without = run({ ...facts, stepsTried: {} });
        expect(withChecks.causes.map((c) => [c.id, c.score])).toEqual(
          without.causes.map((c) => [c.id, c.score]),
        );
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('asks a user whose restore fails nothing that only concerns making a backup', () => {
    const asked = (first: Facts, answer: 'unsure' | 'first') => {
      let facts: Facts = first;
      const seen: string[] = [];
      for (let q = run(facts).nextQuestion; q; q = run(facts).nextQuestion) {
        seen.push(q.fact);
        facts =
          answer === 'unsure' || q.input !== 'choice'
            ? { ...facts, unsure: [...(facts.unsure ?? []), q.fact] }
            : { ...facts, [q.fact]: q.options[0]!.value };
      }
      return seen;
    };
    for (const answer of ['unsure', 'first'] as const) {
      const restore = asked({ symptom: 'restore_fails' }, answer);
      expect(restore).toContain('wifi');
      for (const fact of ['backupEnabled', 'deviceLocked', 'storageStatus'])
        expect(restore).not.toContain(fact);
    }
    expect(asked({ symptom: 'zero_kb' }, 'unsure')).toEqual(
      expect.arrayContaining(['backupEnabled', 'deviceLocked', 'storageStatus']),
    );
  });

  it('never asks to look at the storage the user just said is full', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        expect(planIds(run({ ...facts, storageStatus: 'full' }))).not.toContain('check_storage');
      }),
      { numRuns: 150 },
    );
    expect(planIds(run({ storageStatus: 'almost_full' }))).toContain('check_storage');
  });

  it('leaves big apps out first when one backup is several times a basic one and does not fit', () => {
    const facts = (backupGb: number): Facts => ({
      storageUsedBytes: 120 * GIB,
      storageTotalBytes: 200 * GIB,
      backupSizeBytes: backupGb * GIB,
    });
    const big = run(facts(150));
    expect(planIds(big)[0]).toBe('exclude_large_apps');
    expect(
      big.causes.find((c) => c.id === 'app_data_too_large')!.evidence.map((e) => e.id),
    ).toContain('backup_unusually_large');
    // A backup of an ordinary size that does not fit: old backups are the guides' first clean-up.
    const ordinary = run({ ...facts(12), storageUsedBytes: 195 * GIB });
    expect(planIds(ordinary)[0]).toBe('delete_old_device_backups');
  });

  it('a specific fix that worked puts its cause first', () => {
    const specific = knowledge.steps.filter(
      (s) => s.kind === 'fix' && s.addresses.length === 1 && !s.retry,
    );
    expect(specific.length).toBeGreaterThan(5);
    for (const step of specific) {
      const d = run({ stepsTried: { [step.id]: 'fixed' } });
      expect(d.causes[0]!.id, step.id).toBe(step.addresses[0]);
    }
  });

  it('numbers that prove storage is full keep it first, whatever the step outcomes', () => {
    const storageSteps = knowledge.steps
      .filter((s) => s.addresses.includes('storage_full'))
      .map((s) => s.id);
    const tried = fc.dictionary(
      fc.constantFrom(...storageSteps),
      fc.constantFrom('no_change' as const, 'skipped' as const),
    );
    fc.assert(
      fc.property(tried, (stepsTried) => {
        const d = run({ ...STORAGE_FULL, stepsTried });
        expect(d.causes[0]!.id).toBe('storage_full');
        const storage = d.causes[0]!.evidence;
        expect(storage.filter((e) => e.origin === 'step' && e.direction === 'against')).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('failed tidy-ups alone never make a hardware fault likely', () => {
    const fixes = knowledge.steps.filter((s) => s.kind === 'fix').map((s) => s.id);
    const failed = fc.uniqueArray(fc.constantFrom(...fixes), { minLength: 1 });
    fc.assert(
      fc.property(factsArb, failed, (facts, ids) => {
        const { computerBackupFails: _, ...rest } = facts;
        const stepsTried = Object.fromEntries(ids.map((id) => [id, 'no_change' as const]));
        const d = run({ ...rest, stepsTried });
        const hardware = d.causes.find((c) => c.id === 'hardware_fault')!;
        expect(hardware.evidence.filter((e) => e.direction === 'for')).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('a computer backup that fails too points at the device and asks for Apple first', () => {
    const d = run({
      wifi: 'stable',
      storageStatus: 'plenty',
      power: 'charging',
      deviceLocked: true,
      computerBackupFails: true,
    });
    expect(d.causes[0]!.id).toBe('hardware_fault');
    expect(firstTwo(d)).toContain('contact_apple');
  });

  it('frees the device first when its own full storage explains a computer backup failing too', () => {
    for (const id of ['device_storage_full', 'device_storage_almost_full']) {
      const alert = knowledge.alerts.find((a) => a.id === id)!;
      for (const wordings of Object.values(alertWordings(alert))) {
        const plan = planIds(run({ alertText: wordings[0]!, computerBackupFails: true }));
        expect(plan.slice(0, 2), wordings[0]).not.toContain('contact_apple');
        expect(plan.slice(0, 2), wordings[0]).toEqual(
          expect.arrayContaining([
            expect.stringMatching(/^(offload_unused_apps|free_device_space)$/),
          ]),
        );
      }
    }
  });

  it('asks whether a computer backup works once two fixes changed nothing', () => {
    const facts: Facts = {
      storageStatus: 'plenty',
      wifi: 'stable',
      stepsTried: { restart_device: 'no_change' },
    };
    expect(run(facts).nextQuestion?.fact).not.toBe('computerBackupFails');
    const twice = {
      ...facts,
      stepsTried: { restart_device: 'no_change', back_up_now: 'no_change' },
    };
    expect(run(twice as Facts).nextQuestion?.fact).toBe('computerBackupFails');
  });
});

describe('which iPhone', () => {
  it('never suggests updating a device that already runs its newest iOS', () => {
    for (const [deviceModel, iosVersion] of [
      ['iPhone 7', '15.8.3'],
      ['iPhone9,3', '15.8'],
      ['iPhone 8 Plus', '16.7.10'],
      ['iPhone XR', '18.6'],
      ['iPad Air 2', '15.8'],
    ]) {
      const d = run({ deviceModel, iosVersion, symptom: 'restore_fails' });
      expect(planIds(d), deviceModel).not.toContain('update_ios');
      expect(planIds(d), deviceModel).not.toContain('update_then_restore');
      const ios = d.causes.find((c) => c.id === 'ios_outdated')!;
      expect(ios.evidence.find((e) => e.direction === 'against')?.summary).toBeDefined();
    }
  });

  it('offers updating before a restore within the current major, whose newest release is not known', () => {
    for (const [deviceModel, iosVersion] of [
      ['iPhone 17 Pro', '26.0'],
      ['iPhone 15', '26.1'],
      [undefined, '26.0.1'],
    ] as const) {
      const d = run({ ...(deviceModel && { deviceModel }), iosVersion, symptom: 'restore_fails' });
      expect(planIds(d).slice(0, 2), iosVersion).toContain('update_then_restore');
      const ios = d.causes.find((c) => c.id === 'ios_outdated')!;
      expect(ios.evidence.map((e) => e.id)).toContain('ios_current');
    }
  });

  it('measures "outdated" against what the model can run', () => {
    const ev = (facts: Facts) =>
      run(facts)
        .causes.find((c) => c.id === 'ios_outdated')!
        .evidence.map((e) => e.id);
    expect(ev({ deviceModel: 'iPhone 7', iosVersion: '15.8.3' })).toEqual(['ios_last_for_model']);
    expect(ev({ deviceModel: 'iPhone 7', iosVersion: '15.7' })).toEqual(['ios_update_for_model']);
    expect(ev({ deviceModel: 'iPhone 11', iosVersion: '15.7' })).toEqual(['ios_behind_model']);
    expect(ev({ iosVersion: '15.7' })).toEqual(['ios_behind_current']);
    expect(ev({ iosVersion: '27.0' })).toEqual(['ios_current']);
    const behind = run({ deviceModel: 'iPhone 11', iosVersion: '15.7' }).causes.find(
      (c) => c.id === 'ios_outdated',
    )!;
    expect(behind.evidence[0]!.summary).toBe(
      'According to your answers, this iPhone 11 runs iOS 15.7; that model can run iOS 26.',
    );
  });

  it('asks for the model only when it matters', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const { deviceModel: _, ...rest } = facts;
        const q = run(rest).nextQuestion;
        if (q?.fact !== 'deviceModel') return;
        const values = deriveValues(rest, now);
        expect(
          values.iosBelowCurrent === true || ['none', 'hotspot'].includes(String(rest.wifi)),
        ).toBe(true);
        expect(q.input).toBe('model');
      }),
      { numRuns: 150 },
    );
    expect(
      eligibleQuestions({ iosVersion: '26.1' }, deriveValues({ iosVersion: '26.1' }, now)).map(
        (q) => q.fact,
      ),
    ).not.toContain('deviceModel');
    expect(
      eligibleQuestions({ iosVersion: '15.8' }, deriveValues({ iosVersion: '15.8' }, now)).map(
        (q) => q.fact,
      ),
    ).toContain('deviceModel');
  });

  it('refuses a model it does not know, naming the field', () => {
    const result = parseFacts({ deviceModel: 'Galaxy S24' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]!.path).toBe('deviceModel');
      expect(result.errors[0]!.message).toMatch(/iPhone 7/);
    }
  });

  it('says so when the model cannot run the given iOS, and then does not rely on the model', () => {
    const d = run({ deviceModel: 'iPhone 7', iosVersion: '17.5' });
    expect(d.notices.map((n) => n.id)).toContain('model_version_mismatch');
    const ios = d.causes.find((c) => c.id === 'ios_outdated')!;
    expect(ios.evidence.map((e) => e.id)).toEqual(['ios_behind_current']);
  });

  it('backs up over cellular on a 5G iPhone without Wi-Fi, never on one without 5G', () => {
    expect(firstTwo(run({ wifi: 'none', deviceModel: 'iPhone 13' }))[0]).toBe(
      'back_up_over_cellular',
    );
    expect(planIds(run({ wifi: 'none', deviceModel: 'iPhone 11' }))).not.toContain(
      'back_up_over_cellular',
    );
    expect(firstTwo(run({ wifi: 'none', deviceModel: 'iPhone 11' }))[0]).toBe('other_network');
  });

  it('says of a device without the cellular backup what Apple describes, not that it cannot', () => {
    // Apple's article describes the cellular backup for iPhones with 5G only; whether an iPad
    // with 5G has it is not documented, so no sentence may say it cannot.
    for (const deviceModel of ['iPad Pro 11-inch (M4)', 'iPad (10th generation)', 'iPhone 11']) {
      const said = run({ wifi: 'none', deviceModel })
        .causes.flatMap((c) => c.evidence)
        .filter((e) => e.id === 'wifi_none_no_cellular')
        .map((e) => render('en', e.text));
      expect(said, deviceModel).toHaveLength(1);
      expect(said[0]).toContain(deviceModel);
      expect(said[0]).not.toMatch(/cannot|can't/);
    }
  });

  it('never offers the cellular backup the message says is not available: another network first', () => {
    const unavailable = knowledge.alerts.find((a) => a.id === 'cellular_unavailable')!;
    for (const [language, wordings] of Object.entries(alertWordings(unavailable))) {
      for (const facts of [{}, { wifi: 'none', deviceModel: 'iPhone 13' }] as Facts[]) {
        const plan = planIds(run({ ...facts, alertText: wordings[0]! }));
        expect(plan, language).not.toContain('back_up_over_cellular');
        expect(plan[0], language).toBe('other_network');
      }
    }
  });

  it('offers the cellular backup to a user whose message is about it, unless the iPhone has no 5G', () => {
    const cellular = knowledge.alerts.find((a) => a.id === 'cellular_backup')!;
    for (const [language, wordings] of Object.entries(alertWordings(cellular))) {
      const alertText = wordings[0]!;
      expect(planIds(run({ alertText })), language).toContain('back_up_over_cellular');
      expect(planIds(run({ alertText, deviceModel: 'iPhone 11' })), language).not.toContain(
        'back_up_over_cellular',
      );
    }
  });
});

describe('settings paths', () => {
  const withVariants = knowledge.steps.filter((s) => (s.paths?.length ?? 0) > 1);

  it('give the path of the iOS before the newest too while the version is unknown', () => {
    expect(withVariants.length).toBeGreaterThan(5);
    for (const step of withVariants) {
      const item = run({ stepsTried: {} }).plan.find((p) => p.stepId === step.id);
      if (!item) continue;
      const newest = step.paths!.find((v) => v.maxIos === undefined)!;
      expect(item.path?.key, step.id).toBe(newest.key);
      expect(item.olderPath?.before, step.id).toBe(newest.minIos);
      expect(item.olderPath?.path.key, step.id).not.toBe(newest.key);
    }
    expect(run({ symptom: 'zero_kb' }).plan.some((p) => p.olderPath)).toBe(true);
  });

  it('give only the one path for a known version, and none extra for a step with one path', () => {
    for (const iosVersion of ['15.8', '17.5', '18.1']) {
      for (const item of run({ iosVersion, symptom: 'zero_kb' }).plan)
        expect(item.olderPath, `${iosVersion} ${item.stepId}`).toBeUndefined();
    }
    const pathsOf = (id: string) => knowledge.steps.find((s) => s.id === id)?.paths ?? [];
    const single = run({}).plan.filter((p) => pathsOf(p.stepId).length === 1);
    for (const item of single) expect(item.olderPath).toBeUndefined();
  });
});

describe('gentler account steps first', () => {
  it('"sign in again" always comes before signing out', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const ids = planIds(run(facts));
        const out = ids.indexOf('sign_out_in');
        if (out < 0 || facts.stepsTried?.sign_in_again) return;
        expect(ids.indexOf('sign_in_again')).toBeGreaterThanOrEqual(0);
        expect(ids.indexOf('sign_in_again')).toBeLessThan(out);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('what the user already did or declined', () => {
  const leading = knowledge.steps.filter((s) => s.kind !== 'wait' && s.leadWhen);

  it('a step the user skipped no longer leads, even where its facts would make it lead', () => {
    // Storage measured short: paying and deleting old backups lead, until the user declines them.
    const plan = planIds(run(STORAGE_FULL));
    const leads = plan.filter((id) => leading.some((s) => s.id === id));
    expect(leads).toContain(plan[0]);
    const stepsTried = Object.fromEntries(leads.map((id) => [id, 'skipped' as const]));
    const declined = planIds(run({ ...STORAGE_FULL, stepsTried }));
    expect(leads).not.toContain(declined[0]);
    expect(declined).toEqual(expect.arrayContaining(leads));
  });

  it('a step done as part of another is not offered again', () => {
    const covering = knowledge.steps.filter((s) => s.covers?.length);
    expect(covering.length).toBeGreaterThan(0);
    for (const step of covering) {
      const facts: Facts = { symptom: 'stops_at_percent' };
      for (const outcome of ['no_change', 'fixed'] as const) {
        const ids = planIds(run({ ...facts, stepsTried: { [step.id]: outcome } }));
        for (const covered of step.covers!)
          expect(ids, `${step.id} ${outcome}`).not.toContain(covered);
      }
      const skipped = planIds(run({ ...facts, stepsTried: { [step.id]: 'skipped' } }));
      for (const covered of step.covers!) expect(skipped).toContain(covered);
    }
  });
});

describe('what a step that changed nothing says', () => {
  it('a switch that will not turn on points at a restriction or the account, not at itself', () => {
    const off = run({ backupEnabled: false });
    const stuck = run({ backupEnabled: false, stepsTried: { turn_on_backup: 'no_change' } });
    const score = (d: Diagnosis, id: string) => d.causes.find((c) => c.id === id)!.score;
    for (const id of ['backup_disabled', 'storage_full', 'network', 'power_or_lock'])
      expect(score(stuck, id), id).toBeLessThan(score(off, id));
    for (const id of ['restrictions_or_profile', 'account_auth'])
      expect(score(stuck, id), id).toBeGreaterThan(score(off, id));
    expect(['restrictions_or_profile', 'account_auth']).toContain(stuck.causes[0]!.id);
    // "Back Up Now" needs the switch on.
    expect(planIds(off)).toContain('back_up_now');
    expect(planIds(stuck)).not.toContain('back_up_now');
  });

  it('a restriction is not what stops a backup whose switch is on', () => {
    const profile = { profileOrRestrictions: true, power: 'battery' as const };
    const on = run({ ...profile, backupEnabled: true });
    const unknown = run(profile);
    expect(on.causes[0]!.id).toBe('power_or_lock');
    expect(firstTwo(on)).not.toContain('remove_profile_or_restrictions');
    expect(firstTwo(unknown)).toContain('remove_profile_or_restrictions');
  });
});

describe('when the decisive fix is declined', () => {
  const alternatives = new Set(
    knowledge.steps.filter((s) => s.kind === 'alternative').map((s) => s.id),
  );
  it.each([
    ['turn_on_two_factor', { twoFactor: false, iosVersion: '26.1' }],
    ['remove_sideloaded_apps', { sideloadedApps: true }],
    ['local_backup', { symptom: 'zero_kb' }],
  ] as [string, Facts][])(
    '%s declined: another way to keep the data safe comes first',
    (step, facts) => {
      expect(planIds(run(facts))[0]).toBe(step);
      const plan = planIds(run({ ...facts, stepsTried: { [step]: 'skipped' } }));
      expect(alternatives.has(plan[0]!), plan.join(', ')).toBe(true);
      expect(plan[0]).not.toBe(step);
    },
  );

  it('so does waiting that did not end the problem Apple reports', () => {
    const issue: Facts = { appleBackupStatus: 'issue' };
    expect(planIds(run(issue))[0]).toBe('wait_for_apple');
    const plan = planIds(run({ ...issue, stepsTried: { wait_for_apple: 'no_change' } }));
    expect(alternatives.has(plan[0]!), plan.join(', ')).toBe(true);
  });

  it('and waiting declined: a copy first, waiting still offered after what can be done now', () => {
    for (const appleBackupStatus of ['issue', 'outage', 'maintenance'] as const) {
      const plan = planIds(run({ appleBackupStatus, stepsTried: { wait_for_apple: 'skipped' } }));
      expect(alternatives.has(plan[0]!), plan.join(', ')).toBe(true);
      expect(plan.slice(0, 2)).not.toContain('wait_for_apple');
      expect(plan).toContain('wait_for_apple');
    }
  });
});

describe('resets come last', () => {
  const high = new Set(knowledge.steps.filter((s) => s.disruption === 'high').map((s) => s.id));
  const requires = new Map(knowledge.steps.map((s) => [s.id, s.requires ?? []]));
  const copies = new Set(knowledge.steps.filter((s) => s.kind === 'alternative').map((s) => s.id));

  /**
   * Every reset comes after every gentler check, fix and way of keeping a copy, until the
   * computer copy it requires is made; a gentler step it requires (signing in again) being done
   * makes it no gentler.
   */
  const resetsLast = (facts: Facts) => {
    const d = run(facts);
    const made = (id: string) => facts.stepsTried?.[id] === 'fixed';
    d.plan.forEach((item, at) => {
      if (!high.has(item.stepId)) return;
      const needs = requires.get(item.stepId)!;
      if (needs.some((id) => copies.has(id)) && needs.every(made)) return;
      // A step brought in only as what a reset requires comes right before that reset.
      const prerequisites = d.plan.flatMap((p) =>
        high.has(p.stepId) ? requires.get(p.stepId)! : [],
      );
      const gentler = d.plan.filter(
        (p) =>
          ['fix', 'check', 'alternative'].includes(p.kind) &&
          !high.has(p.stepId) &&
          !p.heldBack &&
          !prerequisites.includes(p.stepId),
      );
      for (const g of gentler)
        expect(d.plan.indexOf(g), `${g.stepId} before ${item.stepId}`).toBeLessThan(at);
    });
  };

  it('after every gentler check, fix and copy, until the copy they require is made', () => {
    fc.assert(fc.property(factsArb, resetsLast), { numRuns: 150 });
  }, 60_000);

  it.each([
    ['the account alert', { alertText: 'iCloud Backup is unable to access your account' }],
    ['a sign-in request, stable Wi-Fi', { alertText: 'Apple ID Verification', wifi: 'stable' }],
    [
      'the account alert on battery',
      { alertText: 'iCloud Backup is unable to access your account', power: 'battery' },
    ],
    ['a switch that will not turn on', { alertText: 'There was a problem enabling iCloud Backup' }],
    [
      'an unverified email, verified since',
      { alertText: 'Apple ID Verification', emailVerified: true },
    ],
  ] as [string, Facts][])(
    'signing out stays last once signing in again changed nothing (%s)',
    (_, facts) => {
      const tried: Facts = { ...facts, stepsTried: { sign_in_again: 'no_change' } };
      resetsLast(tried);
      const ids = planIds(run(tried));
      expect(ids).toContain('sign_out_in');
      // Signing out removes iCloud data from the device: a computer copy first.
      expect(ids.indexOf('local_backup')).toBeLessThan(ids.indexOf('sign_out_in'));
      for (const gentle of ['back_up_now', 'check_storage', 'plug_in_and_lock'])
        if (ids.includes(gentle))
          expect(ids.indexOf(gentle), gentle).toBeLessThan(ids.indexOf('sign_out_in'));
    },
  );

  it('starting the iCloud backup over comes early once a computer copy exists', () => {
    const facts: Facts = { symptom: 'zero_kb', stepsTried: { local_backup: 'fixed' } };
    expect(firstTwo(run(facts))).toContain('delete_backup_and_start_over');
  });
});

describe('an alert that names another problem', () => {
  it('counts against a full iCloud, which shows its own alert', () => {
    // Messages about the account or the connection; generic ones ("could not be completed")
    // are shown for a full iCloud too.
    const specific = [
      'cannot_access_account',
      'email_not_verified',
      'sign_in_required',
      'needs_wifi',
      'cellular_backup',
    ];
    const others = knowledge.alerts.filter((a) => specific.includes(a.id));
    expect(others.map((a) => a.id).sort()).toEqual([...specific].sort());
    for (const alert of others) {
      const d = run({ alertText: text('en', keys.alert(alert.id).title) });
      const storage = d.causes.find((c) => c.id === 'storage_full')!;
      const prior = knowledge.causes.find((c) => c.id === 'storage_full')!.prior;
      expect(storage.score, alert.id).toBeLessThan(prior);
    }
  });
});

describe('a failing restore', () => {
  it('does not blame a full iCloud storage, said or measured: a restore reads a backup that exists', () => {
    const full: Facts[] = [
      { storageStatus: 'full' },
      { storageStatus: 'almost_full' },
      { ...STORAGE_FULL },
      { storageUsedBytes: 48 * GIB, storageTotalBytes: 50 * GIB, backupSizeBytes: 6 * GIB },
    ];
    for (const facts of full) {
      const d = run({ ...facts, symptom: 'restore_fails' });
      const top3 = d.causes.slice(0, 3).map((c) => c.id);
      expect(top3, JSON.stringify(facts)).not.toContain('storage_full');
      // Backing up (not restoring) with the same storage: still the storage first.
      expect(run(facts).causes[0]!.id, JSON.stringify(facts)).toBe('storage_full');
    }
  });
});

describe('steps for a failing restore and a stuck backup', () => {
  it('appear with their situation, and only then', () => {
    const restore = ['update_then_restore', 'restore_other_backup'];
    const stuck = ['restart_stuck_backup', 'find_app_that_stops_backup'];
    expect(firstTwo(run({ symptom: 'restore_fails' })).sort()).toEqual([...restore].sort());
    expect(firstTwo(run({ symptom: 'stops_at_percent' }))[0]).toBe('restart_stuck_backup');
    expect(planIds(run({ symptom: 'stuck_estimating' }))).toEqual(expect.arrayContaining(stuck));
    expect(planIds(run({ alertText: 'Estimating Time Remaining' }))).toContain(
      'restart_stuck_backup',
    );
    for (const symptom of ['zero_kb', 'weeks_old', 'could_not_be_created'] as const) {
      const ids = planIds(run({ symptom }));
      for (const id of [...restore, ...stuck]) expect(ids, symptom).not.toContain(id);
    }
  });

  it('a path without a computer is offered wherever the computer backup is', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const ids = planIds(run(facts));
        if (ids.includes('local_backup') && !facts.stepsTried?.backup_without_computer)
          expect(ids).toContain('backup_without_computer');
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

describe('retention comes from the data', () => {
  it('notices carry the number of days Apple keeps a backup', () => {
    const { retentionDays, retentionWarningDays } = knowledge.storage;
    const day = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString().slice(0, 10);
    const risk = run({ lastSuccessfulBackup: day(retentionWarningDays + 1) }).notices.find(
      (n) => n.id === 'retention_risk',
    );
    expect(risk?.text.params).toMatchObject({
      retention: retentionDays,
      left: retentionDays - retentionWarningDays - 1,
    });
    expect(run({ lastSuccessfulBackup: day(retentionWarningDays - 1) }).notices).toEqual([]);
    const passed = run({ lastSuccessfulBackup: day(retentionDays) }).notices.map((n) => n.id);
    expect(passed).toContain('retention_passed');
  });
});

describe('question value', () => {
  it('the incremental evidence change equals a full re-scoring', () => {
    fc.assert(
      fc.property(factsArb, (full) => {
        // Leave some facts open so there are questions to try.
        const facts = Object.fromEntries(
          Object.entries(full).filter((_, i) => i % 2 === 0),
        ) as Facts;
        const values = deriveValues(facts, now);
        const params = textParams(facts, values);
        const current = tally(facts, values, undefined, params, false);
        for (const q of eligibleQuestions(facts, values)) {
          for (const answer of hypotheticalAnswers(q, now)) {
            const hypo = { ...facts, [q.fact]: answer } as Facts;
            const hypoValues = deriveValues(hypo, now);
            const delta = evidenceDelta(q.fact, facts, values, hypo, hypoValues);
            if (!delta) continue;
            const after = tally(hypo, hypoValues, undefined, params, false);
            after.forEach((t, i) =>
              expect(t.logit - current[i]!.logit).toBeCloseTo(delta.get(t.id) ?? 0, 9),
            );
          }
        }
      }),
      { numRuns: 80 },
    );
  }, 60_000);
});

describe('a safe copy before anything that risks the data', () => {
  const order = (d: Diagnosis, a: string, b: string) => {
    const ids = planIds(d);
    expect(ids, a).toContain(a);
    expect(ids, b).toContain(b);
    return ids.indexOf(a) < ids.indexOf(b);
  };

  it('offers a computer copy in every plan, right before updating iOS, and before any reset', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const ids = planIds(run(facts));
        if (facts.symptom === 'restore_fails' || ids.includes('delete_backup_and_start_over'))
          return;
        const tried = facts.stepsTried ?? {};
        if (Object.values(tried).includes('fixed') || 'local_backup' in tried) return;
        if (facts.computerBackupFails) return;
        expect(ids).toContain('local_backup');
        if (ids.includes('reset_all_settings'))
          expect(order(run(facts), 'local_backup', 'reset_all_settings')).toBe(true);
      }),
      { numRuns: 150 },
    );
    const d = run({ iosVersion: '15.0', deviceModel: 'iPhone 13' });
    const ids = planIds(d);
    expect(ids.indexOf('local_backup')).toBe(ids.indexOf('update_ios') - 1);
    // Declined, the copy is not pushed in front of the update again.
    const declined = planIds(
      run({
        iosVersion: '15.0',
        deviceModel: 'iPhone 13',
        stepsTried: { local_backup: 'skipped' },
      }),
    );
    expect(declined.indexOf('update_ios')).toBeLessThan(declined.indexOf('local_backup'));
  });

  it('never offers deleting the iCloud backup once the computer copy failed or was declined', () => {
    for (const outcome of ['no_change', 'skipped'] as const) {
      const d = run({ symptom: 'zero_kb', stepsTried: { local_backup: outcome } });
      expect(planIds(d), outcome).not.toContain('delete_backup_and_start_over');
    }
    expect(planIds(run({ symptom: 'zero_kb', stepsTried: { local_backup: 'fixed' } }))).toContain(
      'delete_backup_and_start_over',
    );
  });

  it('brings the copy forward when Apple is about to delete the last backup', () => {
    const d = run({ lastSuccessfulBackup: '2025-12-05', backupEnabled: false, wifi: 'none' });
    expect(planIds(d).indexOf('local_backup')).toBeLessThan(3);
  });
});

describe('steps only where the facts call for them', () => {
  it('resets no network settings for someone without Wi-Fi or on a hotspot', () => {
    for (const wifi of ['none', 'hotspot'] as const)
      expect(planIds(run({ wifi })), wifi).not.toContain('reset_network_settings');
  });

  it('offers a recovery lab only when a computer backup fails too, and removing apps only when some came from outside the App Store', () => {
    const many = { wifi: 'stable', power: 'charging', storageStatus: 'plenty' } as const;
    expect(planIds(run(many))).not.toContain('recovery_lab');
    expect(planIds(run({ ...many, computerBackupFails: true }))).toContain('recovery_lab');
    expect(planIds(run({ ...many, alertText: 'An Unknown Error Occurred' }))).not.toContain(
      'remove_sideloaded_apps',
    );
    expect(planIds(run({ ...many, sideloadedApps: true }))).toContain('remove_sideloaded_apps');
  });

  it('keeps the storage the user saw full as the cause when unrelated steps change nothing', () => {
    const d = run({
      storageStatus: 'full',
      stepsTried: {
        app_own_backup: 'no_change',
        delete_old_device_backups: 'no_change',
        restart_device: 'no_change',
      },
    });
    expect(d.causes[0]!.id).toBe('storage_full');
    const ids = planIds(d);
    expect(ids.indexOf('upgrade_plan')).toBeGreaterThan(-1);
    expect(ids.indexOf('upgrade_plan')).toBeLessThan(ids.indexOf('reset_all_settings'));
  });

  it('after a fix that worked, asks only to see a backup complete; Back Up Now is in every other plan', () => {
    const d = run({ wifi: 'unstable', stepsTried: { other_network: 'fixed' } });
    expect(planIds(d)).toEqual(['back_up_now', 'check_backup_date']);
    fc.assert(
      fc.property(factsArb, (facts) => {
        const tried = facts.stepsTried ?? {};
        const ids = planIds(run(facts));
        const alternatives = new Set(
          knowledge.steps.filter((x) => x.kind === 'alternative').map((x) => x.id as string),
        );
        const fixed = Object.entries(tried).some(
          ([id, outcome]) => outcome === 'fixed' && !alternatives.has(id),
        );
        if (fixed) {
          expect(ids.every((id) => ['back_up_now', 'check_backup_date'].includes(id))).toBe(true);
          return;
        }
        const excluded =
          facts.symptom === 'restore_fails' ||
          'back_up_now' in tried ||
          'restart_stuck_backup' in tried ||
          tried.turn_on_backup === 'no_change' ||
          run(facts).storage?.backupFits === false;
        if (!excluded) expect(ids).toContain('back_up_now');
      }),
      { numRuns: 150 },
    );
  });
});

describe('the weeks a reminder names', () => {
  it('take the place of the last backup date, for Apple deleting old backups', () => {
    const passed = run({
      alertText: "iPhone Not Backed Up. This iPhone hasn't been backed up in 26 weeks.",
    });
    expect(passed.notices.map((n) => n.id)).toContain('retention_passed');
    expect(planIds(passed)[0]).toBe('local_backup');
    const risk = run({ alertText: 'Dieses iPhone wurde seit 22 Wochen nicht gesichert' });
    expect(risk.notices.map((n) => n.id)).toContain('retention_risk');
    const recent = run({ alertText: 'Dieses iPhone wurde seit 3 Wochen nicht gesichert' });
    expect(recent.notices.map((n) => n.id)).not.toContain('retention_risk');
    // A known date wins; a number in another alert is not a number of weeks.
    const dated = run({
      alertText: 'iPhone Not Backed Up in 26 weeks',
      lastSuccessfulBackup: '2026-05-20',
    });
    expect(dated.notices.map((n) => n.id)).not.toContain('retention_passed');
    expect(
      run({ alertText: 'iPhone 15 Backup Failed 200' }).notices.map((n) => n.id),
    ).not.toContain('retention_passed');
  });
});

describe('an account at its limit while Apple still works out the next backup size', () => {
  const storageSteps = knowledge.steps
    .filter((s) => s.addresses.includes('storage_full') && s.kind !== 'alternative')
    .map((s) => s.id);

  it('keeps the storage fixes: a size of 0 is not known yet, and a full account fits nothing', () => {
    for (const [used, total] of [
      [5 * GIB, 5 * GIB],
      [50 * GIB, 50 * GIB],
      [201 * GIB, 200 * GIB],
    ] as const) {
      for (const extra of [
        {},
        { alertText: 'iCloud Storage Is Full' },
        { storageStatus: 'full' },
        { wifi: 'stable', power: 'charging', deviceLocked: true },
      ] as Facts[]) {
        const facts = { storageUsedBytes: used, storageTotalBytes: total, backupSizeBytes: 0 };
        const d = run({ ...facts, ...extra });
        const at = `${used / GIB} of ${total / GIB} GB ${JSON.stringify(extra)}`;
        expect(d.storage?.backupFits, at).toBe(false);
        expect(d.causes[0]!.id, at).toBe('storage_full');
        expect(planIds(d), at).toContain('upgrade_plan');
        expect(planIds(d), at).not.toContain('back_up_now');
        expect(
          firstTwo(d).some((id) => storageSteps.includes(id)),
          at,
        ).toBe(true);
      }
    }
  });
});

describe("an alert that names its fix (Apple's own advice for it) leads with that fix", () => {
  // APPLE-FACTS.md, Apple-documented alerts: the fix Apple names first for each.
  const named: [string, string, string][] = [
    ['email_not_verified', "Can't back up without a verified email address", 'verify_email'],
    ['cannot_access_account', 'iCloud Backup is unable to access your account', 'sign_in_again'],
    ['needs_wifi', 'iCloud Backup needs a Wi-Fi connection', 'check_wifi'],
    ['last_backup_not_completed', 'The last backup could not be completed.', 'check_wifi'],
  ];
  const extras: Facts[] = [
    {},
    { power: 'charging', deviceLocked: true },
    { storageStatus: 'plenty' },
    { iosVersion: '26.1', twoFactor: true },
  ];

  it.each(named)('%s: its fix comes first', (alert, alertText, step) => {
    const lead = knowledge.steps.find((s) => s.id === step)!.leadWhen ?? [];
    expect(lead.some((set) => set.some((c) => c.fact === 'alertId' && c.value === alert))).toBe(
      true,
    );
    for (const extra of extras) {
      const d = run({ alertText, ...extra });
      expect(d.alert?.recognized && d.alert.id).toBe(alert);
      expect(planIds(d)[0], JSON.stringify(extra)).toBe(step);
    }
  });
});

describe('a connection known to be bad', () => {
  const wifiFixes = ['improve_wifi', 'other_network'];
  const unstable = factsArb.map((f): Facts => ({
    ...f,
    wifi: 'unstable',
    unsure: f.unsure?.filter((x) => x !== 'wifi'),
  }));

  it('is fixed before the backup is tried again', () => {
    fc.assert(
      fc.property(unstable, (facts) => {
        const ids = planIds(run(facts));
        const fixes = wifiFixes
          .filter((id) => facts.stepsTried?.[id] !== 'skipped')
          .map((id) => ids.indexOf(id))
          .filter((at) => at >= 0);
        if (fixes.length === 0 || !ids.includes('back_up_now')) return;
        expect(Math.min(...fixes), ids.join(', ')).toBeLessThan(ids.indexOf('back_up_now'));
      }),
      { numRuns: 150 },
    );
    expect(
      planIds(
        run({ alertText: 'iPhone Backup Failed', storageStatus: 'plenty', wifi: 'unstable' }),
      )[0],
    ).toBe('improve_wifi');
    const steadierFailed: Facts = {
      alertText: 'The last backup could not be completed.',
      wifi: 'unstable',
      stepsTried: { restart_device: 'no_change', improve_wifi: 'no_change' },
    };
    expect(planIds(run(steadierFailed))[0]).toBe('other_network');
  }, 60_000);
});

describe('an account far over its plan (a plan that lapsed)', () => {
  it('puts the bigger plan first when no clean-up is known to make room', () => {
    for (const [used, total, backup] of [
      [48, 5, undefined],
      [48, 5, 2],
      [30, 5, undefined],
      [80, 50, undefined],
      [260, 200, 3],
    ] as const) {
      const facts: Facts = {
        storageUsedBytes: used * GIB,
        storageTotalBytes: total * GIB,
        ...(backup !== undefined && { backupSizeBytes: backup * GIB }),
      };
      const at = `${used} of ${total} GB`;
      expect(planIds(run(facts))[0], at).toBe('upgrade_plan');
      expect(planIds(run({ ...facts, alertText: 'iCloud Storage Is Full' }))[0], at).toBe(
        'upgrade_plan',
      );
    }
    // As where icloud.com shows the categories and none of them makes room.
    const shown = run({
      storageUsedBytes: 48 * GIB,
      storageTotalBytes: 5 * GIB,
      storageByCategory: { photos: 40 * GIB, backup: 5 * GIB, messages: 3 * GIB },
    });
    expect(planIds(shown)[0]).toBe('upgrade_plan');
    // Just over or at the plan, a clean-up may well make room: free space before buying more.
    for (const used of [5 * GIB, 5.5 * GIB]) {
      const near = planIds(
        run({ storageUsedBytes: used, storageTotalBytes: 5 * GIB, backupSizeBytes: GIB }),
      );
      expect(near[0]).not.toBe('upgrade_plan');
      expect(near.indexOf('delete_old_device_backups')).toBeLessThan(near.indexOf('upgrade_plan'));
    }
  });
});

describe('clean-ups that cannot make room', () => {
  const CLEAN_UPS = [
    'delete_old_device_backups',
    'clean_message_attachments',
    'review_icloud_photos',
  ];
  const PLANS_GB = [5, 50, 200, 2048];

  it('offers none when the next backup is bigger than the whole plan', () => {
    const overPlan = fc
      .record({
        plan: fc.constantFrom(...PLANS_GB),
        usedShare: fc.double({ min: 0, max: 1.2, noNaN: true }),
        overBy: fc.double({ min: 1.01, max: 20, noNaN: true }),
      })
      .map(({ plan, usedShare, overBy }): Facts => ({
        storageUsedBytes: Math.round(plan * usedShare * GIB),
        storageTotalBytes: plan * GIB,
        backupSizeBytes: Math.round(plan * overBy * GIB),
      }));
    fc.assert(
      fc.property(overPlan, (facts) => {
        const ids = planIds(run(facts));
        for (const id of CLEAN_UPS) expect(ids).not.toContain(id);
        expect(ids).toContain('exclude_large_apps');
      }),
      { numRuns: 100 },
    );
  });

  it('offers no clean-up of a category icloud.com shows holding nothing', () => {
    const full = { storageUsedBytes: 4.95 * GIB, storageTotalBytes: 5 * GIB, backupSizeBytes: GIB };
    const photosOnly = planIds(
      run({ ...full, storageByCategory: { photos: 4.9 * GIB, mail: 0.05 * GIB } }),
    );
    expect(photosOnly).not.toContain('delete_old_device_backups');
    expect(photosOnly).not.toContain('clean_message_attachments');
    expect(photosOnly.slice(0, 2)).toContain('review_icloud_photos');
    const zeroBackups = planIds(
      run({ ...full, storageByCategory: { photos: 4.95 * GIB, backup: 0, messages: 0 } }),
    );
    expect(zeroBackups).not.toContain('delete_old_device_backups');
    expect(zeroBackups).not.toContain('clean_message_attachments');
    // A page read in part shows fewer categories than there are: what it left out may be there.
    const partial = planIds(run({ ...full, storageByCategory: { photos: 2 * GIB } }));
    expect(partial).toContain('delete_old_device_backups');
    expect(partial).toContain('clean_message_attachments');
  });

  it('leads with no clean-up of a category icloud.com shows too small to make room', () => {
    const full = { storageUsedBytes: 4.95 * GIB, storageTotalBytes: 5 * GIB, backupSizeBytes: GIB };
    const layouts: Facts['storageByCategory'][] = [
      { photos: 4.85 * GIB, backup: 0.1 * GIB },
      { photos: 3 * GIB, messages: 1.9 * GIB, backup: 0.05 * GIB },
      { docs: 4.5 * GIB, backup: 0.2 * GIB, mail: 0.25 * GIB },
    ];
    for (const storageByCategory of layouts) {
      const d = run({ ...full, storageByCategory });
      const at = JSON.stringify(storageByCategory);
      expect(firstTwo(d), at).not.toContain('delete_old_device_backups');
      // Still offered: what it frees adds to what the other clean-ups free.
      expect(planIds(d), at).toContain('delete_old_device_backups');
    }
    // Old backups that do make room still lead.
    const roomy = run({ ...full, storageByCategory: { backup: 2 * GIB, photos: 2.95 * GIB } });
    expect(planIds(roomy)[0]).toBe('delete_old_device_backups');
  });
});

describe('paying after the free fixes for the same shortage', () => {
  it("puts an app's own backup before a bigger plan while a clean-up or a smaller backup can make room", () => {
    const cases: Facts[] = [
      { ...STORAGE_FULL },
      { storageUsedBytes: GIB, storageTotalBytes: 5 * GIB, backupSizeBytes: 7 * GIB },
      {
        storageUsedBytes: GIB,
        storageTotalBytes: 5 * GIB,
        backupSizeBytes: 7 * GIB,
        largeOfflineAppData: true,
      },
    ];
    for (const facts of cases) {
      const ids = planIds(run(facts));
      const at = JSON.stringify(facts);
      expect(ids.indexOf('app_own_backup'), at).toBeGreaterThan(-1);
      expect(ids.indexOf('app_own_backup'), at).toBeLessThan(ids.indexOf('upgrade_plan'));
    }
  });
});

describe('a measurement that the next backup fits', () => {
  it('outweighs a storage alert: the storage is no longer among the likely causes', () => {
    const fits = {
      storageUsedBytes: 60 * GIB,
      storageTotalBytes: 200 * GIB,
      backupSizeBytes: 4 * GIB,
    };
    for (const alertText of [
      'Not enough iCloud storage',
      'Nicht genügend iCloud-Speicher',
      'iCloud 저장 공간 부족',
      'Your iCloud storage is almost full',
    ]) {
      const d = run({ ...fits, alertText });
      expect(d.alert?.recognized, alertText).toBe(true);
      const top3 = d.causes.slice(0, 3).map((c) => c.id);
      expect(top3, alertText).not.toContain('storage_full');
      expect(firstTwo(d), alertText).not.toContain('upgrade_plan');
    }
  });
});

describe('leaving apps out of the backup', () => {
  it('waits for a sign that the storage is short or an app is big, instead of following the storage check', () => {
    const unknown: Facts[] = [
      { wifi: 'stable', power: 'charging' },
      { wifi: 'stable', power: 'charging', deviceLocked: true, alertText: 'iPhone Backup Failed' },
      { computerBackupFails: false, wifi: 'stable' },
    ];
    for (const facts of unknown) {
      const ids = planIds(run(facts));
      expect(ids[0], JSON.stringify(facts)).toBe('check_storage');
      expect(ids, JSON.stringify(facts)).not.toContain('exclude_large_apps');
    }
    const signs: Facts[] = [
      { storageStatus: 'almost_full' },
      { alertText: 'Not Enough Storage' },
      { largeOfflineAppData: true },
      { symptom: 'stuck_estimating' },
      { storageUsedBytes: 49 * GIB, storageTotalBytes: 50 * GIB },
      { ...STORAGE_FULL },
    ];
    for (const facts of signs)
      expect(planIds(run(facts)), JSON.stringify(facts)).toContain('exclude_large_apps');
  });
});

describe('a last backup dated ahead of the clock', () => {
  const evidenceIds = (d: Diagnosis) => d.causes.flatMap((c) => c.evidence.map((e) => e.id));

  it('is no recent backup (a typo or a wrong clock), while today anywhere on earth still is', () => {
    for (const lastSuccessfulBackup of ['2026-06-20', '2027-01-01', '2026-06-03T08:00:00Z']) {
      const d = run({ lastSuccessfulBackup });
      expect(evidenceIds(d), lastSuccessfulBackup).not.toContain('last_backup_recent');
      for (const c of d.causes)
        for (const e of c.evidence) expect(e.summary).not.toMatch(/\b0 days old/);
    }
    // 2 June is already today east of UTC+12 while it is noon on 1 June in UTC.
    expect(evidenceIds(run({ lastSuccessfulBackup: '2026-06-02' }))).toContain(
      'last_backup_recent',
    );
  });

  it("leaves the age to a reminder's weeks", () => {
    const d = run({
      lastSuccessfulBackup: '2026-09-01',
      alertText: "This iPhone hasn't been backed up in 30 weeks",
    });
    expect(d.notices.map((n) => n.id)).toContain('retention_passed');
  });
});
