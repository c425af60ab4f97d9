import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Facts } from '../../../src/engine/facts';
import { App } from '../../../src/ui/App';
import { observationsItem, sessionItem } from '../../../src/storage/items';
import { statusReading } from '../../support/readings';
import { newSession, type Session } from '../../../src/storage/session';

const LIKELIHOOD = /\b(very likely|likely|possible|unlikely)\b/;
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

async function showResults(facts: Facts, screenName: Session['screen'] = 'results') {
  await sessionItem.setValue({ ...newSession(new Date()), screen: screenName, facts });
  render(<App languageTag="en-US" />);
  return screen.findByRole('heading', { name: 'What to do now' });
}

const currentStep = () => document.querySelector<HTMLElement>('article.step--current')!;

describe('results', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('start with the step to do now, before the causes, and focus its heading', async () => {
    const heading = await showResults({ alertText: 'Not enough iCloud storage' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const causes = screen.getByRole('heading', { name: 'Most likely causes' });
    expect(
      heading.compareDocumentPosition(currentStep()) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(
      currentStep().compareDocumentPosition(causes) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(within(currentStep()).getAllByText(/^Settings > /)[0]).toBeTruthy();
  });

  it('move focus to the next step once one is marked, whichever button marked it', async () => {
    await showResults({ wifi: 'unstable', storageStatus: 'plenty' });
    for (let i = 0; i < 4; i += 1) {
      const before = currentStep().querySelector('h3')!.textContent;
      const move = within(currentStep()).queryByRole('button', { name: 'No change' })
        ? ['No change', 'Skip'][i % 2]!
        : 'Done, next step';
      const confirm = within(currentStep()).queryByRole('checkbox');
      if (confirm) fireEvent.click(confirm);
      fireEvent.click(within(currentStep()).getByRole('button', { name: move }));
      await waitFor(() => expect(currentStep().querySelector('h3')!.textContent).not.toBe(before));
      await waitFor(() => expect(document.activeElement).toBe(currentStep().querySelector('h3')));
    }
  });

  it('say how likely each cause is in words, never as a percentage, and not on the step', async () => {
    await showResults({ alertText: 'Not enough iCloud storage', wifi: 'stable' });
    const causes = document.querySelectorAll('.cause');
    expect(causes.length).toBeGreaterThan(0);
    causes.forEach((cause) => expect(cause.textContent).toMatch(LIKELIHOOD));
    expect(causes[0]?.textContent).toContain('very likely');
    expect(document.querySelector('main')!.textContent).not.toMatch(/\d\s?%/);
    expect(currentStep().textContent).not.toMatch(LIKELIHOOD);
  });

  it('keep each cause to one line until "Why" opens its meaning and evidence', async () => {
    await showResults({ alertText: 'Not enough iCloud storage' });
    const top = document.querySelector<HTMLDetailsElement>('.cause details')!;
    expect(top.open).toBe(false);
    fireEvent.click(within(top).getByText('Why'));
    expect(top.open).toBe(true);
    expect(top.textContent).toMatch(/For: Your message matches/);
    expect(top.textContent).toContain('The next backup needs more space');
  });

  it('show an old last backup as a warning, with what is at stake', async () => {
    await showResults({ lastSuccessfulBackup: daysAgo(170), storageStatus: 'plenty' });
    const warning = screen
      .getAllByRole('note')
      .find((note) => note.textContent?.includes('180 days'));
    expect(warning?.classList.contains('warning')).toBe(true);
    expect(warning?.querySelector('svg')).toBeTruthy();
  });

  it('offer the storage paste box once, where storage is discussed', async () => {
    await showResults({ storageStatus: 'full' });
    const pastes = screen.getAllByText(
      'Type or paste what Settings shows about your iCloud storage',
    );
    expect(pastes).toHaveLength(1);
    expect(currentStep().contains(pastes[0]!)).toBe(true);
    expect(screen.getByRole('region', { name: 'What we know' }).textContent).not.toContain('Paste');
  });

  it('read pasted numbers into the answers when the box is opened and used', async () => {
    await showResults({ storageStatus: 'full' });
    const details = screen.getByText('Type or paste what Settings shows about your iCloud storage')
      .parentElement as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    // The form is its own chunk, loaded on first opening: slow on a loaded machine.
    const box = await screen.findByLabelText('Lines copied from Settings or icloud.com');
    fireEvent.input(box, { target: { value: '4,8 GB von 5 GB belegt' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use these numbers' }));
    await waitFor(async () =>
      expect(((await sessionItem.getValue()) as Session).facts.storageTotalBytes).toBe(5 * 2 ** 30),
    );
    expect(screen.getByRole('region', { name: 'What we know' }).textContent).toContain('4.8 GB');
  });
});

describe('the storage panel', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);
  const GIB = 2 ** 30;
  const panel = () => screen.getByRole('region', { name: 'Your iCloud storage' }).textContent;

  it('with the next backup unknown, claims no exact shortfall and no plan that holds it', async () => {
    await showResults({ storageUsedBytes: 5 * GIB, storageTotalBytes: 5 * GIB });
    expect(panel()).toContain('None of the iCloud storage is free, so no backup fits.');
    expect(panel()).not.toMatch(/more space is needed|holds everything/);
    expect(panel()).toContain('Smallest bigger plan with room for a basic backup: iCloud+ 50 GB');
  });

  it('over its plan, says freeing the overage is the least that is needed', async () => {
    await showResults({ storageUsedBytes: 60 * GIB, storageTotalBytes: 5 * GIB });
    expect(panel()).toContain('The account uses 55 GB more than its plan holds');
    expect(panel()).not.toContain('more space is needed');
  });

  it('with the next backup known, says exactly what is missing and which plan holds it', async () => {
    await showResults({
      storageUsedBytes: 5 * GIB,
      storageTotalBytes: 5 * GIB,
      backupSizeBytes: 2 * GIB,
    });
    expect(panel()).toContain('The next backup does not fit: 2 GB more space is needed.');
    expect(panel()).toContain('Smallest plan that holds everything: iCloud+ 50 GB');
  });
});

describe('"What we know"', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('does not promise answers "fill in by themselves" beside a page that could not be used', async () => {
    await observationsItem.setValue({ status: statusReading(new Date().toISOString(), 'unknown') });
    await showResults({});
    const known = screen.getByRole('region', { name: 'What we know' }).textContent;
    expect(known).toContain(
      "iCloud Backup's status couldn't be read on Apple's System Status page",
    );
    expect(known).not.toMatch(/Nothing yet|fill in by themselves/);
  });

  it('leaves out an unreadable Apple status (from an imported summary): it says nothing', async () => {
    await showResults({ appleBackupStatus: 'unknown', wifi: 'stable' });
    const known = screen.getByRole('region', { name: 'What we know' }).textContent;
    expect(known).toContain('Stable Wi-Fi');
    expect(known).not.toContain('iCloud Backup at Apple');
    expect(known).not.toContain('unknown');
  });
});

describe('"Start over"', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('asks first; Cancel keeps the session, and only yes clears it', async () => {
    await showResults({ storageStatus: 'full' });
    const footer = screen.getByRole('contentinfo');
    fireEvent.click(within(footer).getByRole('button', { name: 'Start over' }));
    const ask = within(footer).getByRole('group', { name: /^Start over\?/ });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(ask).getByRole('button', { name: 'Cancel' })),
    );
    fireEvent.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('heading', { name: 'What to do now' })).toBeTruthy();
    expect(((await sessionItem.getValue()) as Session).facts.storageStatus).toBe('full');

    fireEvent.click(within(footer).getByRole('button', { name: 'Start over' }));
    fireEvent.click(
      within(within(footer).getByRole('group')).getByRole('button', { name: 'Start over' }),
    );
    expect(await screen.findByRole('heading', { name: 'What do you see?' })).toBeTruthy();
    await waitFor(async () =>
      expect(((await sessionItem.getValue()) as Session).facts).toEqual({}),
    );
  });

  it('backs out of the question on Escape, focus back on the button, nothing cleared', async () => {
    await showResults({ storageStatus: 'full' });
    const footer = screen.getByRole('contentinfo');
    for (const name of ['Start over', 'Delete all data']) {
      fireEvent.click(within(footer).getByRole('button', { name }));
      const ask = within(footer).getByRole('group');
      fireEvent.keyDown(within(ask).getByRole('button', { name: 'Cancel' }), { key: 'Escape' });
      expect(within(footer).queryByRole('group')).toBeNull();
      await waitFor(() =>
        expect(document.activeElement).toBe(within(footer).getByRole('button', { name })),
      );
    }
    expect(((await sessionItem.getValue()) as Session).facts.storageStatus).toBe('full');
  });
});
