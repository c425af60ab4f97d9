import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../src/ui/App';
import { PrintReport } from '../../../src/ui/export/PrintReport';
import { buildSummary, renderSummary } from '../../../src/report';
import { sessionItem } from '../../../src/storage/items';
import { newSession, type Session } from '../../../src/storage/session';
import { sampleInput } from '../report/fixtures';
import { fakeManifest } from '../../support/fake-manifest';

const stored: Session = {
  ...newSession(new Date('2026-11-25T09:00:00Z')),
  screen: 'results',
  facts: { storageStatus: 'full', wifi: 'stable', alertText: 'iPhone Backup Failed' },
  stepLog: [{ stepId: 'check_wifi', outcome: 'no_change', at: '2026-11-25T09:05:00.000Z' }],
};

/** The exact text that will be copied: the preview shows it formatted until asked for the text. */
function rawText(show = 'Show the exact text', label = 'Exact text of the summary') {
  if (!screen.queryByLabelText(label)) fireEvent.click(screen.getByRole('button', { name: show }));
  return screen.getByLabelText<HTMLTextAreaElement>(label).value;
}
const preview = () => rawText();
const vorschau = () => rawText('Genauen Text zeigen', 'Genauer Text der Zusammenfassung');

async function openExport() {
  render(<App languageTag="de-DE" />);
  const button = { name: 'Zusammenfassung exportieren' };
  fireEvent.click(await screen.findByRole('button', button));
  return screen.findByRole('heading', { name: 'Diagnose-Zusammenfassung' });
}

async function openExportInEnglish() {
  render(<App languageTag="en-US" />);
  fireEvent.click(await screen.findByRole('button', { name: 'Export summary' }));
  return screen.findByRole('heading', { name: 'Diagnostic summary' });
}

function chooseFile(content: string | Uint8Array<ArrayBuffer>, name = 'summary.json') {
  const input = screen.getByLabelText<HTMLInputElement>('Summary file saved earlier (.json)');
  Object.defineProperty(input, 'files', {
    configurable: true,
    value: [new File([content], name, { type: 'application/json' })],
  });
  fireEvent.change(input);
}

