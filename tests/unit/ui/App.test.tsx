import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../src/ui/App';
import { readStoredValues } from '../../../src/ui/stored-values';
import { observationsItem, sessionItem } from '../../../src/storage/items';
import { newSession } from '../../../src/storage/session';
import { icloudReading, statusReading, storedSession } from '../../support/readings';

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

// The popup loads its flow's code lazily; loaded once here, as a browser would have it cached,
// so that the first test does not wait for Vitest to transform it.
beforeAll(() =>
  Promise.all([
    import('../../../src/ui/flow-engine'),
    import('../../../src/ui/screens/flow-screens'),
  ]),
);

describe('popup App', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('starts with "What do you see?" and moves focus to the first question', async () => {
    render(<App languageTag="en-US" />);
    fireEvent.click(await screen.findByRole('button', { name: "I don't know / no message" }));
    expect(await screen.findByText('Question 1')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H2'));
    expect(document.activeElement?.id).not.toBe('start-title');
    expect(screen.getByRole('button', { name: 'Not sure' })).toBeTruthy();
  });

  it('says at the first question that a typed message was not recognised', async () => {
    render(<App languageTag="en-US" />);
    fireEvent.input(await screen.findByLabelText('Or type or paste the exact message'), {
      target: { value: 'Zorp flux capacitor overheated' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Use this message' }));
    expect(await screen.findByText('Question 1')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/^We don't recognise this message/);
    const why = () => document.querySelector<HTMLDetailsElement>('details.why')!;
    fireEvent.click(within(why()).getByText('Why we ask'));
    expect(why().open).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Not sure' }));
    expect(await screen.findByText('Question 2')).toBeTruthy();
    expect(screen.queryByText(/We don't recognise this message/)).toBeNull();
    expect(why().open).toBe(false);
  });

  it('saves each answer at once, so closing the popup loses nothing', async () => {
    render(<App languageTag="en-US" />);
    fireEvent.click(await screen.findByRole('button', { name: "I don't know / no message" }));
    await screen.findByText('Question 1');
    await waitFor(async () => {
      const stored = (await sessionItem.getValue()) as { screen: string };
      expect(stored.screen).toBe('questions');
    });
  });

  it('speaks German when the browser does', async () => {
    render(<App languageTag="de-DE" />);
    expect(await screen.findByRole('heading', { name: 'Was wird dir angezeigt?' })).toBeTruthy();
  });

  it("tags the page with the texts' language, Chinese as Simplified script", async () => {
    render(<App languageTag="de-DE" />);
    await screen.findByRole('heading', { name: 'Was wird dir angezeigt?' });
    await waitFor(() => expect(document.documentElement.lang).toBe('de'));
    cleanup();
    render(<App languageTag="zh-CN" />);
    await waitFor(() => expect(document.documentElement.lang).toBe('zh-Hans'));
    const options = [...document.querySelectorAll('option')].map((o) => o.lang);
    expect(options).toContain('zh-Hans');
    expect(options).not.toContain('zh');
  });

  it('resumes stored progress', async () => {
    await sessionItem.setValue({
      ...newSession(new Date()),
      screen: 'results',
      facts: { storageStatus: 'full' },
    });
    render(<App languageTag="en-US" />);
    expect(await screen.findByRole('heading', { name: 'What to do now' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Most likely causes' })).toBeTruthy();
  });

  it('resumes from a storage read the page started before rendering', async () => {
    await sessionItem.setValue({ ...newSession(new Date()), screen: 'results', facts: {} });
    const values = await readStoredValues();
    const read = vi.spyOn(fakeBrowser.storage.local, 'get');
    render(<App languageTag="en-US" stored={{ values }} />);
    expect(await screen.findByRole('heading', { name: 'What to do now' })).toBeTruthy();
    expect(read).not.toHaveBeenCalled();
  });

  it('says so when stored progress was unreadable, instead of crashing', async () => {
    await sessionItem.setValue('{corrupted');
    render(<App languageTag="en-US" />);
    expect(await screen.findByText(/could not be read, so this is a fresh start/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What do you see?' })).toBeTruthy();
  });

  it('shows facts read from Apple pages with their source and age', async () => {
    await observationsItem.setValue({
      icloud: {
        kind: 'icloud-storage',
        source: 'icloud',
        url: 'https://www.icloud.com/settings/',
        observedAt: minutesAgo(5),
        parserVersion: 1,
        basis: 'displayed-decimal',
        usedBytes: 4.8e9,
        totalBytes: 5e9,
        used: { value: 4.8, unit: 'GB', bytes: 4.8e9 },
        total: { value: 5, unit: 'GB', bytes: 5e9 },
        categories: [],
      },
    });
    render(<App languageTag="en-US" />);
    expect(await screen.findByText('4.8 GB')).toBeTruthy();
    expect(screen.getByText('5 GB')).toBeTruthy();
    expect(screen.getAllByText('read from icloud.com, 5 minutes ago').length).toBe(2);
  });
});

describe('popup App next to another window of the flow', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  // The toolbar popup and the tab the status page's hint opens can be open together.
  it("takes over what the other window saved, so its next save keeps the other's answer", async () => {
    const at = new Date().toISOString();
    await sessionItem.setValue(storedSession(at));
    render(<App languageTag="en-US" />);
    await screen.findByRole('heading', { name: 'What to do now' });
    await waitFor(async () => expect(await sessionItem.getValue()).toBeTruthy());

    const other = storedSession(at);
    other.facts.wifi = 'unstable';
    await sessionItem.setValue(other);

    await waitFor(() => expect(screen.getAllByText(/Unstable/i).length).toBeGreaterThan(0));
    fireEvent.click(screen.getAllByRole('button', { name: 'Skip' })[0]!);
    await waitFor(async () => {
      const stored = (await sessionItem.getValue()) as ReturnType<typeof storedSession>;
      expect(stored.stepLog.length).toBe(2);
      expect(stored.facts.wifi).toBe('unstable');
    });
  });

  it('starts afresh when the other window deleted everything', async () => {
    await sessionItem.setValue(storedSession(new Date().toISOString()));
    render(<App languageTag="en-US" />);
    await screen.findByRole('heading', { name: 'What to do now' });
    await fakeBrowser.storage.local.clear();
    await waitFor(() => expect(screen.queryByText(/Stable Wi-Fi/i)).toBeNull());
  });
});

describe('popup App on damaged or failing storage', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  const recent = () => minutesAgo(2);
  const ready = async () =>
    waitFor(() => expect(document.querySelector('main')?.getAttribute('aria-busy')).toBe('false'));

  it.each([
    ['a status reading with nothing but its kind', { kind: 'apple-status' }, 'status'],
    [
      'icloud.com categories missing',
      { ...icloudReading(minutesAgo(2)), categories: undefined },
      'icloud',
    ],
    [
      'icloud.com categories [null]',
      { ...icloudReading(minutesAgo(2)), categories: [null] },
      'icloud',
    ],
  ])(
    'opens with %s: the reading is dropped alone, with a notice, answers kept',
    async (_l, bad, site) => {
      const good =
        site === 'status'
          ? { icloud: icloudReading(recent()) }
          : { status: statusReading(recent()) };
      await observationsItem.setValue({ ...good, [site]: bad });
      await sessionItem.setValue(storedSession(recent()));
      render(<App languageTag="en-US" />);
      await ready();
      const place = site === 'status' ? "Apple's System Status page" : 'your icloud.com storage';
      expect(screen.getByRole('status').textContent).toContain(`left out: the reading of ${place}`);
      expect(screen.getByRole('heading', { name: 'Most likely causes' })).toBeTruthy();
      // The damaged reading is removed, the good one and the answers stay.
      await waitFor(async () => expect(await observationsItem.getValue()).toEqual(good));
      const session = (await sessionItem.getValue()) as { facts: Record<string, unknown> };
      expect(session.facts).toMatchObject({ wifi: 'stable', power: 'charging' });
    },
  );

  it('keeps the answers when the notes are too long, and says the notes were left out', async () => {
    const stored = storedSession(recent());
    await sessionItem.setValue({ ...stored, facts: { ...stored.facts, notes: 'n'.repeat(6000) } });
    render(<App languageTag="en-US" />);
    await ready();
    expect(screen.getByRole('status').textContent).toMatch(
      /left out: your notes\. Everything else was kept/,
    );
    expect(screen.getByRole('heading', { name: 'Most likely causes' })).toBeTruthy();
  });

  it('says so when the browser refuses to save, and keeps the answer on screen', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    render(<App languageTag="en-US" />);
    fireEvent.click(await screen.findByRole('button', { name: "I don't know / no message" }));
    expect(await screen.findByText(/Your progress could not be saved/)).toBeTruthy();
    expect(screen.getByText('Question 1')).toBeTruthy();
  });

  it('renews the toolbar badge on opening and clears it after "Delete all data"', async () => {
    const badge = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
    await observationsItem.setValue({ status: statusReading(recent(), 'outage') });
    render(<App languageTag="en-US" />);
    await ready();
    await waitFor(() => expect(badge).toHaveBeenLastCalledWith({ text: '!' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    // The opener gives way to the question, whose button names what it deletes.
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    await waitFor(() => expect(badge).toHaveBeenLastCalledWith({ text: '' }));
  });

  it('"Delete all data" after a status reading leaves storage empty, and the popup starts empty', async () => {
    await observationsItem.setValue({ status: statusReading(recent()) });
    await sessionItem.setValue(storedSession(recent()));
    render(<App languageTag="en-US" />);
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    // The opener gives way to the question, whose button names what it deletes.
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    expect(await screen.findByText('Everything this extension stored was deleted.')).toBeTruthy();
    await waitFor(async () => expect(await fakeBrowser.storage.local.get(null)).toEqual({}));
    // Nothing is written back afterwards, by the popup or its reading watcher.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    cleanup();
    render(<App languageTag="en-US" />);
    expect(await screen.findByRole('heading', { name: 'What do you see?' })).toBeTruthy();
    expect(screen.getByText(/^Nothing yet\./)).toBeTruthy();
    expect(screen.queryByText(/left out|deleted/)).toBeNull();
  });
});
