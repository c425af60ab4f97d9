import { describe, expect, it } from 'vitest';
import { matchUsage } from '../../../../src/pages/icloud/storage-text';
import { LINE_PROBES, PANEL_PROBES, RUN_TOGETHER, type Probe } from './named-owner-probes';
import { readPanel as page, readPaste as paste, U } from './read-as';

const ok = (got: string, probe: Probe) =>
  probe.any ? probe.any.includes(got) : got === probe.want || (probe.miss && got === U);
const onPage = (probe: Probe) => page('iCloud Storage', `<div><p>${probe.text}</p></div>`);

describe('probes: whose usage a line is, with the name before, between or after the sizes', () => {
  it.each(LINE_PROBES)('page ($lang): $text', (probe) => {
    const got = onPage(probe);
    expect(ok(got, probe), got).toBe(true);
  });
  it.each(LINE_PROBES)('paste ($lang): $text', (probe) => {
    const got = paste(probe.text);
    expect(ok(got, probe), got).toBe(true);
  });
  it.each(PANEL_PROBES)('page %s: %s', (heading, body, probe) => {
    const got = page(heading, body);
    expect(ok(got, probe), got).toBe(true);
  });
});

describe('two statements run together: a name in the second never gives its figures', () => {
  it.each(RUN_TOGETHER)('$lang: $text', (probe) => {
    expect(probe.any).toContain(paste(probe.text));
    expect(probe.any).toContain(onPage(probe));
  });
});

describe('two usages in one text, the second in the "total storage, used" wording', () => {
  it.each([
    ['150 GB מתוך 200 GB בשימוש, iCloud+ 200 GB storage, 187.5 GB used'],
    ['150,5 GB di 200 GB utilizzati 50 GB iCloud-lagring, 20 GB används'],
    ['Storage: 4.8 GB of 5 GB used. 200 GB iCloud-Speicher, davon 187,5 GB belegt'],
  ])('are not told apart: %s', (text) => {
    expect(matchUsage(text)).toBeUndefined();
  });
  it.each([
    ['5 GB iCloud storage, 4.8 GB used', '4.8 GB/5 GB'],
    ['200 GB iCloud-Speicher, davon 187,5 GB belegt', '187.5 GB/200 GB'],
    ['2 TB iCloud-lagring, 1,2 TB används', '1.2 TB/2 TB'],
    ['iCloud+ 200 GB storage, 187.5 GB used', '187.5 GB/200 GB'],
  ])('alone, is read: %s', (text, want) => {
    expect(paste(text)).toBe(want);
  });
});
