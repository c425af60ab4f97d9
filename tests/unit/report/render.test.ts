import { describe, expect, it } from 'vitest';
import {
  buildSummary,
  fileNameOf,
  mimeTypeOf,
  renderSummary,
  SUMMARY_FORMATS,
} from '../../../src/report';
import { sampleInput } from './fixtures';

const GOLDEN = '../../fixtures/golden';

describe.each(['en', 'de'] as const)('renderers in %s', (language) => {
  const summary = buildSummary(sampleInput(), { language, leaveOutFreeText: false });

  it('Markdown matches its golden file', async () => {
    await expect(renderSummary(summary, 'markdown')).toMatchFileSnapshot(
      `${GOLDEN}/summary.${language}.md`,
    );
  });

  it('plain text matches its golden file', async () => {
    await expect(renderSummary(summary, 'text')).toMatchFileSnapshot(
      `${GOLDEN}/summary.${language}.txt`,
    );
  });

  it('JSON is the summary data, pretty-printed', () => {
    expect(JSON.parse(renderSummary(summary, 'json'))).toEqual(summary.data);
  });
});

describe('rendering details', () => {
  const summary = buildSummary(sampleInput(), { language: 'en', leaveOutFreeText: false });

  it('fences user text in Markdown so it cannot format the document', () => {
    const input = sampleInput();
    input.facts = { ...input.facts, notes: '# not a heading\n```\n[link](javascript:x)' };
    const md = renderSummary(
      buildSummary(input, { language: 'en', leaveOutFreeText: false }),
      'markdown',
    );
    expect(md).toContain('````text\n# not a heading\n```\n[link](javascript:x)\n````');
  });

  it.each([
    ['en', 'Device model: iPhone 12', '- **Device model:** iPhone 12'],
    ['fr', 'Modèle de l’appareil\u00a0: iPhone 12', '- **Modèle de l’appareil\u00a0:** iPhone 12'],
    ['ja', 'デバイスのモデル：iPhone 12', '- **デバイスのモデル：** iPhone 12'],
    ['zh', '设备型号：iPhone 12', '- **设备型号：** iPhone 12'],
  ] as const)('%s: rows take the language\'s "label: value" punctuation', (language, text, md) => {
    const localized = buildSummary(sampleInput(), { language, leaveOutFreeText: false });
    expect(renderSummary(localized, 'text')).toContain(`\n${text}\n`);
    expect(renderSummary(localized, 'markdown')).toContain(`\n${md}\n`);
  });

  it.each([
    ['en', /\n {3}For: \S/],
    ['ja', /\n {3}当てはまる点：\S/],
    ['zh', /\n {3}支持的迹象：\S/],
  ] as const)('%s: evidence lines take the same punctuation as rows', (language, line) => {
    const localized = buildSummary(sampleInput(), { language, leaveOutFreeText: false });
    expect(renderSummary(localized, 'text')).toMatch(line);
  });

  it('names files by date and format', () => {
    expect(SUMMARY_FORMATS.map((f) => fileNameOf(summary, f))).toEqual([
      'backup-rescue-summary-2026-11-25.md',
      'backup-rescue-summary-2026-11-25.txt',
      'backup-rescue-summary-2026-11-25.json',
    ]);
    expect(mimeTypeOf('json')).toBe('application/json;charset=utf-8');
  });

  it('never lets the typed personal data into any format', () => {
    for (const format of SUMMARY_FORMATS) {
      const out = renderSummary(summary, format);
      for (const secret of ['anna.smith@example.com', 'Anna Smith', '1234567', 'F2LXK0ABHG7F']) {
        expect(out, format).not.toContain(secret);
      }
    }
  });

  // '現在のサービス停止 (Appleのシステム状況から読み取り、…)': where a value came from was put in
  // ASCII brackets after a space in every language.
  it.each(['ja', 'zh'] as const)('%s: says where a value came from in full-width brackets', (l) => {
    const summary = buildSummary(sampleInput(), { language: l, leaveOutFreeText: false });
    for (const format of ['text', 'markdown'] as const) {
      const out = renderSummary(summary, format);
      expect(out, format).toMatch(/[^\s]（[^）]+\d{2}:\d{2}[^）]*）/u);
      expect(out, format).not.toMatch(/ \((?!https?:)[^)]*\p{Script=Han}/u);
    }
  });

  // The rule under '問題' was two dashes wide, half the heading a monospaced font shows.
  it.each(['ja', 'zh', 'en'] as const)(
    '%s: each heading is underlined as wide as it shows',
    (l) => {
      const lines = renderSummary(
        buildSummary(sampleInput(), { language: l, leaveOutFreeText: false }),
        'text',
      ).split('\n');
      const headings = lines.filter((_, i) => /^[-=]+$/.test(lines[i + 1] ?? ''));
      expect(headings.length).toBeGreaterThan(5);
      for (const heading of headings) {
        const rule = lines[lines.indexOf(heading) + 1]!;
        const wide = heading.match(
          /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\u30fb\u30fc\uff00-\uffef]/gu,
        );
        expect(rule.length, heading).toBe([...heading].length + (wide?.length ?? 0));
      }
    },
  );
});
