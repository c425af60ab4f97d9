import { describe, expect, it } from 'vitest';
import type { Probe } from './named-owner-probes';
import { readPanel as page, readPaste as paste, U } from './read-as';
import type { PanelProbe } from './shared-plan-probes';
import {
  DEVICES,
  FAMILY,
  FREE,
  GROUPED,
  NAMED_APART,
  REDRAWN,
  RTL,
  TOTALS_AND_PLANS,
  TRAPS,
  UNITS,
  YOU_BESIDE_SHARE,
} from './round22-probes';

const ok = (got: string, probe: Probe) => got === probe.want || (probe.miss === true && got === U);

/** A panel's text as it is copied: one line per paragraph, heading or list item. */
const copied = (heading: string, body: string) =>
  `${heading}\n${body}`.replace(/<\/(?:p|h\d|li)>/g, '\n').replace(/<[^>]+>/g, '');

/** Probes read otherwise, by where, language and probe text, with why. */
const LEFT = new Map<string, string>([
  [
    'page hr ste, member share',
    'the page does not know the Slavic "ste" (you are): no room in its 8 KB',
  ],
  ['page hr plural verb, family', 'the page does not know the Croatian family word: no room'],
  [
    'paste ro plan line said of no one, family legend',
    'the heading pasted after the verb opens with "Par…", taken for "par" (by): unread',
  ],
  [
    'page he נעשה שימוש',
    'the page takes a first word it does not know ("נעשה", is done) for a name: unread, not misread',
  ],
]);
const key = (where: string, probe: Probe) => `${where} ${probe.lang} ${probe.text}`;

describe.each([
  ['grouped thousands, digits of other scripts', GROUPED],
  ['units', UNITS],
  ['free amounts', FREE],
  ['totals and plans', TOTALS_AND_PLANS],
  ['a name apart from the sizes', NAMED_APART],
  ['family members', FAMILY],
  ['devices below the account', DEVICES],
  ['right to left', RTL],
  ['a panel drawn twice', REDRAWN],
  ['figures and labels before the sizes', TRAPS],
  ['"you" beside another share of the whole', YOU_BESIDE_SHARE],
] as [string, PanelProbe[]][])('round 22: %s', (_name, probes) => {
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
