import { describe, expect, it } from 'vitest';
import { MANY_LINES, MANY_PANELS, MARKUP_PANELS } from './many-languages-probes';
import type { Probe } from './named-owner-probes';
import { readPanel as page, readPaste as paste, U } from './read-as';

const ok = (got: string, probe: Probe) => got === probe.want || (probe.miss === true && got === U);

const onPage = (text: string) => page('iCloud Storage', `<div><p>${text}</p></div>`);

/** Read by a person, left unread (safe) by the reader: [where, text, reading, why]. */
const LEFT: [string, string, string, string][] = [
  [
    'page',
    'Insgesamt 50 GB, davon 42 GB belegt',
    '42 GB/50 GB',
    'an opening "in all" is taken for a name; no bytes for the paste box’s list',
  ],
  ['page', 'Всего 50 ГБ, занято 42 ГБ', '42 GB/50 GB', 'the same, in Russian'],
  ['page', 'Celkem 50 GB, využito 8 GB', '8 GB/50 GB', 'the same, in Czech'],
  [
    'paste',
    'Využito 8 GB z celkem 50 GB',
    '8 GB/50 GB',
    '"celkem" between "z" and the whole hides it',
  ],
];

describe('probes: the account’s usage line in about 30 languages and markups', () => {
  it.each(MANY_LINES)('page ($lang): $text', (probe) => {
    const got = onPage(probe.text);
    expect(ok(got, probe), got).toBe(true);
  });
  it.each(MANY_LINES)('paste ($lang): $text', (probe) => {
    const got = paste(probe.text);
    expect(ok(got, probe), got).toBe(true);
  });
  it.each([...MANY_PANELS, ...MARKUP_PANELS])('page %s: %s', (heading, body, probe) => {
    const got = page(heading, body);
    expect(ok(got, probe), got).toBe(true);
  });
  it.fails.each(LEFT)('%s, left: %s (%s; %s)', (where, text, reading) => {
    expect(where === 'page' ? onPage(text) : paste(text)).toBe(reading);
  });
  it.fails('page, left: "Used" and "Total" rows of a list (no line holds both sizes)', () => {
    const body = '<dl><dt>Used</dt><dd>42 GB</dd><dt>Total</dt><dd>50 GB</dd></dl>';
    expect(page('iCloud Storage', body)).toBe('42 GB/50 GB');
  });
  // A wrapper's text glues the panel's heading to a card's device name ("iCloud StorageiPad",
  // "StorageLena’s iPhone"), which reads as the device's storage label beside the line.
  it.fails.each([
    '<div><h4>iPad</h4><p>20 GB of 64 GB used</p></div><p>8 GB of 50 GB used</p>',
    '<div><h4>Lena’s iPhone</h4><p>Backup 3 GB</p></div><p>8 GB of 50 GB used</p>',
  ])('page, left: the account’s line after a device card: %s', (body) => {
    expect(page('iCloud Storage', body)).toBe('8 GB/50 GB');
  });
  // On a shared plan what is full is both together (50 of 50 GB): the reader's own share is not
  // the plan's usage (ownShare).
  it('page: "you" beside a member on a shared plan is unread', () => {
    const body = '<p>Hai utilizzato 42 GB su 50 GB</p><p>Marco ha utilizzato 8 GB su 50 GB</p>';
    expect(page('Spazio di archiviazione iCloud', body)).toBe(U);
  });
});

describe('probes: a device’s storage label beside a line, not the first in its row', () => {
  const line = '<p>61 GB of 128 GB used</p>';
  it.each([
    `<div><img><span>iPhone 15 Pro Storage</span>${line}</div>`,
    `<div><img><span>iPad (10th generation) Storage</span>${line}</div>`,
    `<div><img><span><b>iPhone</b> Storage</span>${line}</div>`,
    `<div><img><span><b>iPhone</b> Storage</span><span>128 GB</span>${line}</div>`,
    `<div><em>x</em><span>iPad-Speicher</span><span>20 GB von 64 GB belegt</span></div>`,
  ])('page: %s', (body) => {
    expect(page('iCloud Storage', body)).toBe(U);
  });
});
