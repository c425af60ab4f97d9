import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/i18n';
import { keys, knowledge, sourcesOf } from '../../../src/knowledge';
import { catalogOf } from '../../../src/knowledge/catalogs';
import { text } from '../../../src/knowledge/text';
import type { Facts } from '../../../src/engine/facts';
import { diagnose } from '../../../src/engine/diagnose';
import { diagnoseFacts } from '../cli/run-diagnose';
import { thirdPerson } from '../../../src/report/words';
import { withStatus } from '../../../src/report/known-status';
import { ISSUE_ANSWERED, lintText, OUTAGE_READ } from '../../support/texts-lint';
import { CREATED_AT } from '../report/fixtures';

/**
 * Round 25b of the text audit: what the guide page shows beside its sources. A sentence that
 * says Apple says so stands next to an Apple source; a text quoting a guide or users is not
 * given to Apple; and the guide names its sources the way the popup does.
 */

/** "Apple says …", "laut Apple …": a sentence giving Apple as its source. */
const APPLE_SAYS: Record<Locale, RegExp> = {
  en: /\bApple (?:only |just )?(?:says|documents|recommends|describes|states|explains)\b|\baccording to Apple\b/,
  de: /\bApple (?:sagt|dokumentiert|empfiehlt|beschreibt|erklärt)\b|\b[Ll]aut Apple\b/,
  es: /\bApple (?:solo )?(?:dice|indica|documenta|recomienda|describe|explica)\b|\b[Ss]egún Apple\b/,
  fr: /\bApple (?:indique|dit|documente|recommande|décrit|explique)\b|\b(?:[Ss]elon|[Dd]’après) Apple\b/,
  it: /\bApple (?:dice|indica|documenta|consiglia|descrive|spiega|afferma)\b|\b[Ss]econdo Apple\b/,
  ja: /Appleによると|Appleは[^。]*(?:説明|案内|推奨|記載|述べ)/u,
  zh: /Apple\s*(?:表示|说明|建议|指出)|(?:据|根据)\s*Apple/u,
};

/** The guide's records with their texts and the sources shown beside them. */
function guideRecords(): { key: string; sources: readonly string[] }[] {
  return [
    ...knowledge.faq.map((f) => ({ key: keys.faq(f.id).answer, sources: f.sources })),
    ...knowledge.causes.map((c) => ({ key: keys.cause(c.id).description, sources: c.sources })),
    ...knowledge.corrections.map((c) => ({ key: keys.correction(c.id), sources: c.sources })),
    ...knowledge.strategy.map((s) => ({ key: keys.strategy(s.id), sources: s.sources })),
    ...knowledge.salvage.map((s) => ({ key: keys.salvage(s.id), sources: s.sources })),
    ...knowledge.checklist.map((s) => ({ key: keys.checklist(s.id), sources: s.sources })),
  ];
}

describe('the guide gives Apple only what an Apple source beside it says', () => {
  it.each(LOCALES)('%s: a sentence saying Apple says so has an Apple source', (locale) => {
    const texts = catalogOf('knowledge', locale)!;
    const records = guideRecords();
    expect(records.length).toBeGreaterThan(40);
    for (const { key, sources } of records) {
      const text = texts[key];
      expect(text, key).toBeDefined();
      if (!APPLE_SAYS[locale].test(text!)) continue;
      const kinds = sourcesOf(sources).map((s) => s.kind);
      expect(kinds, `${key}: "${text}"`).toContain('apple');
    }
  });

  // The same records in English: a claim given to Apple in one language is given in all, so a
  // translation never adds an authority the English does not name.
  it.each(LOCALES.filter((l) => l !== 'en'))(
    '%s: Apple is named as the source where the English names it',
    (locale) => {
      const en = catalogOf('knowledge', 'en')!;
      const texts = catalogOf('knowledge', locale)!;
      for (const { key } of guideRecords()) {
        const there = APPLE_SAYS[locale].test(texts[key]!);
        if (there) expect(/\bApple\b/.test(en[key]!), `${key}: ${texts[key]}`).toBe(true);
      }
    },
  );
});

