import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/engine/diagnose';
import { LOCALES } from '../../../src/knowledge';
import { text as textIn } from '../../../src/knowledge/text';
import { formatBytes } from '../../../src/engine/storage-math';
import {
  buildSummary,
  renderSummary,
  reportText,
  SummaryJson,
  type Summary,
} from '../../../src/report';
import { CREATED_AT, sampleInput } from './fixtures';

const build = (language: 'en' | 'de' = 'en', leaveOutFreeText = false, input = sampleInput()) =>
  buildSummary(input, { language, leaveOutFreeText });

const section = (summary: Summary, id: string) => summary.sections.find((s) => s.id === id);
const allText = (summary: Summary) => JSON.stringify(summary);

describe('buildSummary', () => {
  it('has every part the issue asks for, in order', () => {
    expect(build().sections.map((s) => s.id)).toEqual([
      'about',
      'support',
      'problem',
      'facts',
      'readings',
      'causes',
      'steps',
      'recommendation',
      'notes',
      'privacy',
    ]);
  });

  it('states date, extension version and UI language', () => {
    const about = section(build(), 'about')!.blocks[0];
    expect(about).toEqual({
      kind: 'rows',
      rows: [
        { label: 'Created', value: '2026-11-25 11:00 UTC+01:00' },
        { label: 'Backup Rescue version', value: '0.1.0' },
        { label: 'Language of the app', value: 'German' },
      ],
    });
  });

  it('names each fact with its source and time', () => {
    const rows = section(build(), 'facts')!.blocks[0];
    expect(rows?.kind).toBe('rows');
    if (rows?.kind !== 'rows') return;
    expect(rows.rows).toContainEqual({
      label: 'Connection',
      value: 'Stable Wi-Fi',
      note: 'answered by the user, 2026-11-25 10:01 UTC+01:00',
    });
    expect(rows.rows).toContainEqual(
      expect.objectContaining({ label: 'iCloud storage used', value: '4.7 GB' }),
    );
  });

  it('lists the steps tried with outcome and time, then the recommendation', () => {
    const summary = build();
    const steps = section(summary, 'steps')!.blocks[0];
    expect(steps?.kind === 'list' && steps.items.map((i) => i.text)).toEqual([
      'Check the Wi-Fi connection: done (2026-11-25 10:05 UTC+01:00)',
      expect.stringMatching(/: skipped \(2026-11-25 10:20 UTC\+01:00\)$/),
    ]);
    expect(section(summary, 'recommendation')!.blocks[0]).toEqual({
      kind: 'paragraph',
      text: expect.stringMatching(/^Next step: /),
    });
  });

  it('masks personal data in the message and the notes, and says what was masked', () => {
    const summary = build();
    const text = allText(summary);
    for (const secret of ['anna.smith', 'Anna Smith', '170 1234567', '7654321', 'F2LXK0ABHG7F']) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain('209900');
    expect(summary.masked).toEqual([
      { kind: 'name', count: 1 },
      { kind: 'phone', count: 2 },
      { kind: 'serial', count: 1 },
      { kind: 'imei', count: 1 },
      { kind: 'appleId', count: 1 },
    ]);
    expect(section(summary, 'privacy')!.blocks[0]).toEqual({
      kind: 'paragraph',
      text: '1 name, 2 phone numbers, 1 serial number, 1 IMEI, 1 Apple Account identifier removed.',
    });
    expect(section(summary, 'notes')!.blocks[0]).toEqual({
      kind: 'quote',
      text: expect.stringContaining("I'm [name removed]. Call me on [phone number removed]"),
    });
  });

  it('localises the masks in German, but keeps the fixed tokens in the JSON', () => {
    const summary = build('de');
    expect(section(summary, 'problem')!.blocks[0]).toEqual({
      kind: 'quote',
      text: 'iPhone Backup Failed – Apple ID: [Apple Account entfernt]',
    });
    expect(summary.data.facts.alertText).toBe(
      'iPhone Backup Failed – Apple ID: [Apple Account removed]',
    );
  });

  it('leaves out free text on request, keeping only the known message wording', () => {
    const summary = build('en', true);
    expect(summary.data.facts.notes).toBeUndefined();
    expect(summary.data.facts.alertText).toBe('iPhone Backup Failed');
    expect(summary.data.freeTextLeftOut).toBe(true);
    expect(summary.masked).toEqual([]);
    expect(allText(summary)).not.toContain('Call me');
    expect(section(summary, 'problem')!.blocks[0]).toEqual({
      kind: 'paragraph',
      text: 'The message as typed was left out. It matches the known message "iPhone/iPad Backup Failed".',
    });
    expect(section(summary, 'notes')!.blocks[0]).toEqual({
      kind: 'paragraph',
      text: "The user's notes were left out.",
    });
  });

  it('drops an unrecognised message entirely when free text is left out', () => {
    const input = sampleInput();
    input.facts = { ...input.facts, alertText: 'Something odd, ask anna@example.com' };
    const summary = build('en', true, input);
    expect(summary.data.facts.alertText).toBeUndefined();
    expect(allText(summary)).not.toContain('odd');
  });

  it('strips query and fragment from page addresses', () => {
    const { data } = build();
    expect(data.facts.sources?.appleBackupStatus?.url).toBe(
      'https://www.apple.com/support/systemstatus/',
    );
    expect(data.readings[1]?.url).toBe('https://www.icloud.com/settings/');
    expect(allText(build())).not.toContain('secret');
  });

  it('produces JSON that validates and whose diagnosis is the engine’s for the same facts', () => {
    const { data } = build('de');
    expect(SummaryJson.safeParse(data).success).toBe(true);
    const again = diagnose(data.facts, { now: CREATED_AT });
    expect(data.diagnosis.causes.map((c) => [c.id, c.score])).toEqual(
      again.causes.map((c) => [c.id, c.score]),
    );
    expect(data.diagnosis.plan.map((p) => p.stepId)).toEqual(again.plan.map((p) => p.stepId));
  });

  it.each(LOCALES)(
    '%s: an unreadable Apple status is "not known", never shown as a status',
    (language) => {
      const input = { ...sampleInput(), facts: { appleBackupStatus: 'unknown' as const } };
      const summary = buildSummary(input, { language, leaveOutFreeText: false });
      const rows = summary.sections.flatMap((s) =>
        s.blocks.flatMap((b) => (b.kind === 'rows' ? b.rows : [])),
      );
      const status = rows.find((r) => r.label === reportText(language, 'support.appleStatus'));
      expect(status?.value).toBe(reportText(language, 'support.notKnown'));
      // Both sections name the status alike; only the support section's "not known" row says it.
      expect(
        rows.filter((r) => r.label === reportText(language, 'fact.appleBackupStatus')),
      ).toEqual([status]);
      expect(JSON.stringify(summary.sections)).not.toContain('unknown');
    },
  );

  it("says a step marked as the fix is the user's word, not a proven fix", () => {
    const input = {
      ...sampleInput(),
      facts: { stepsTried: { restart_device: 'fixed' as const } },
      stepLog: [],
    };
    const text = renderSummary(build('en', false, input), 'text');
    expect(text).toMatch(/The user marked "[^"]+" as having fixed the problem\./);
    expect(text).not.toMatch(/"[^"]+" fixed (it|the problem)/);
  });

  // Redaction finds what it recognises; the summary must not promise more than that.
  const recognised: Record<(typeof LOCALES)[number], RegExp> = {
    en: /recognised/,
    de: /erkannt/,
    fr: /reconnues/,
    es: /reconocidos/,
    it: /riconosciuti/,
    ja: /認識/,
    zh: /识别/,
  };
  it.each(LOCALES)('%s: claims removed only the personal data that was recognised', (language) => {
    const intro = reportText(language, 'intro');
    expect(intro).toMatch(recognised[language]);
  });

  it.each(LOCALES)("%s: sizes in the evidence are written the language's way", (language) => {
    const facts = { storageUsedBytes: 5e9, storageTotalBytes: 5 * 2 ** 30, backupSizeBytes: 2e9 };
    const input = { ...sampleInput(), facts, stepLog: [], readings: [] };
    const causes = JSON.stringify(
      section(buildSummary(input, { language, leaveOutFreeText: false }), 'causes'),
    );
    expect(causes).toContain(formatBytes(2e9, language));
    expect(causes).toContain(formatBytes(5 * 2 ** 30 - 5e9, language));
  });

  it.each(['ja', 'zh'] as const)(
    '%s: lists inside a sentence use the enumeration comma',
    (language) => {
      const summary = buildSummary(sampleInput(), { language, leaveOutFreeText: false });
      const privacy = section(summary, 'privacy')!.blocks[0];
      expect(privacy?.kind === 'paragraph' && privacy.text).toMatch(/\S、\S/);
      const rows = section(summary, 'facts')!.blocks[0];
      const categories = rows?.kind === 'rows' ? rows.rows.at(-1)!.value : '';
      expect(categories).toMatch(/\S、\S/);
    },
  );

  it.each(LOCALES)(
    '%s: a page that could not be read is not said to have been read',
    (language) => {
      const input = sampleInput({
        readings: [
          { site: 'status', state: 'unreadable', at: '2026-11-25T09:00:00.000Z', url: 'x' },
        ],
      });
      const summary = buildSummary(input, { language, leaveOutFreeText: false });
      const block = section(summary, 'readings')!.blocks[0]!;
      const line = block.kind === 'list' ? block.items[0]!.text : '';
      const state = reportText(language, 'reading.unreadable');
      expect(line).toContain(state);
      // The state's own verb ("read", "gelesen", 読み取り, 读取) must not come back as the time's.
      const stems = state.match(
        /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2}|\p{L}{4,}/gu,
      )!;
      const rest = line.replace(state, '');
      for (const stem of stems) expect(rest, stem).not.toContain(stem);
    },
  );

  // Spanish, Italian and French write language names in lower case ('Idioma de la app: inglés'),
  // as a value after a colon is.
  it.each(['es', 'it', 'fr'] as const)('%s: the app language is written in lower case', (l) => {
    for (const uiLanguage of LOCALES) {
      const summary = buildSummary(sampleInput({ uiLanguage }), {
        language: l,
        leaveOutFreeText: true,
      });
      const block = section(summary, 'about')!.blocks[0]!;
      const value = block.kind === 'rows' ? block.rows.at(-1)!.value : '';
      expect(value).toBe(reportText(l, `language.${uiLanguage}`));
      expect(value).toBe(value.toLocaleLowerCase(l));
    }
  });

  // 'Stato del sistema Apple: troppo vecchia': the feminine state was said of a masculine page
  // name; it now qualifies the reading ('lettura'), whichever site it is.
  it.each(['fresh', 'stale', 'unreadable'] as const)(
    'it: a reading %s agrees with the feminine noun it is said of',
    (state) => {
      for (const site of ['status', 'icloud'] as const) {
        const input = sampleInput({
          readings: [{ site, state, at: '2026-11-25T09:00:00.000Z', url: 'x' }],
        });
        const summary = buildSummary(input, { language: 'it', leaveOutFreeText: false });
        const block = section(summary, 'readings')!.blocks[0]!;
        const line = block.kind === 'list' ? block.items[0]!.text : '';
        expect(line).toContain(`: lettura ${reportText('it', `reading.${state}`)},`);
      }
    },
  );

  // 'Photos et vidéos: 1,4 To', '写真とビデオ: 1.4 TB': the category and its size were joined
  // with an English colon in every language.
  it.each(LOCALES)('%s: a storage category and its size are joined as a row is', (language) => {
    const summary = buildSummary(sampleInput(), { language, leaveOutFreeText: false });
    const block = section(summary, 'facts')!.blocks[0]!;
    const row = block.kind === 'rows' ? block.rows.at(-1)! : undefined;
    expect(row?.label).toBe(reportText(language, 'byCategory'));
    const colon = reportText(language, 'rowColon');
    const photos = textIn(language, 'storage.category.photos');
    expect(row?.value.startsWith(`${photos}${colon}`)).toBe(true);
  });

  it('says so when nothing is known yet', () => {
    const summary = build('en', false, {
      ...sampleInput(),
      facts: {},
      stepLog: [],
      readings: [],
    });
    const paragraphs = summary.sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])),
    );
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        'No message or symptom was given.',
        'Nothing is known about the device yet.',
        'No Apple page was read.',
        'No step has been tried yet.',
        'No personal data was found in the typed text.',
      ]),
    );
    expect(section(summary, 'notes')).toBeUndefined();
  });
});
