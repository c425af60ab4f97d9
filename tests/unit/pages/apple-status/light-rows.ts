import { describe, expect, it } from 'vitest';
import { readStatusPage } from '../../../../src/pages/apple-status/parse-dom';
import type {
  AppleStatusObservation,
  ServiceId,
  ServiceState,
} from '../../../../src/pages/observation';
import { FIXED_NOW, STATUS_URL, htmlDocument } from '../fixtures';

/** Building blocks of hand-made status pages in Apple's markup (the fifth and later rounds). */

/** A light's cell: a state class on the cell itself, or `inner` HTML such as a dot. */
export const CELL = (cls: string, inner = '') =>
  `<div class="light-content light-image${cls && ` ${cls}`}">${inner}</div>`;
export const DOT = (cls: string) => CELL('', `<div class="${cls}"></div>`);

/** A row: the light's cell (HTML), then the name cell holding `text`; `attrs` on the row. */
export const row = (text: string, light: string, attrs = '') =>
  `<td class="info-tooltip-wrapper"><div class="light-container" ${attrs}>${light}<div class="light-content light-name">${text}</div></div></td>`;

/** A name cell's text: a link "<name> - <label>" when there is a label, else the name. */
export const named = (name: string, label?: string) =>
  label === undefined
    ? `${name}<span class="a11y">: x</span>`
    : `<a class="light-link" href="#">${name} - ${label}</a>`;

/** A `<div>` of class `cls` around `inner`. */
export const div = (cls: string, inner: string, attrs = '') =>
  `<div class="${cls}" ${attrs}>${inner}</div>`;

export const section = (cells: string, id = '') =>
  `<div class="section-lights"><table ${id}><tr>${cells}</tr></table></div>`;
/** The lights table with an available App Store row before `cells`. */
export const table = (cells: string) =>
  section(row(named('App Store'), DOT('light-available')) + cells, 'id="ssp-lights-table"');

/** A page of the given rows in Apple's table. */
export const page = (...rows: string[]) => table(rows.join(''));
/** A lights section without a table: a div inside a table row would be moved out of it. */
export const lights = (cells: string) => `<div class="section-lights">${cells}</div>`;
/** A name cell alone. */
export const NAME = (text: string) => `<div class="light-content light-name">${text}</div>`;

export const reading = (html: string) =>
  readStatusPage(htmlDocument(html), STATUS_URL, FIXED_NOW).observation;
export const backup = (html: string) => reading(html).icloudBackup.state;

/** A page probe: what it is, its HTML, iCloud Backup's expected state, other services' states. */
export type Probe = [
  what: string,
  html: string,
  backup: ServiceState,
  others?: Partial<Record<ServiceId, ServiceState | undefined>>,
];

export const G = 'light-available';
/** A row whose service is available, its name only. */
export const ok = (name: string) => row(named(name), DOT(G));
/** A row with an event: its link "<name> - <label>" and a light of class `light`. */
export const ev = (name: string, label: string, light: string) =>
  row(named(name, label), DOT(light));

/** `[what, name, label, light class, expected]`: one row with that link and light. */
export const labelled = (cases: [string, string, string, string, ServiceState][]): Probe[] =>
  cases.map(([what, name, label, light, state]) => [what, page(ev(name, label, light)), state]);

/**
 * A round's probes by group; those named in `left` run with `it.fails` (so a reader that reads
 * them right fails until they move out), and `left` may name only probes that exist.
 */
export function describeRound(round: string, groups: [string, Probe[]][], left: Set<string>) {
  const all = groups.flatMap(([, probes]) => probes);
  describe(`status page variants, ${round} round`, () => {
    for (const [what, probes] of groups) {
      describe(what, () => runProbes(probes.filter(([name]) => !left.has(name))));
    }
    // A round whose probes all read right leaves none: vitest refuses an empty suite.
    if (left.size) {
      describe('left', () =>
        runProbes(
          all.filter(([name]) => left.has(name)),
          it.fails,
        ));
    }
  });
  describe(`probes left out, ${round} round`, () => {
    it('names only probes that exist, and no two probes share a name', () => {
      const names = all.map(([name]) => name);
      expect([...left].filter((name) => !names.includes(name))).toEqual([]);
      expect(new Set(names).size).toBe(names.length);
    });
  });
}

/** One test per probe: iCloud Backup's state and each named other service's. */
export function runProbes(probes: Probe[], test: typeof it | typeof it.fails = it) {
  test.each(probes)('%s', (_what, html, backup, others = {}) => {
    const observation = reading(html);
    expect(observation.icloudBackup.state).toBe(backup);
    for (const [id, state] of Object.entries(others)) {
      expect(observation.services.find((s) => s.id === id)?.state, id).toBe(state);
    }
  });
}

/** An event as Apple's status feed writes it; without `end` it has no end date. */
export const feedEvent = (type: string, status: string, start: string, end?: string) => ({
  statusType: type,
  eventStatus: status,
  epochStartDate: Date.parse(start),
  epochEndDate: end ? Date.parse(end) : null,
});

/** A page's reading of `url` at `observedAt` with iCloud Backup `state`, before feed times. */
export const pageReading =
  (url: string, observedAt: string) =>
  (state: ServiceState): AppleStatusObservation => ({
    kind: 'apple-status',
    source: 'apple-status',
    format: 'page',
    url,
    observedAt,
    parserVersion: 1,
    services: [],
    icloudBackup: { state },
  });