describe('a source is named once per language', () => {
  // "Öffentliche Anleitung: …" under a kind named "Öffentliche Anleitung zur Fehlerbehebung":
  // one origin under two names in the same list.
  it.each(LOCALES)('%s: a title that names its origin uses the kind’s own name', (locale) => {
    const texts = catalogOf('knowledge', locale)!;
    for (const source of knowledge.sources) {
      const title = texts[`source.${source.id}.title`]!;
      const kind = texts[`source.kind.${source.kind}`]!;
      const prefix = /^([^:：]{2,60}?)\s?[:：]/u.exec(title)?.[1];
      if (!prefix || source.kind === 'apple') continue;
      expect(prefix, source.id).toBe(kind);
    }
  });
});

/**
 * The command line's English summaries are read by whoever diagnoses a facts file or someone's
 * exported summary, most often not the person with the device: they speak of the user in the
 * third person, as the exported summary does, and are rendered from the text references the
 * same way (`thirdPerson` with Apple's status), not patched after the engine wrote them.
 */
describe('the command line speaks of the user as the summary does', () => {
  const cli = diagnoseFacts;

  const at = CREATED_AT.toISOString();
  const CASES: Record<string, Facts> = {
    'an issue the user answered': ISSUE_ANSWERED,
    'an outage read from the page': OUTAGE_READ,
    'a picked message, storage full': {
      alertText: 'This iPhone cannot be backed up because there is not enough iCloud storage',
      alertPicked: true,
      storageUsedBytes: 5_300_000_000,
      storageTotalBytes: 5_368_709_120,
      sources: { storageUsedBytes: { source: 'user', at } },
    },
    'hotspot, old backup': {
      wifi: 'hotspot',
      lastSuccessfulBackup: '2026-10-01',
      iosVersion: '16.2',
    },
    'maintenance answered, a step tried': {
      appleBackupStatus: 'maintenance',
      sources: { appleBackupStatus: { source: 'user', at } },
      stepsTried: { restart_device: 'no_change' },
    },
  };

  for (const [name, facts] of Object.entries(CASES)) {
    it(`${name}: no second person in any summary`, () => {
      const d = cli(facts);
      // A step's title is its name, the summary's too ("Check your iCloud storage"); why it is
      // next is a sentence about the user.
      const reasons = d.plan.map((p) => {
        const title = text('en', keys.step(p.stepId).title);
        expect(p.summary.startsWith(`${title}: `), p.summary).toBe(true);
        return p.summary.slice(title.length + 2);
      });
      const summaries = [
        ...d.causes.flatMap((c) => c.evidence.map((e) => e.summary)),
        ...reasons,
        ...d.notices.map((n) => n.summary),
      ];
      expect(summaries.length).toBeGreaterThan(3);
      for (const s of summaries) {
        expect(s).not.toMatch(/\b(?:your|you|you're|you've)\b/i);
        lintText('en', s, name);
      }
    });

    it(`${name}: evidence summaries are the exported summary's sentences`, () => {
      const d = cli(facts);
      const expected = diagnose(facts, { now: CREATED_AT });
      d.causes.forEach((cause, i) => {
        cause.evidence.forEach((e, j) => {
          const ref = expected.causes[i]!.evidence[j]!.text;
          expect(e.summary).toBe(thirdPerson('en', withStatus(ref, facts)));
        });
      });
    });
  }

  it('an answered status is said as the user’s answer', () => {
    const said = cli(ISSUE_ANSWERED).notices.map((n) => n.summary);
    expect(said.join('\n')).toMatch(/according to the user's answer/i);
  });
});

/**
 * A setting has one name and one place: a path in a guide text ("iCloud > Backups") walks the
 * same steps as the popup's Settings paths (`path.*`), so a reader who follows it finds each
 * screen it names right after the one before.
 */
describe('the guide’s Settings paths walk the popup’s', () => {
  const SEP = /\s*>\s*/;
  /** "iPhone Storage (on iPad: iPad Storage)" and "「設定」" name the screen without the aside. */
  const screenName = (s: string) =>
    s
      .replace(/[（(][^）)]*[）)]?/gu, '')
      .replace(/[「」“”"„‘’『』]/gu, '')
      .trim();
  const steps = (path: string) => path.split(SEP).map(screenName);

  /** Each screen and the one the popup's paths open from it. */
  function knownSteps(locale: Locale): Set<string> {
    const pairs = new Set<string>();
    for (const [key, path] of Object.entries(catalogOf('knowledge', locale)!)) {
      if (!key.startsWith('path.')) continue;
      const s = steps(path);
      for (let i = 1; i < s.length; i++) pairs.add(`${s[i - 1]} > ${s[i]}`);
    }
    return pairs;
  }

  // A path in running text: screen names joined by ">", each a few words at most.
  const PATH_IN_TEXT =
    /[^\s>:：。.,，、(（「“]+(?: [^\s>:：。.,，、]+){0,4}(?:\s*>\s*[^>:：。.,，、)）」”]+)+/gu;

  it.each(LOCALES)('%s: every step of a path in a guide text is a step the popup takes', (l) => {
    const texts = catalogOf('knowledge', l)!;
    const known = knownSteps(l);
    expect(known.size).toBeGreaterThan(10);
    const unknown: string[] = [];
    for (const { key } of guideRecords()) {
      // Corrections name former paths on purpose ("not General > Reset").
      if (key.startsWith('correction.')) continue;
      for (const [path] of texts[key]!.matchAll(PATH_IN_TEXT)) {
        // "(Settings > …" and "「設定 > …": the path starts after the bracket or quote.
        const s = steps(path.split(/[(（「“„«]/u).at(-1)!);
        for (let i = 1; i < s.length; i++) {
          const pair = `${s[i - 1]} > ${s[i]}`;
          // The path's first words may be the sentence's ("…under iCloud"): match the tail.
          const found = [...known].some((k) => {
            const [from, to] = k.split(' > ');
            return to === s[i] && (s[i - 1] === from || (i === 1 && s[0]!.endsWith(` ${from}`)));
          });
          if (!found) unknown.push(`${key}: ${pair}`);
        }
      }
    }
    expect(unknown.join('\n')).toBe('');
  });
});

/**
 * An estimate only the public guides give ("50 to 200 GB", "15 to 30 minutes") is said as
 * theirs: told as a plain fact, it reads as Apple's or as measured.
 */
describe('a guide’s estimate is said as the guides’', () => {
  // An en dash or a word joins a range; "3-2-1" is a rule's name.
  const RANGE = /\d+\s*(?:to|bis|a|à|ai|[〜～–]|到|至)\s*\d+/u;
  const NAMES_GUIDES: Record<Locale, RegExp> = {
    en: /\bguides?\b/i,
    de: /Anleitung/i,
    es: /\bguías?\b/i,
    fr: /\bguides?\b/i,
    it: /\bguid[ae]\b/i,
    ja: /ガイド/u,
    zh: /指南/u,
  };
  it.each(LOCALES)('%s: a range from guides alone names them', (locale) => {
    const texts = catalogOf('knowledge', locale)!;
    const unattributed = guideRecords().filter(({ key, sources }) => {
      const kinds = new Set(sourcesOf(sources).map((s) => s.kind));
      if (kinds.size !== 1 || !kinds.has('guide')) return false;
      return RANGE.test(texts[key]!) && !NAMES_GUIDES[locale].test(texts[key]!);
    });
    expect(unattributed.map((r) => `${r.key}: ${texts[r.key]}`).join('\n')).toBe('');
  });
});
