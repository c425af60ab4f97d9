import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose, type Facts } from '../../src/engine/diagnose.ts';
import {
  APPLE_PROBLEM_STATES,
  keys,
  LOCALES,
  knowledge,
  type Condition,
  type Step,
} from '../../src/knowledge/index.ts';
import { localeTexts } from '../support/catalogs.ts';
import { NOW } from './helpers.ts';
import { satisfy } from './satisfy.ts';
import { alertWordings } from '../../src/knowledge/start-slice.ts';

/** Meta-tests for issue 9: properties every cause, step and text of the knowledge must have. */

const run = (facts: Facts) => diagnose(facts, { now: NOW });
const en = localeTexts.en;
const de = localeTexts.de;

/** Facts that raise a cause, read from the data: its rules, symptoms and alerts. */
function raisingFacts(cause: string): Facts[] {
  const fromRules = knowledge.rules
    .filter((r) => r.cause === cause && r.weight > 0)
    .map((r) => satisfy(r.when))
    .filter((f): f is Facts => f !== undefined);
  const fromSymptoms = knowledge.symptoms
    .filter((s) => s.causes.some((c) => c.cause === cause && c.weight > 0))
    .map((s) => ({ symptom: s.id }) as Facts);
  const fromAlerts = knowledge.alerts
    .filter((a) => a.causes.some((c) => c.cause === cause && c.weight > 0))
    .map((a) => ({ alertText: Object.values(alertWordings(a)).flat()[0]!.replace('#', '3') }));
  return [...fromRules, ...fromSymptoms, ...fromAlerts];
}

const requiresAppleProblem = (sets: Condition[][] | undefined) =>
  sets !== undefined &&
  sets.length > 0 &&
  sets.every((set) =>
    set.some(
      (c) =>
        c.fact === 'appleBackupStatus' &&
        c.op === 'in' &&
        Array.isArray(c.value) &&
        c.value.every((v) => (APPLE_PROBLEM_STATES as readonly unknown[]).includes(v)),
    ),
  );

