import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../src/knowledge/catalogs.ts';
import { allSites } from '../../src/pages/registry.ts';
import { siteTextKeys } from '../../src/pages/site-texts.ts';
import { siteFactsOf } from '../../src/pages/site-facts.ts';
import {
  checkKnowledge,
  knowledge,
  LOCALES,
  rawKnowledge,
  type Knowledge,
} from '../../src/knowledge/index.ts';
import { Knowledge as KnowledgeSchema, LocaleTexts } from '../../src/knowledge/schema.ts';
import { localeTexts } from '../support/catalogs.ts';
import { DERIVED_NAMES, ENGINE_TEXT_KEYS, FACT_NAMES } from '../../src/engine/diagnose.ts';

const options = {
  factNames: [...FACT_NAMES, ...DERIVED_NAMES],
  engineKeys: ENGINE_TEXT_KEYS,
};
const clone = (): Knowledge => structuredClone(knowledge);

describe('content/knowledge', () => {
  it('matches the schema', () => {
    const result = KnowledgeSchema.safeParse(rawKnowledge);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has valid locale files', () => {
    for (const locale of LOCALES)
      expect(LocaleTexts.safeParse(localeTexts[locale]).success, locale).toBe(true);
  });

  it('has no cross-reference problems and complete texts in every locale', () => {
    expect(checkKnowledge(knowledge, localeTexts, options)).toEqual([]);
  });

  it('cites a known source on every user-visible item', () => {
    const ids = new Set(knowledge.sources.map((s) => s.id));
    const all = [
      ...knowledge.causes,
      ...knowledge.steps,
      ...knowledge.alerts,
      ...knowledge.plans,
      ...knowledge.faq,
      ...knowledge.checklist,
    ];
    for (const item of all) {
      expect(item.sources.length, JSON.stringify(item)).toBeGreaterThan(0);
      for (const s of item.sources) expect(ids.has(s), s).toBe(true);
    }
  });

  it.each(LOCALES.filter((l) => l !== 'en'))(
    'keeps %s sentences different from English (no untranslated copies)',
    (locale) => {
      const same = Object.keys(localeTexts.en).filter(
        (k) =>
          localeTexts.en[k] === localeTexts[locale][k] && localeTexts.en[k]!.split(' ').length > 4,
      );
      expect(same).toEqual([]);
    },
  );

  it('marks unconfirmed plan prices and keeps the Apple-confirmed ones', () => {
    const byId = Object.fromEntries(knowledge.plans.map((p) => [p.id, p]));
    expect(byId.plus_6tb?.priceConfirmed).toBe(false);
    expect(byId.plus_12tb?.priceConfirmed).toBe(false);
    expect(byId.plus_50gb).toMatchObject({ usdMonthly: 0.99, priceConfirmed: true });
    expect(localeTexts.en['plans.note']).toMatch(/US/);
  });

  it('follows Apple where guides are wrong or out of date', () => {
    expect(knowledge.storage.retentionDays).toBe(180);
    const about = knowledge.corrections.map((c) => c.about);
    expect(about).toContain('step:reset_all_settings');
    expect(about).toContain('faq:deleted_backup_recoverable');
    expect(localeTexts.en['consequence.all_settings_reset']).toMatch(/keyboard/);
  });
});

describe('checkKnowledge detects broken content', () => {
  const problems = (k: Knowledge, locales = localeTexts) => checkKnowledge(k, locales, options);

  it.each(LOCALES.filter((l) => l !== 'en'))('locale %s missing a key', (locale) => {
    const texts = { ...localeTexts[locale] };
    delete texts['cause.network.title'];
    expect(problems(knowledge, { ...localeTexts, [locale]: texts })).toContain(
      `locale ${locale} misses text "cause.network.title"`,
    );
  });

  it('an id referenced but not defined', () => {
    const k = clone();
    k.steps[0]!.sources = ['nope'];
    k.steps[1]!.requires = ['ghost_step'];
    const p = problems(k);
    expect(p.some((x) => x.includes('unknown source "nope"'))).toBe(true);
    expect(p.some((x) => x.includes('requires unknown step "ghost_step"'))).toBe(true);
  });

  it('a cause without a fix', () => {
    const k = clone();
    k.steps = k.steps.filter((s) => !s.addresses.includes('sideloaded_apps'));
    expect(problems(k)).toContain('cause "sideloaded_apps" has no fix step');
  });

  it('a step that addresses no cause (schema)', () => {
    const k = clone() as unknown as { steps: { addresses: string[] }[] };
    k.steps[0]!.addresses = [];
    expect(KnowledgeSchema.safeParse({ ...(rawKnowledge as object), steps: k.steps }).success).toBe(
      false,
    );
  });

  it('a disruptive step without consequences', () => {
    const k = clone();
    const step = k.steps.find((s) => s.id === 'reset_network_settings')!;
    step.consequences = [];
    expect(problems(k)).toContain(
      'step "reset_network_settings" is medium disruption but lists no consequences',
    );
  });

  it('a condition naming an alert or symptom that does not exist', () => {
    const k = clone();
    const step = k.steps.find((s) => s.id === 'sign_in_again')!;
    step.leadWhen = [[{ fact: 'alertId', op: 'eq', value: 'renamed_alert' }]];
    k.steps[0]!.onlyWhen = [[{ fact: 'symptom', op: 'in', value: ['zero_kb', 'typo_kb'] }]];
    const p = problems(k);
    expect(p).toContain('step "sign_in_again" tests undefined alertId "renamed_alert"');
    expect(p).toContain(`step "${k.steps[0]!.id}" tests undefined symptom "typo_kb"`);
  });

  it('a condition on an unknown fact', () => {
    const k = clone();
    k.rules[0]!.when = [{ fact: 'wiifi', op: 'eq', value: 'none' }];
    expect(problems(k).some((x) => x.includes('unknown fact "wiifi"'))).toBe(true);
  });
});

describe('every site of src/pages', () => {
  const root = resolve(import.meta.dirname, '../..');

  it.each(allSites().map((site) => [site.id, site] as const))(
    '%s has its content script, its facts and its texts in every language',
    (_id, site) => {
      expect(existsSync(join(root, 'entrypoints', `${site.id}.ts`))).toBe(true);
      const meaning = siteFactsOf(site.id);
      expect(meaning).toBeDefined();
      const keys = siteTextKeys(site.id, meaning!.source);
      for (const locale of LOCALES) {
        for (const family of ['ui', 'report'] as const) {
          const catalog = catalogOf(family, locale) ?? {};
          const missing = keys[family].filter((key) => !(key in catalog));
          expect(missing, `${locale}/${family}.json`).toEqual([]);
        }
      }
    },
  );
});
