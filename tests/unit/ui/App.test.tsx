import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../src/ui/App';
import { observationsItem } from '../../../src/storage/items';
import { newSession, sessionItem } from '../../../src/storage/session';

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

describe('popup App', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('starts with "What do you see?" and moves focus to the first question', async () => {
    render(<App languageTag="en-US" />);
    fireEvent.click(await screen.findByRole('button', { name: "I don't know / no message" }));
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H2'));
    expect(screen.getByText('Question 1')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Not sure' })).toBeTruthy();
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