describe('export screen', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    fakeManifest();
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation(
      (path: string) => `chrome-extension://id${path}`,
    );
    await sessionItem.setValue(stored);
  });
  afterEach(cleanup);

  it('opens from the footer, focuses its heading, and Back returns to the same screen', async () => {
    const heading = await openExport();
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const preview = screen.getByRole('region', { name: 'Vorschau' });
    expect(
      within(preview).getByRole('heading', { name: 'Backup Rescue: Diagnose-Zusammenfassung' }),
    ).toBeTruthy();
    expect(
      within(preview).getByRole('heading', { name: 'Was der Apple Support meist zuerst fragt' }),
    ).toBeTruthy();
    expect(vorschau()).toMatch(/^# Backup Rescue: Diagnose-Zusammenfassung/);
    fireEvent.click(screen.getByRole('button', { name: 'Zurück' }));
    expect(await screen.findByRole('heading', { name: 'Was du jetzt tun kannst' })).toBeTruthy();
  });

  it('closes once "Start over" clears what it summarised, on the new start screen', async () => {
    await openExportInEnglish();
    const footer = screen.getByRole('contentinfo');
    fireEvent.click(within(footer).getByRole('button', { name: 'Start over' }));
    fireEvent.click(
      within(within(footer).getByRole('group')).getByRole('button', { name: 'Start over' }),
    );
    expect(await screen.findByRole('heading', { name: 'What do you see?' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Diagnostic summary' })).toBeNull();
  });

  it('offers English whatever the UI language, and every format', async () => {
    await openExport();
    fireEvent.click(screen.getByLabelText(/^Englisch/));
    fireEvent.click(screen.getByLabelText('Reiner Text'));
    const text = vorschau();
    expect(text).toMatch(/^Backup Rescue: diagnostic summary\n=+/);
    expect(text).toContain('Language of the app: German');
    fireEvent.click(screen.getByLabelText(/\(JSON\)$/));
    const json = JSON.parse(vorschau());
    expect(json).toMatchObject({ format: 'backup-rescue-summary', version: 1, language: 'en' });
    expect(json.stepLog).toEqual(stored.stepLog);
  });

  it('marks each language option in the language its label is written in', async () => {
    await openExport();
    // Both labels are German words ("Englisch (…)", "Deutsch (…)"): a screen reader says them so.
    for (const name of [/^Englisch/, /^Deutsch/]) {
      const option = screen.getByLabelText(name).closest('label')!;
      expect(option.closest('[lang]')?.getAttribute('lang'), String(name)).toBe('de');
    }
  });

  it('masks personal data typed into the notes, says so, and can leave free text out', async () => {
    await openExportInEnglish();
    fireEvent.input(screen.getByLabelText('Notes for Apple Support (optional)'), {
      target: { value: 'Reach me at anna@example.com or +49 170 1234567' },
    });
    await waitFor(() => expect(preview()).toContain('Reach me at [email removed]'));
    expect(preview()).not.toContain('anna@example.com');
    expect(screen.getByText('1 email address, 1 phone number removed.')).toBeTruthy();
    await waitFor(async () =>
      expect(((await sessionItem.getValue()) as Session).facts.notes).toMatch(/^Reach me/),
    );

    fireEvent.click(screen.getByLabelText('Leave out my notes and the typed message'));
    expect(preview()).not.toContain('Reach me');
    expect(preview()).toContain("The user's notes were left out.");
  });

  it('copies the preview and announces it', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await openExportInEnglish();
    fireEvent.click(screen.getByRole('button', { name: 'Copy the summary (Markdown)' }));
    expect(await screen.findByText('The summary was copied to the clipboard.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(preview());
  });

  it('says so when copying is refused', async () => {
    const writeText = vi.fn().mockRejectedValue(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await openExportInEnglish();
    fireEvent.click(screen.getByRole('button', { name: 'Copy the summary (Markdown)' }));
    expect(await screen.findByText(/Copying did not work/)).toBeTruthy();
  });

  it('downloads through a Blob link, without any permission', async () => {
    const createObjectURL = vi.fn(() => 'blob:summary');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await openExportInEnglish();
    fireEvent.click(screen.getByRole('button', { name: 'Download the summary (.md file)' }));
    expect(click).toHaveBeenCalled();
    const anchor = click.mock.contexts[0] as HTMLAnchorElement;
    expect(anchor.download).toMatch(/^backup-rescue-summary-\d{4}-\d{2}-\d{2}\.md$/);
    expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
    expect(screen.getByText(/^Download started: backup-rescue-summary-/)).toBeTruthy();
  });

  // The buttons say what they copy and download, so they change with the chosen format.
  it('names the chosen format on the copy and download buttons', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:summary'), revokeObjectURL: vi.fn() });
    await openExport();
    fireEvent.click(screen.getByLabelText('Reiner Text'));
    expect(
      screen.getByRole('button', { name: 'Zusammenfassung kopieren (reiner Text)' }),
    ).toBeTruthy();
    fireEvent.click(
      screen.getByRole('button', { name: 'Zusammenfassung herunterladen (.txt-Datei)' }),
    );
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toMatch(/\.txt$/);
  });

  it('opens the print page in a tab with the chosen language and free-text switch', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openExport();
    fireEvent.click(screen.getByLabelText(/^Englisch/));
    fireEvent.click(screen.getByLabelText('Meine Notizen und die eingegebene Meldung weglassen'));
    fireEvent.click(
      screen.getByRole('button', { name: 'Drucken / Als PDF speichern (in einem neuen Tab)' }),
    );
    expect(create).toHaveBeenCalledWith({
      url: 'chrome-extension://id/report.html?lang=en&freeText=no',
    });
  });
});

describe('import', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    fakeManifest();
    await sessionItem.setValue(stored);
  });
  afterEach(cleanup);

  it('refuses a malformed file with a clear message and changes nothing', async () => {
    await openExportInEnglish();
    const before = await sessionItem.getValue();
    const valid = buildSummary(sampleInput(), { language: 'en', leaveOutFreeText: false });
    chooseFile(JSON.stringify({ ...valid.data, facts: { wifi: 42 } }));
    const alert = await screen.findByText(/This summary is damaged or was edited: .*facts\.wifi/);
    expect(alert.textContent).toMatch(/Nothing was changed\.$/);
    expect(screen.queryByRole('button', { name: 'Replace current progress' })).toBeNull();
    expect(await sessionItem.getValue()).toEqual(before);
  });

  it('refuses a file far over the size limit without reading it into memory', async () => {
    await openExportInEnglish();
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 50_000_000 });
    const readText = vi.spyOn(file, 'text');
    const readBytes = vi.spyOn(file, 'arrayBuffer');
    const input = screen.getByLabelText<HTMLInputElement>('Summary file saved earlier (.json)');
    Object.defineProperty(input, 'files', { configurable: true, value: [file] });
    fireEvent.change(input);
    expect(
      await screen.findByText(/This file is too large to be a Backup Rescue summary\./),
    ).toBeTruthy();
    expect(readText).not.toHaveBeenCalled();
    expect(readBytes).not.toHaveBeenCalled();
  });

  it('reads a summary an editor saved again as UTF-16, letters beyond ASCII included', async () => {
    const summary = buildSummary(sampleInput(), { language: 'de', leaveOutFreeText: false });
    const json = renderSummary(summary, 'json');
    expect(json).toMatch(/[^\x00-\x7f]/);
    const utf16 = new Uint8Array(2 + json.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < json.length; i++) {
      utf16[2 + 2 * i] = json.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = json.charCodeAt(i) >> 8;
    }
    await openExportInEnglish();
    chooseFile(utf16);
    expect(await screen.findByRole('button', { name: 'Replace current progress' })).toBeTruthy();
  });

  it('says so when the readable summary is chosen instead of the JSON one', async () => {
    const summary = buildSummary(sampleInput(), { language: 'en', leaveOutFreeText: false });
    await openExportInEnglish();
    chooseFile(renderSummary(summary, 'markdown'), 'summary.md');
    const alert = await screen.findByText(/This is the readable summary/);
    expect(alert.textContent).toMatch(/Nothing was changed\.$/);
    expect(screen.queryByRole('button', { name: 'Replace current progress' })).toBeNull();
  });

  it('refuses a summary from a newer version', async () => {
    await openExportInEnglish();
    chooseFile('{"format":"backup-rescue-summary","version":7}');
    expect(await screen.findByText(/made by a newer version of Backup Rescue/)).toBeTruthy();
  });

  it('replaces the session after one confirmation and shows the results', async () => {
    const summary = buildSummary(sampleInput(), {
      language: 'en',
      leaveOutFreeText: false,
    });
    await openExportInEnglish();
    chooseFile(renderSummary(summary, 'json'));
    fireEvent.click(await screen.findByRole('button', { name: 'Replace current progress' }));
    expect(await screen.findByRole('heading', { name: 'Most likely causes' })).toBeTruthy();
    await waitFor(async () => {
      const session = (await sessionItem.getValue()) as Session;
      expect(session.stepLog).toEqual(summary.data.stepLog);
      expect(session.facts.iosVersion).toBe('17.5.1');
      expect(session.facts.sources?.wifi?.source).toBe('import');
    });
  });
});

describe('print page', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    fakeManifest();
    await sessionItem.setValue(stored);
  });
  afterEach(cleanup);

  it('renders the stored session as a document with a print button', async () => {
    const print = vi.fn();
    Object.defineProperty(window, 'print', { configurable: true, value: print });
    render(<PrintReport query="?lang=en&freeText=yes" languageTag="de-DE" />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Backup Rescue: diagnostic summary' }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Steps done or skipped' })).toBeTruthy();
    expect(screen.getByText(/^Check the Wi-Fi connection: done/)).toBeTruthy();
    expect(document.documentElement.lang).toBe('de');
    fireEvent.click(screen.getByRole('button', { name: 'Drucken / Als PDF speichern' }));
    expect(print).toHaveBeenCalled();
  });
});
