import { describe, expect, it } from 'vitest';
import type { Probe } from './named-owner-probes';
import { readPanel as page, readPaste as paste, U } from './read-as';
import type { PanelProbe } from './shared-plan-probes';
import {
  DEVICES_BELOW,
  FAMILY_MEMBERS,
  FORMATS,
  FREE_AMOUNTS,
  HEADING_ABOVE_ROWS,
  RTL,
  TOTALS_AND_PLANS,
} from './round21-probes';

const ok = (got: string, probe: Probe) => got === probe.want || (probe.miss === true && got === U);

/** A panel's text as it is copied: one line per paragraph, heading or list item. */
const copied = (heading: string, body: string) =>
  `${heading}\n${body}`.replace(/<\/(?:p|h\d|li)>/g, '\n').replace(/<[^>]+>/g, '');

/** Probes read otherwise, by where, language and probe text, with why. */
const LEFT = new Map<string, string>([]);
const key = (where: string, probe: Probe) => `${where} ${probe.lang} ${probe.text}`;

describe.each([
  ['number formats, digits, units', FORMATS],
  ['free amounts', FREE_AMOUNTS],
  ['totals and plans', TOTALS_AND_PLANS],
  ['family members', FAMILY_MEMBERS],
  ['devices below the account', DEVICES_BELOW],
  ['right to left', RTL],
  ['a used heading above rows', HEADING_ABOVE_ROWS],
] as [string, PanelProbe[]][])('round 21: %s', (_name, probes) => {
  const read = { page, paste: (heading: string, body: string) => paste(copied(heading, body)) };
  for (const where of ['page', 'paste'] as const) {
    const cases = probes.map((probe) => [...probe, LEFT.get(key(where, probe[2]))] as const);
    it.each(cases.filter((c) => c[3] === undefined))(`${where} %s: %s`, (heading, body, probe) => {
      const got = read[where](heading, body);
      expect(ok(got, probe), `${probe.lang} ${probe.text}: ${got}`).toBe(true);
    });
    it.fails.each(cases.filter((c) => c[3] !== undefined))(
      `${where}, left: %s: %s (%s; %s)`,
      (heading, body, probe) => {
        expect(ok(read[where](heading, body), probe)).toBe(true);
      },
    );
  }
});
