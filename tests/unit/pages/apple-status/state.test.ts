import { describe, expect, it } from 'vitest';
import {
  agreedState,
  stateFromLightClass,
  worstCurrentState,
} from '../../../../src/pages/apple-status/state';
import type { StatusEvent } from '../../../../src/pages/observation';

describe('stateFromLightClass', () => {
  it.each([
    ['light-available', 'available'],
    ['light-issue', 'issue'],
    ['light-performance', 'issue'],
    ['light-outage', 'outage'],
    ['light-maintenance', 'maintenance'],
    ['light-resolvedissue', 'available'],
    ['light-resolved-outage', 'available'],
    ['light-upcomingmaintenance', 'available'],
    ['light-completedmaintenance', 'available'],
    ['extra light-outage', 'outage'],
    ['LIGHT-Issue\tlight-performance', 'issue'],
    // A state drawn on the light's cell, beside the cell's own classes.
    ['light-content light-image light-outage', 'outage'],
    ['light-image light-resolvedissue light-content', 'available'],
  ])('maps %s to %s', (className, state) => {
    expect(stateFromLightClass(className)).toBe(state);
  });

  it.each([
    'light-green',
    'status-dot',
    'light-unavailable',
    'light-available-soon',
    '',
    // Words inside a class are not the class: negations and compounds Apple is not known to use.
    'light-unresolved-issue',
    'light-notcompleted',
    'light-no-outage',
    'light-issue-free',
    'light-resolved-available',
    // Two lights that disagree, or a known one beside an unknown "light-" class.
    'light-available light-outage',
    'light-outage light-pulse',
    // The cell's own classes alone are no light, and say nothing against one.
    'light-content light-image',
    'light-content light-image light-available light-outage',
  ])('maps the unknown class "%s" to unknown, never available', (className) => {
    expect(stateFromLightClass(className)).toBe('unknown');
  });
});

const ev = (type: StatusEvent['type'], status: StatusEvent['status']): StatusEvent => ({
  type,
  status,
});

describe('worstCurrentState', () => {
  it('is available without events or with only past and future events', () => {
    expect(worstCurrentState([])).toBe('available');
    expect(
      worstCurrentState([
        ev('issue', 'resolved'),
        ev('maintenance', 'upcoming'),
        ev('maintenance', 'completed'),
        ev('unknown', 'resolved'),
      ]),
    ).toBe('available');
  });

  it('orders outage > issue (incl. performance) > maintenance', () => {
    expect(worstCurrentState([ev('maintenance', 'ongoing'), ev('issue', 'ongoing')])).toBe('issue');
    expect(worstCurrentState([ev('performance', 'ongoing')])).toBe('issue');
    expect(worstCurrentState([ev('issue', 'ongoing'), ev('outage', 'ongoing')])).toBe('outage');
    expect(worstCurrentState([ev('maintenance', 'ongoing'), ev('issue', 'resolved')])).toBe(
      'maintenance',
    );
  });

  it('is unknown for an ongoing event of unknown type or an unreadable status, unless an outage is known', () => {
    expect(worstCurrentState([ev('unknown', 'ongoing')])).toBe('unknown');
    expect(worstCurrentState([ev('issue', 'unknown')])).toBe('unknown');
    expect(worstCurrentState([ev('issue', 'ongoing'), ev('unknown', 'ongoing')])).toBe('unknown');
    expect(worstCurrentState([ev('outage', 'ongoing'), ev('unknown', 'ongoing')])).toBe('outage');
  });
});

describe('agreedState', () => {
  it('keeps a state all readings agree on and is unknown otherwise', () => {
    expect(agreedState(['issue', 'issue'])).toBe('issue');
    expect(agreedState(['issue', 'available'])).toBe('unknown');
    expect(agreedState([])).toBe('unknown');
  });
});
