import { describe, expect, it } from 'vitest';
import { FACT_NAMES } from '../../../src/engine/facts';
import { summarizeDropped } from '../../../src/flow/dropped';
import { droppedItems, noticeText } from '../../../src/ui/components/NoticeBar';
import { NEWER_VERSION } from '../../../src/flow/newer-version';
import { LOCALES } from '../../../src/i18n';
import { textsFor } from '../../../src/ui/locale-context';

describe('what a restore left out, in words', () => {
  it('sorts paths into answers, steps, readings and the rest', () => {
    expect(
      summarizeDropped([
        'facts.notes',
        'facts.storageByCategory.photos',
        'facts.storageByCategory.backup',
        'facts.stepsTried.restart_device',
        'stepLog.0',
        'stepLog.3',
        'reading.status',
        'facts.sources.wifi',
        'facts.hologram',
        'screen',
      ]),
    ).toEqual({
      reset: false,
      facts: ['notes', 'storageByCategory'],
      steps: 2,
      readings: ['status'],
      other: true,
      newer: false,
    });
    expect(summarizeDropped(['session']).reset).toBe(true);
    expect(summarizeDropped([])).toEqual({
      reset: false,
      facts: [],
      steps: 0,
      readings: [],
      other: false,
      newer: false,
    });
  });

  it('counts a step as lost only when its entry went, not a field dropped from a kept one', () => {
    expect(summarizeDropped(['stepLog.2.note', 'stepLog.2.by'])).toEqual({
      reset: false,
      facts: [],
      steps: 0,
      readings: [],
      other: true,
      newer: false,
    });
    expect(summarizeDropped(['stepLog.2.note', 'stepLog.3']).steps).toBe(1);
  });

  it.each(LOCALES)('names every answer by its own label (%s)', (locale) => {
    const { t } = textsFor(locale);
    const other = t('notice.dropped.other');
    for (const name of [...FACT_NAMES, 'notes']) {
      const [label] = droppedItems([`facts.${name}`], t);
      expect(label, name).toBeTruthy();
      expect(label, name).not.toBe(other);
      expect(label, name).not.toMatch(/^(fact|notice)\./);
    }
  });

  it('lists steps with their count and readings by site', () => {
    const { t } = textsFor('en');
    expect(droppedItems(['stepLog.1', 'stepLog.2', 'reading.icloud'], t)).toEqual([
      '2 steps you tried',
      'the reading of your icloud.com storage',
    ]);
    expect(droppedItems(['stepLog.1'], t)).toEqual(['1 step you tried']);
  });

  it.each(LOCALES)(
    "says in plain words that a newer version's save was written over (%s)",
    (locale) => {
      const { t } = textsFor(locale);
      const text = noticeText({ kind: 'restored', dropped: [NEWER_VERSION] }, t);
      expect(text).toBe(t('notice.newer'));
      expect(text).not.toContain(t('notice.dropped.other'));
      // With a damaged answer besides, both are said.
      const both = noticeText({ kind: 'restored', dropped: [NEWER_VERSION, 'facts.notes'] }, t);
      expect(both).toContain(t('notice.newer'));
      expect(both).toContain(t('notice.dropped.notes'));
    },
  );
});
