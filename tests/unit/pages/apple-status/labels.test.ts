import { describe, expect, it } from 'vitest';
import { parseLinkLabel, splitLinkText } from '../../../../src/pages/apple-status/labels';

describe('parseLinkLabel', () => {
  it.each([
    ['Issue', [{ type: 'issue', status: 'ongoing' }]],
    ['Outage', [{ type: 'outage', status: 'ongoing' }]],
    ['Performance', [{ type: 'performance', status: 'ongoing' }]],
    ['Resolved Issue', [{ type: 'issue', status: 'resolved' }]],
    ['Resolved Outage', [{ type: 'outage', status: 'resolved' }]],
    ['Resolved Performance', [{ type: 'performance', status: 'resolved' }]],
    ['Upcoming Maintenance', [{ type: 'maintenance', status: 'upcoming' }]],
    ['Maintenance In Progress', [{ type: 'maintenance', status: 'ongoing' }]],
    ['Completed Maintenance', [{ type: 'maintenance', status: 'completed' }]],
  ])('reads the single label %s', (label, expected) => {
    expect(parseLinkLabel(label)).toEqual(expected);
  });

  it('reads counts separated by no-break spaces and several events joined by commas', () => {
    expect(parseLinkLabel('1\u00a0Issue, 1\u00a0Resolved Issue')).toEqual([
      { type: 'issue', status: 'ongoing', count: 1 },
      { type: 'issue', status: 'resolved', count: 1 },
    ]);
  });

  it('reads plurals and the lower-case "in progress" of the developer page', () => {
    expect(parseLinkLabel('2\u00a0Issues, 3\u00a0Resolved Outages')).toEqual([
      { type: 'issue', status: 'ongoing', count: 2 },
      { type: 'outage', status: 'resolved', count: 3 },
    ]);
    expect(parseLinkLabel('1\u00a0Maintenance in progress, 1\u00a0Resolved Outage')).toEqual([
      { type: 'maintenance', status: 'ongoing', count: 1 },
      { type: 'outage', status: 'resolved', count: 1 },
    ]);
  });

  it('turns unknown words and combinations into unknown events instead of guessing', () => {
    expect(parseLinkLabel('Problem')).toEqual([{ type: 'unknown', status: 'unknown' }]);
    expect(parseLinkLabel('1\u00a0Problem, 1\u00a0Issue')).toEqual([
      { type: 'unknown', status: 'unknown', count: 1 },
      { type: 'issue', status: 'ongoing', count: 1 },
    ]);
    expect(parseLinkLabel('Maintenance')).toEqual([{ type: 'unknown', status: 'unknown' }]);
    // Not Apple's grammar, so the type stays unknown; "resolved" still says it is not current.
    expect(parseLinkLabel('Resolved Maintenance')).toEqual([
      { type: 'unknown', status: 'resolved' },
    ]);
    expect(parseLinkLabel('Issue In Progress')).toEqual([{ type: 'unknown', status: 'unknown' }]);
  });

  it('returns no events for an empty label', () => {
    expect(parseLinkLabel(' \u00a0 ')).toEqual([]);
  });
});

describe('splitLinkText', () => {
  it('splits on the last " - " so names containing one survive', () => {
    expect(splitLinkText('Apple Business Essentials - Device Management - Performance')).toEqual([
      'Apple Business Essentials - Device Management',
      'Performance',
    ]);
  });

  it('normalizes no-break spaces around the separator', () => {
    expect(splitLinkText('iCloud Backup\u00a0-\u00a01\u00a0Issue')).toEqual([
      'iCloud Backup',
      '1 Issue',
    ]);
  });

  it('returns undefined without a separator', () => {
    expect(splitLinkText('iCloud Backup')).toBeUndefined();
    expect(splitLinkText(' - Issue')).toBeUndefined();
  });
});
