import { describe, expect, it } from 'vitest';
import type { Probe } from './named-owner-probes';
import { readPanel as page, readPaste as paste, U } from './read-as';
import type { PanelProbe } from './shared-plan-probes';

const ok = (got: string, probe: Probe) => got === probe.want || (probe.miss === true && got === U);

/** A panel's text as it is copied: one line per paragraph, heading, list item or term. */
export const copied = (heading: string, body: string) =>
  `${heading}\n${body}`.replace(/<\/(?:p|h\d|li|dt|dd)>/g, '\n').replace(/<[^>]+>/g, '');

const key = (where: string, probe: Probe) => `${where} ${probe.lang} ${probe.text}`;

/**
 * Each group's panels read on the page and pasted. `left` names, by where, language and probe
 * text, those still read otherwise, with why: they run as `it.fails`, so a fix shows.
 */
export function describePanelRounds(
  round: string,
  groups: [string, PanelProbe[]][],
  left: ReadonlyMap<string, string>,
): void {
  describe.each(groups)(`${round}: %s`, (_name, probes) => {
    const read = { page, paste: (heading: string, body: string) => paste(copied(heading, body)) };
    for (const where of ['page', 'paste'] as const) {
      const cases = probes.map((probe) => [...probe, left.get(key(where, probe[2]))] as const);
      it.each(cases.filter((c) => c[3] === undefined))(
        `${where} %s: %s`,
        (heading, body, probe) => {
          const got = read[where](heading, body);
          expect(ok(got, probe), `${probe.lang} ${probe.text}: ${got}`).toBe(true);
        },
      );
      it.fails.each(cases.filter((c) => c[3] !== undefined))(
        `${where}, left: %s: %s (%s; %s)`,
        (heading, body, probe) => {
          expect(ok(read[where](heading, body), probe)).toBe(true);
        },
      );
    }
  });
}
