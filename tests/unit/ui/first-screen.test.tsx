import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadCatalogs, START_PARTS } from '../../../src/i18n/load';
import { observationsItem, sessionItem } from '../../../src/storage/items';
import { newSession } from '../../../src/storage/session';
import { App } from '../../../src/ui/App';
import { SHELL_TITLE } from '../../../src/ui/shell';
import { statusReading } from '../../support/readings';

// The flow's code (checks, engine, storage writes) loads only when the test lets it.
const engine = vi.hoisted(() => {
  let load = () => {};
  const loaded = new Promise<void>((resolve) => (load = resolve));
  return { load: () => load(), loaded, asked: false };
});
vi.mock('../../../src/ui/flow-engine', async (original) => {
  engine.asked = true;
  await engine.loaded;
  return original();
});

describe('the popup before the flow has loaded', () => {
  // As the popup's page does before its first render (entrypoints/popup/main.tsx).
  beforeAll(() => loadCatalogs('en', START_PARTS));
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('shows a new start screen at once, loads the rest after, and keeps a choice made before', async () => {
    const fresh = { session: null, observations: null, preferences: null };
    const resumed = { ...fresh, session: { ...newSession(new Date()), screen: 'results' } };
    const start = render(<App languageTag="en-US" stored={{ values: fresh }} />);
    const first = within(start.container as HTMLElement);
    expect(first.getByRole('heading', { name: 'What do you see?' })).toBeTruthy();
    expect(first.getAllByRole('button', { name: /.+/ }).length).toBeGreaterThan(6);
    // The rest is asked for once the start screen is on screen.
    await waitFor(() => expect(engine.asked).toBe(true));

    // Progress waits for the checks: the shell (the name and a busy frame), never a start screen.
    const results = render(<App languageTag="en-US" stored={{ values: resumed }} />);
    expect(results.container.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(
      within(results.container as HTMLElement)
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual([SHELL_TITLE]);
    // Both share one storage, as two windows of the flow do: the resumed one would take over
    // what the first saves (App.test.tsx, "next to another window"). Resuming itself is tested
    // there too ("resumes from a storage read the page started before rendering").
    results.unmount();

    fireEvent.click(first.getByRole('button', { name: "I don't know / no message" }));
    expect(first.getByRole('heading', { name: 'What do you see?' })).toBeTruthy();
    engine.load();
    expect(await first.findByText('Question 1')).toBeTruthy();
    await waitFor(async () =>
      expect(((await sessionItem.getValue()) as { screen: string }).screen).toBe('questions'),
    );
    expect(screen.queryAllByRole('heading', { name: 'What do you see?' })).toHaveLength(0);
  });
});

/** The popup as it opens with nothing stored, its engine already on the way. */
function renderFreshStart() {
  engine.load();
  render(
    <App
      languageTag="en-US"
      stored={{ values: { session: null, observations: null, preferences: null } }}
    />,
  );
}

describe('a start screen shown before the checks', () => {
  beforeAll(() => loadCatalogs('en', START_PARTS));
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('keeps what was typed at once while the rest loads', async () => {
    renderFreshStart();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'weeks' } });
    // The checked flow saves the session it starts.
    await waitFor(async () => expect(await sessionItem.getValue()).not.toBeNull());
    expect(screen.getByRole<HTMLInputElement>('searchbox').value).toBe('weeks');
    expect(screen.getByRole('button', { name: 'Last backup is weeks old' })).toBeTruthy();
  });

  it('shows what a page read meanwhile', async () => {
    renderFreshStart();
    expect(screen.getByRole('heading', { name: 'What do you see?' })).toBeTruthy();
    await observationsItem.setValue({ status: statusReading(new Date().toISOString(), 'outage') });
    fireEvent.pointerMove(document.body);
    expect(await screen.findByRole('heading', { name: /iCloud Backup outage/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What do you see?' })).toBeTruthy();
  });
});
