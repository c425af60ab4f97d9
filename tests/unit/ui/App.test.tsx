import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { App } from '../../../src/ui/App';

describe('popup App', () => {
  it('starts the flow and moves focus to the first question', () => {
    render(<App languageTag="en-US" />);
    fireEvent.click(screen.getByRole('button', { name: 'Start troubleshooting' }));
    const heading = screen.getByRole('heading', { name: 'What do you see?' });
    expect(document.activeElement).toBe(heading);
  });

  it('speaks German when the browser does', () => {
    render(<App languageTag="de-DE" />);
    expect(screen.getByRole('button', { name: 'Fehlersuche starten' })).toBeTruthy();
  });
});
