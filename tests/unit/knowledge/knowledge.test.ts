import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  keys,
  knowledge,
  pathFor,
  catalogOf,
  LOCALES,
  sourcesOf,
  text,
} from '../../../src/knowledge/index.ts';

describe('text()', () => {
  it('returns the sentence in the requested locale', () => {
    expect(text('en', 'cause.storage_full.title')).toBe('iCloud storage is full');
    expect(text('de', 'cause.storage_full.title')).toBe('iCloud-Speicher ist voll');
  });

  it('fills params and resolves "@key" params in the same locale', () => {
    const params = { cause: '@cause.network.title', score: 67 };
    expect(text('en', 'why.step.fix', params)).toBe('Helps with "Wi-Fi connection" (67%).');
    expect(text('de', 'why.step.fix', params)).toBe('Hilft bei „WLAN-Verbindung“ (67 %).');
  });

  it('leaves unknown placeholders and unknown keys visible instead of inventing text', () => {
    expect(text('en', 'rule.free_2gb_or_more')).toBe('{free} of iCloud storage is free.');
    expect(text('de', 'no.such.key')).toBe('no.such.key');
  });
});

describe('pathFor()', () => {
  const step = (id: string) => knowledge.steps.find((s) => s.id === id)!;
  it.each([
    ['reset_network_settings', '14.99', 'path.reset_network.pre15'],
    ['reset_network_settings', '15', 'path.reset_network.ios15'],
    ['upgrade_plan', '16.99', 'path.change_plan.pre17'],
    ['upgrade_plan', '17.0.1', 'path.change_plan.ios17'],
    ['sign_out_in', '17.99', 'path.sign_out.apple_id'],
    ['sign_out_in', '18', 'path.sign_out.apple_account'],
    ['leave_beta', '16.3', 'path.beta.profile'],
    ['leave_beta', '16.4', 'path.beta.toggle'],
  ])('%s on iOS %s uses %s', (id, version, key) => {
    expect(pathFor(step(id), version)?.key).toBe(key);
  });

  it('uses the newest path without a version and nothing for steps without paths', () => {
    expect(pathFor(step('sign_out_in'))?.key).toBe('path.sign_out.apple_account');
    expect(pathFor(step('restart_device'), '17')).toBeUndefined();
  });

  it('works for question help too', () => {
    const q = knowledge.questions.find((x) => x.id === 'q_two_factor')!;
    expect(pathFor(q, '16.5')?.key).toBe('path.two_factor.pre17');
  });
});

describe('compareVersions()', () => {
  it('compares numerically, missing parts as zero', () => {
    expect(compareVersions('16.10', '16.9')).toBe(1);
    expect(compareVersions('16.3', '16.3.0')).toBe(0);
    expect(compareVersions('9', '16')).toBe(-1);
  });
});

describe('sources', () => {
  it('gives every Apple source a localisable title and the status page its URL', () => {
    const [status] = sourcesOf(['apple_system_status']);
    expect(status?.url).toBe('https://www.apple.com/support/systemstatus/');
    expect(text('en', status!.titleKey)).toBe('Apple System Status');
    expect(keys.source('user_reports').title).toBe('source.user_reports.title');
    expect(text('de', 'source.user_reports.title')).toBe('Erfahrungsberichte');
  });
});

describe('figures the data defines once', () => {
  const days = knowledge.storage.retentionDays;
  const retentionTexts = ['storage.retention', 'faq.retention.a', 'correction.retention_180_days'];

  it.each([...LOCALES])(
    '%s quotes the retention period from the data, never restates it',
    (locale) => {
      for (const key of retentionTexts) {
        expect(text(locale, key)).toContain(String(days));
        expect(text(locale, key)).not.toContain('{retention}');
      }
      const written = Object.values(catalogOf('knowledge', locale) ?? {}).filter((value) =>
        new RegExp(`(?<![0-9])${days}(?![0-9])`).test(value),
      );
      expect(written).toEqual([]);
    },
  );
});
