import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Facts } from '../../../src/engine/facts';
import { App } from '../../../src/ui/App';
import { sessionItem } from '../../../src/storage/items';
import { newSession, type Session } from '../../../src/storage/session';
import { afterLabel } from '../../../src/ui/format';
import { TextsContext, textsFor } from '../../../src/ui/locale-context';
import { PasteForm } from '../../../src/ui/components/PasteForm';
import type { Flow } from '../../../src/ui/use-flow';

async function show(languageTag: string, facts: Facts, at: Session['screen'], label: string) {
  await sessionItem.setValue({ ...newSession(new Date()), screen: at, facts });
  render(<App languageTag={languageTag} />);
  await waitFor(() => expect(document.querySelector(label)).toBeTruthy());
  return document.querySelector('main')!;
}

/** Every label ending in a colon, with the character just after it. */
const afterColons = (root: HTMLElement) =>
  [...root.querySelectorAll('.path__label, .help__label, .evidence__dir')].map((label) => {
    const text = label.parentElement!.textContent!;
    const end = text.indexOf(label.textContent!) + label.textContent!.length;
    return { label: label.textContent!, next: text.slice(end, end + 1) };
  });

describe('between a label and its text', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('puts a space after a colon that has none of its own, none after a full-width one', () => {
    expect(afterLabel('Settings path:')).toBe(' ');
    expect(afterLabel('Pour\u00a0:')).toBe(' ');
    expect(afterLabel('確認する場所：')).toBe('');
    expect(afterLabel('设置路径：')).toBe('');
  });

  it.each([
    ['ja-JP', 'results', '.evidence__dir'],
    ['zh-CN', 'results', '.evidence__dir'],
    ['ja-JP', 'questions', '.help__label'],
    ['zh-CN', 'questions', '.help__label'],
  ] as const)('%s, %s: no gap after a full-width colon', async (tag, at, label) => {
    const main = await show(tag, { alertText: 'iPhone Backup Failed' }, at, label);
    const found = afterColons(main);
    expect(found.length).toBeGreaterThan(0);
    for (const { label, next } of found) expect(`${label}${next}`).not.toMatch(/：\s$/u);
  });

  it('en: keeps the space after "Settings path:" and "For:"', async () => {
    const main = await show(
      'en-US',
      { alertText: 'Not enough iCloud storage' },
      'results',
      '.evidence__dir',
    );
    const found = afterColons(main);
    expect(found.length).toBeGreaterThan(1);
    for (const { next } of found) expect(next).toBe(' ');
  });

  // The steps tried were joined with an ASCII ': ' in every language ('Wi-Fi接続を確認する: 解決した',
  // 'Vérifier la connexion Wi-Fi: problème résolu').
  it.each([
    ['fr-FR', '\u00a0: '],
    ['ja-JP', '：'],
    ['zh-CN', '：'],
    ['en-US', ': '],
  ] as const)(
    '%s: a step tried and its outcome are joined as the language does',
    async (tag, colon) => {
      const main = await show(
        tag,
        { stepsTried: { check_wifi: 'no_change' } },
        'results',
        '.tried li',
      );
      const item = main.querySelector('.tried li')!.textContent!;
      expect(item).toContain(colon);
      expect(item.replace(colon, '')).not.toMatch(/[:：]/u);
    },
  );

  it.each(['ja-JP', 'zh-CN'])(
    '%s: the smallest plan and the price note follow without a gap',
    async (tag) => {
      const facts: Facts = {
        storageUsedBytes: 4_900_000_000,
        storageTotalBytes: 5_368_709_120,
        backupSizeBytes: 2_000_000_000,
      };
      const main = await show(tag, facts, 'results', 'p > span.muted');
      const hint = main.querySelector('p > span.muted')!.parentElement!.textContent!;
      expect(hint).toMatch(/[。）]/u);
      expect(hint).not.toMatch(/[。！？]\s/u);
    },
  );

  // '…を使用済み。 次回のバックアップ：…。': what a paste read was joined with a space.
  it.each(['ja', 'zh'] as const)('%s: what a paste read runs on without a gap', async (locale) => {
    const flow = { update: vi.fn() } as unknown as Flow;
    render(
      <TextsContext.Provider value={textsFor(locale)}>
        <PasteForm flow={flow} />
      </TextsContext.Provider>,
    );
    const box = document.querySelector<HTMLTextAreaElement>('#paste-input')!;
    fireEvent.input(box, { target: { value: '4.8 GB of 5 GB used\nNext Backup Size 2.1 GB' } });
    fireEvent.submit(box.form!);
    const status = document.querySelector('[role="status"]')!;
    await waitFor(() => expect(status.textContent).toMatch(/。.*。$/u));
    expect(status.textContent).not.toMatch(/[。！？]\s/u);
  });
});