/** Sentences that say Apple reports a current problem. */
const CLAIMS_APPLE_PROBLEM =
  /Apple('s System Status page)? (reports|lists|shows) (a|an) (current )?(problem|issue|outage)|shows a current problem|(problem|issue|outage|maintenance) on Apple's System Status page/i;

const stepTexts = (s: Step) => [en[keys.step(s.id).title]!, en[keys.step(s.id).instructions]!];

describe('every cause can lead with a fix of its own', () => {
  it.each(knowledge.causes.map((c) => c.id))('%s', (cause) => {
    const tried = raisingFacts(cause).map((facts) => {
      const d = run(facts);
      const first = d.plan[0];
      return {
        facts,
        ok: d.causes[0]?.id === cause && first?.causes.includes(cause) && first.kind !== 'check',
      };
    });
    expect(tried.length, 'facts that raise it').toBeGreaterThan(0);
    expect(
      tried.some((t) => t.ok),
      JSON.stringify(tried.map((t) => t.facts)),
    ).toBe(true);
  });
});

describe('decisive facts put their specific fix within the first two steps', () => {
  const leads = knowledge.steps.flatMap((s) =>
    (s.leadWhen ?? []).map((set, i) => [`${s.id} #${i + 1}`, s.id, set] as const),
  );
  it('covers the decisive facts of the issue', () => {
    const ids = new Set(leads.map(([, id]) => id));
    for (const id of [
      'plug_in_and_lock',
      'other_network',
      'turn_on_backup',
      'verify_email',
      'turn_on_two_factor',
      'remove_sideloaded_apps',
      'exclude_large_apps',
      'leave_beta',
    ])
      expect(ids, id).toContain(id);
  });
  // Several steps may be the specific fix for one fact (the backup does not fit: delete old
  // backups, leave big apps out, clean up attachments, buy more): one of them must come first.
  const sameFact = (set: (typeof leads)[number][2]) =>
    leads
      .filter(([, , other]) => JSON.stringify(other) === JSON.stringify(set))
      .map(([, id]) => id);
  it.each(leads)('%s', (_, id, set) => {
    const facts = satisfy(set);
    expect(facts, 'the solver handles every lead condition').toBeDefined();
    const firstTwo = run(facts!)
      .plan.slice(0, 2)
      .map((p) => p.stepId);
    expect(sameFact(set)).toContain(id);
    expect(
      firstTwo.some((step) => sameFact(set).includes(step)),
      firstTwo.join(', '),
    ).toBe(true);
  });
});

describe('nothing false about Apple', () => {
  it('waiting, and any step that says Apple reports a problem, needs that fact', () => {
    for (const s of knowledge.steps) {
      if (s.kind === 'wait' || stepTexts(s).some((t) => CLAIMS_APPLE_PROBLEM.test(t)))
        expect(requiresAppleProblem(s.onlyWhen), s.id).toBe(true);
    }
  });

  it('no other text claims a current Apple problem', () => {
    const allowed = new Set([
      ...knowledge.steps
        .filter((s) => requiresAppleProblem(s.onlyWhen))
        .flatMap((s) => Object.values(keys.step(s.id))),
      ...knowledge.rules
        .filter((r) => r.cause === 'apple_outage' && r.weight > 0)
        .map((r) => keys.rule(r.id)),
      'why.step.wait',
      'why.step.held_back',
      'notice.outage_wait',
      'notice.maintenance_wait',
    ]);
    // The same sentence as the user's answer ("according to your answer") rests on the same fact.
    for (const key of [...allowed]) allowed.add(`${key}_answered`);
    const claiming = Object.entries(en)
      .filter(([key, t]) => CLAIMS_APPLE_PROBLEM.test(t) && !allowed.has(key))
      .map(([key]) => key);
    expect(claiming).toEqual([]);
  });

  it('the status-page texts say resolved and upcoming or completed maintenance are no problem', () => {
    for (const key of ['step.check_system_status.instructions', 'help.system_status']) {
      expect(en[key]).toMatch(/resolved/i);
      expect(en[key]).toMatch(/upcoming or completed maintenance/i);
      expect(en[key]).not.toMatch(/any other marking/i);
    }
  });
});

describe('checks and fixes', () => {
  it('steps that only look are modelled as checks', () => {
    for (const s of knowledge.steps.filter((s) => s.id.startsWith('check_')))
      expect(s.kind, s.id).toBe('check');
  });

  it('a hardware fault is raised only by evidence of its own, not by a count of failed steps', () => {
    const hardware = knowledge.rules.filter((r) => r.cause === 'hardware_fault' && r.weight > 0);
    expect(hardware.length).toBeGreaterThan(0);
    for (const r of hardware) expect(r.when.map((c) => c.fact)).not.toContain('stepsNoChangeCount');
  });
});

describe('corrections (APPLE-FACTS.md)', () => {
  it('the two-factor requirement since iOS 16.3 is always a user report', () => {
    for (const [key, t] of Object.entries(en).filter(([, t]) => t.includes('16.3')))
      expect(t, key).toMatch(/report/i);
    for (const [key, t] of Object.entries(de).filter(([, t]) => t.includes('16.3')))
      expect(t, key).toMatch(/bericht/i);
  });

  it('every mention of iTunes also names the Apple Devices app or older systems', () => {
    for (const [key, t] of Object.entries(en).filter(([, t]) => t.includes('iTunes')))
      expect(t, key).toMatch(/Apple Devices|older/);
  });

  it('names the switch as current iOS labels it', () => {
    expect(en['step.turn_on_backup.instructions']).toContain('Back Up This iPhone');
    expect(en['question.q_backup_enabled.text']).toContain('Back Up This iPhone');
  });

  it('says where 5G iPhones can back up over cellular', () => {
    expect(en['faq.without_wifi.a']).toMatch(/5G/);
    expect(knowledge.steps.find((s) => s.id === 'back_up_over_cellular')?.paths?.[0]?.key).toBe(
      'path.back_up_over_cellular',
    );
  });

  it('tells who buys a shared plan', () => {
    const upgrade = knowledge.steps.find((s) => s.id === 'upgrade_plan')!;
    expect(upgrade.notes).toContain('note.family_organiser');
    expect(en['note.family_organiser']).toMatch(/organiser/);
  });

  it('keeps the Health data texts consistent with Apple (synced data is not in the backup)', () => {
    expect(en['comparison.health_data.icloud']).toMatch(/syncs/);
    expect(en['storage.excludes.synced_data']).toMatch(/Health/);
    expect(en['strategy.encrypted_extras']).toMatch(/^Of computer backups, only an encrypted/);
  });
});

describe('no dead knowledge', () => {
  const retention = knowledge.storage.retentionDays;

  it('every retention figure in the texts is the one in the data', () => {
    for (const [locale, texts] of Object.entries(localeTexts)) {
      for (const [key, t] of Object.entries(texts)) {
        for (const m of t.matchAll(/(\d+) (days|Tage)\b/g)) {
          if (/retention/.test(key) || (/backup/i.test(t) && /delet|lösch|keep|aufbewahr/i.test(t)))
            expect(Number(m[1]), `${locale} ${key}`).toBe(retention);
        }
      }
    }
  });

  it('the engine has no retention constants of its own', () => {
    const dir = join(import.meta.dirname, '../../src/engine');
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(
        new RegExp(`\\b(${retention}|${knowledge.storage.retentionWarningDays})\\b`),
      );
    }
  });

  it('every aging number carries its source and as-of date', () => {
    const dated = [
      ...knowledge.plans,
      ...knowledge.recoveryCosts,
      knowledge.storage,
      knowledge.devices,
      knowledge.devices.currentIos,
    ];
    for (const item of dated) {
      expect(item.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(item.sources.length).toBeGreaterThan(0);
    }
  });

  it('names Apple sources by URL', () => {
    const apple = knowledge.sources.filter((s) => s.kind === 'apple');
    for (const s of apple) expect(s.url, s.id).toMatch(/^https:\/\/(support|www)\.apple\.com\//);
  });
});

describe('locales', () => {
  it.each(LOCALES)('%s has the same keys as English', (locale) => {
    expect(Object.keys(localeTexts[locale]).sort()).toEqual(Object.keys(en).sort());
  });

  it('German texts say "du", never "Sie"', () => {
    // Capitalised mid-sentence, these words address the reader formally; at a sentence start
    // "Sie" can also be "it" or "they", which is fine.
    const formal = Object.entries(de).filter(([, t]) =>
      /(?<![.!?:;„"(]\s*|^\s*)\b(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b/.test(t),
    );
    expect(formal.map(([key]) => key)).toEqual([]);
  });
});
