import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { DayInput } from '../../../src/ui/screens/answer-inputs';
import { isoDay } from '../../../src/ui/relative-date';

const daysBack = (n: number) => {
  const d = new Date();
  return isoDay(new Date(d.getFullYear(), d.getMonth(), d.getDate() - n));
};

describe('the last backup date', () => {
  afterEach(cleanup);

  it('takes "about 3 weeks ago" as the day three weeks back, approximately', () => {
    const onAnswer = vi.fn();
    render(<DayInput onAnswer={onAnswer} />);
    fireEvent.input(screen.getByLabelText('About how long ago?'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('Days, weeks or months'), {
      target: { value: 'weeks' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(onAnswer).toHaveBeenCalledWith(daysBack(21), true);
  });

  it('takes a date, exactly, and whichever was filled in last wins', () => {
    const onAnswer = vi.fn();
    render(<DayInput onAnswer={onAnswer} />);
    fireEvent.input(screen.getByLabelText('About how long ago?'), { target: { value: '3' } });
    fireEvent.input(screen.getByLabelText('Or the date, if you know it'), {
      target: { value: '2024-02-29' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(onAnswer).toHaveBeenCalledWith('2024-02-29', false);
  });

  it('says what is wrong instead of guessing, and marks the field', () => {
    const onAnswer = vi.fn();
    render(<DayInput onAnswer={onAnswer} />);
    fireEvent.input(screen.getByLabelText('About how long ago?'), { target: { value: 'lots' } });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(onAnswer).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/number of days, weeks or months/);
    expect(screen.getByLabelText('About how long ago?').getAttribute('aria-invalid')).toBe('true');
  });
});
