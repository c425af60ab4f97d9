import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../src/ui/App';
import { sessionItem } from '../../../src/storage/items';
import { newSession } from '../../../src/storage/session';

describe('the device model question', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('accepts only models the device table knows, with suggestions', async () => {
    await sessionItem.setValue({
      ...newSession(new Date()),
      screen: 'questions',
      asking: 'deviceModel',
      facts: { iosVersion: '15.8' },
    });
    render(<App languageTag="en-US" />);
    const input = (await screen.findByLabelText('iPhone or iPad model')) as HTMLInputElement;
    const next = screen.getByRole('button', { name: 'Next' }) as HTMLButtonElement;
    expect(document.querySelectorAll('#device-models option').length).toBeGreaterThan(60);

    fireEvent.input(input, { target: { value: 'Galaxy S24' } });
    expect(next.disabled).toBe(true);
    fireEvent.input(input, { target: { value: 'iphone 7 ' } });
    expect(next.disabled).toBe(false);
    fireEvent.click(next);
    await waitFor(async () => {
      const stored = (await sessionItem.getValue()) as { facts: { deviceModel?: string } };
      expect(stored.facts.deviceModel).toBe('iphone 7');
    });
  });
});
