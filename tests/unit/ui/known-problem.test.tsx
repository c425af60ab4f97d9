import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../src/ui/App';
import { sessionItem } from '../../../src/storage/items';
import { newSession } from '../../../src/storage/session';

beforeAll(() =>
  Promise.all([
    import('../../../src/ui/flow-engine'),
    import('../../../src/ui/screens/flow-screens'),
  ]),
);

const known = () => within(screen.getByRole('region', { name: /What we know|Was wir wissen/ }));

async function openAt(facts: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  await sessionItem.setValue({ ...newSession(new Date()), screen: 'results', facts, ...extra });
}

describe('"What we know" names what the first screen was told', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('a message picked from the list, by its name, and "Change" goes back to the list', async () => {
    render(<App languageTag="en-US" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Not enough iCloud storage' }));
    await screen.findByRole('heading', { name: 'What to do now' });
    expect(known().getByText('What you see')).toBeTruthy();
    expect(known().getByText('Not enough iCloud storage')).toBeTruthy();
    expect(known().queryByText(/^Nothing yet/)).toBeNull();
    expect(known().queryByRole('link')).toBeNull();

    fireEvent.click(known().getByRole('button', { name: 'Change What you see' }));
    fireEvent.click(await screen.findByRole('button', { name: 'iPhone/iPad Backup Failed' }));
    await screen.findByText('Question 1');
    expect(known().getByText('iPhone/iPad Backup Failed')).toBeTruthy();
    expect(known().queryByText('Not enough iCloud storage')).toBeNull();
  });

  it("a typed message, quoted in the language's own marks and cut when long", async () => {
    const long = `Backup failed ${'because of something long '.repeat(8)}end`;
    await openAt({ alertText: long });
    render(<App languageTag="de-DE" />);
    await screen.findByRole('heading', { name: 'Was du jetzt tun kannst' });
    const value = known().getByText(/^„Backup failed/).textContent!;
    expect(value.endsWith('…“')).toBe(true);
    expect([...value].length).toBe(120 + 2);
    expect(value).not.toContain('end');
  });

  it('a symptom chosen instead of a message', async () => {
    await openAt({ symptom: 'restore_fails' });
    render(<App languageTag="en-US" />);
    await screen.findByRole('heading', { name: 'What to do now' });
    const item = known().getByText('What you see').closest('.known__item')!;
    expect(item.querySelector('.known__value')?.textContent).toMatch(/restor/i);
  });
});

describe('a question that a page answers offers that page', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it("Apple's status question links the status page in the popup's language", async () => {
    await openAt({}, { screen: 'questions', asking: 'appleBackupStatus' });
    render(<App languageTag="de-DE" />);
    const link = await screen.findByRole('link', { name: /^Apples Systemstatus-Seite öffnen/ });
    expect(link.getAttribute('href')).toBe('https://www.apple.com/de/support/systemstatus/');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('the storage question links icloud.com, and a question no page answers links nothing', async () => {
    await openAt({}, { screen: 'questions', asking: 'storageStatus' });
    render(<App languageTag="en-US" />);
    const link = await screen.findByRole('link', { name: /^Open your storage on icloud.com/ });
    expect(link.getAttribute('href')).toBe('https://www.icloud.com/settings/');
    cleanup();
    await openAt({}, { screen: 'questions', asking: 'wifi' });
    render(<App languageTag="en-US" />);
    await screen.findByRole('heading', { name: /connected to the internet/ });
    expect(screen.queryByRole('link', { name: /^Open / })).toBeNull();
  });
});

describe('a last backup given as weeks or months ago', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  const answerAgo = async (amount: string, unit: string) => {
    await openAt({}, { screen: 'questions', asking: 'lastSuccessfulBackup' });
    render(<App languageTag="en-US" />);
    fireEvent.input(await screen.findByRole('textbox', { name: 'About how long ago?' }), {
      target: { value: amount },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Days, weeks or months' }), {
      target: { value: unit },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText('Question 2');
    const stored = (await sessionItem.getValue()) as {
      facts: { sources: Record<string, { approximate?: true }> };
    };
    return stored.facts.sources.lastSuccessfulBackup;
  };

  it('is stored as approximate and said as around its day', async () => {
    expect((await answerAgo('3', 'weeks'))?.approximate).toBe(true);
    const item = known().getByText('Last successful backup').closest('.known__item')!;
    expect(item.querySelector('.known__value')?.textContent).toMatch(
      /^around \w{3} \d{1,2}, \d{4}$/,
    );
  });

  it('given in days, is the day itself', async () => {
    expect((await answerAgo('3', 'days'))?.approximate).toBeUndefined();
    const item = known().getByText('Last successful backup').closest('.known__item')!;
    expect(item.querySelector('.known__value')?.textContent).toMatch(/^\w{3} \d{1,2}, \d{4}$/);
  });
});

describe('"What we know" with nothing known', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it.each([
    ['en-US', /^Nothing yet/, 'https://www.apple.com/support/systemstatus/'],
    ['de-DE', /^Noch nichts/, 'https://www.apple.com/de/support/systemstatus/'],
  ])('%s: links the two pages its "Nothing yet" says to open', async (tag, none, status) => {
    render(<App languageTag={tag} />);
    await waitFor(() => expect(known().getAllByRole('link')).toHaveLength(2));
    expect(known().getByText(none)).toBeTruthy();
    const [statusPage, storage] = known().getAllByRole('link');
    expect(statusPage!.getAttribute('href')).toBe(status);
    expect(storage!.getAttribute('href')).toBe('https://www.icloud.com/settings/');
  });
});
