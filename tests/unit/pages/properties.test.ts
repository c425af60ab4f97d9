import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStatusPage } from '../../../src/pages/apple-status/parse-dom';
import { parseStatusFeed } from '../../../src/pages/apple-status/parse-feed';
import { parseIcloudPage } from '../../../src/pages/icloud/parse-dom';
import { matchUsage, parseStorageText } from '../../../src/pages/icloud/storage-text';
import { readPage } from '../../../src/pages/read-page';
import { FIXED_NOW, ICLOUD_URL, STATUS_URL, htmlDocument, pageDocument } from './fixtures';

const FEED_URL = 'https://www.apple.com/support/systemstatus/data/system_status_en_US.js';
const KINDS = ['apple-status', 'icloud-storage', 'unknown'];

describe('property: never throws, garbage is unknown', () => {
  it('readPage on arbitrary text never throws and returns a known kind', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.webUrl(), (text, url) => {
        expect(KINDS).toContain(readPage(text, url, { now: FIXED_NOW }).kind);
      }),
    );
  });

  it('a feed reader fed random JSON without services returns kind unknown', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        fc.pre(!(typeof value === 'object' && value !== null && 'services' in value));
        expect(parseStatusFeed(JSON.stringify(value), FEED_URL, FIXED_NOW).kind).toBe('unknown');
      }),
    );
  });

  it('random garbage text is never a status feed', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!text.includes('services'));
        expect(parseStatusFeed(text, FEED_URL, FIXED_NOW).kind).toBe('unknown');
      }),
    );
  });
});

const statusTypes = fc.oneof(
  fc.constantFrom('Issue', 'Outage', 'Performance', 'Maintenance', '', 'issue'),
  fc.string(),
  fc.constant(null),
  fc.integer(),
);
const eventStatuses = fc.oneof(
  fc.constantFrom('ongoing', 'resolved', 'upcoming', 'completed', 'Ongoing'),
  fc.string(),
  fc.constant(null),
);
const rawEvent = fc.oneof(
  fc.record(
    {
      statusType: statusTypes,
      eventStatus: eventStatuses,
      epochStartDate: fc.oneof(fc.integer(), fc.double(), fc.constant(null)),
      epochEndDate: fc.oneof(fc.integer(), fc.constant(null)),
      message: fc.oneof(fc.string(), fc.constant(null)),
      messageId: fc.oneof(fc.string(), fc.integer()),
      affectedServices: fc.oneof(
        fc.array(fc.oneof(fc.string(), fc.constant(null))),
        fc.constant(null),
      ),
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue(),
);
const rawService = fc.record(
  {
    serviceName: fc.oneof(
      fc.constantFrom('iCloud Backup', 'Photos', 'iCloud Account &amp; Sign In'),
      fc.string(),
      fc.constant(null),
    ),
    events: fc.oneof(fc.array(rawEvent, { maxLength: 4 }), fc.jsonValue()),
  },
  { requiredKeys: [] },
);

describe('property: mutated feeds', () => {
  it('a service is available only when none of its events is current or unreadable', () => {
    fc.assert(
      fc.property(
        fc.array(rawService, { maxLength: 8 }),
        fc.constantFrom('', '\ufeff'),
        fc.boolean(),
        (services, bom, jsonp) => {
          const json = JSON.stringify({ drpost: false, services });
          const text = `${bom}${jsonp ? `jsonCallback(${json});\n ` : json}`;
          const observation = parseStatusFeed(text, FEED_URL, FIXED_NOW);
          if (observation.kind !== 'apple-status') return;
          for (const service of observation.services) {
            if (service.state !== 'available') continue;
            for (const event of service.events) {
              expect(event.status).not.toBe('unknown');
              expect(event.status).not.toBe('ongoing');
            }
          }
          for (const event of observation.services.flatMap((s) => s.events)) {
            if (event.start)
              expect(Date.parse(event.start)).toBeGreaterThan(Date.UTC(2000, 0, 1) - 1);
          }
        },
      ),
    );
  });
});

const KNOWN_WORDS = /available|resolved|upcoming|completed|outage|issue|performance|maintenance/i;

describe('property: mutated status pages', () => {
  const base = pageDocument('status-en-icloud-backup-issue.html').documentElement.outerHTML;

  it('a service whose light class was replaced or removed never reads as available', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(66), { minLength: 1, maxLength: 10 }),
        fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,14}$/), fc.constant('')),
        fc.boolean(),
        (indexes, newClass, removeNode) => {
          fc.pre(!KNOWN_WORDS.test(newClass));
          const doc = htmlDocument(base);
          const containers = [...doc.querySelectorAll('#ssp-lights-table .light-container')];
          const mutated = new Set<string>();
          for (const index of indexes) {
            const container = containers[index];
            const light = container?.querySelector('.light-image > *');
            if (!container || !light) continue;
            if (removeNode) light.remove();
            else light.setAttribute('class', newClass);
            mutated.add(container.querySelector('.light-name')?.textContent ?? '');
          }
          const observation = parseStatusPage(doc, STATUS_URL, FIXED_NOW);
          expect(observation.services).toHaveLength(67);
          containers.forEach((container, i) => {
            if (!indexes.includes(i)) return;
            expect(container.isConnected).toBe(true);
            expect(observation.services[i]?.state).toBe('unknown');
          });
          expect(mutated.size).toBeGreaterThan(0);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('random names, labels and classes never throw; a class without a known word is unknown', () => {
    const cell = fc.record({
      light: fc.oneof(
        fc.constantFrom('light-available', 'light-issue', 'light-outage'),
        fc.string(),
      ),
      name: fc.string(),
      label: fc.option(fc.string()),
      junk: fc.string(),
    });
    const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 12 }), (cells) => {
        // A unique visible prefix ties every service back to its cell.
        const nameOf = (i: number, name: string) => `S${i}| ${escape(name)}`;
        const html = `<table id="ssp-lights-table"><tr>${cells
          .map((c, i) => {
            const text =
              c.label === null
                ? nameOf(i, c.name)
                : `<span class="light-link">${nameOf(i, c.name)} - ${escape(c.label)}</span>`;
            return `<td class="info-tooltip-wrapper"><div class="light-container">
              <div class="light-content light-image"><div class="${escape(c.light)}"></div></div>
              <div class="light-content light-name">${text}<span class="a11y">${escape(c.junk)}</span></div>
              </div></td>`;
          })
          .join('')}</tr></table>`;
        const observation = parseStatusPage(htmlDocument(html), STATUS_URL, FIXED_NOW);
        expect(observation.services).toHaveLength(cells.length);
        cells.forEach((c, i) => {
          const service = observation.services[i];
          expect(service?.name.startsWith(`S${i}|`)).toBe(true);
          if (!KNOWN_WORDS.test(c.light)) expect(service?.state).toBe('unknown');
        });
      }),
      { numRuns: 60 },
    );
  });
});

const units = fc.constantFrom(['GB', 1e9], ['TB', 1e12], ['MB', 1e6]) as fc.Arbitrary<
  [string, number]
>;
const templates = [
  (u: string, t: string) => `${u} of ${t} used`,
  (u: string, t: string) => `iCloud ${u.replace('.', ',')} von ${t.replace('.', ',')} belegt`,
  (u: string, t: string) => `${t}中${u}を使用済み`,
  (u: string, t: string) => `${t} iCloud storage, ${u} used`,
  (u: string, t: string) => `Usado: ${u.replace('.', ',')} de ${t.replace('.', ',')}`,
];

describe('property: storage text', () => {
  it('parseStorageText never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const reading = parseStorageText(text);
        if (reading.total) expect(reading.total.bytes).toBeGreaterThan(0);
      }),
    );
  });

  it('reads back generated usage lines in every supported form', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 999 }),
        units,
        fc.constantFrom(...templates),
        (whole, tenth, total, [unit, multiplier], template) => {
          fc.pre(whole <= total * 10);
          const used = `${whole}.${tenth} ${unit}`;
          const usage = matchUsage(template(used, `${total} ${unit}`));
          expect(usage?.used.bytes).toBe(Math.round((whole + tenth / 10) * multiplier));
          expect(usage?.total.bytes).toBe(total * multiplier);
        },
      ),
    );
  });

  it('never returns an account name or email placed next to the storage panel', () => {
    const words = fc.stringMatching(/^[A-Z][a-z]{5,10}$/);
    fc.assert(
      fc.property(words, words, fc.stringMatching(/^[a-z]{4,10}$/), (first, last, user) => {
        const email = `${user}@example.net`;
        const doc = htmlDocument(`<body><header><span>${first} ${last}</span></header><main>
          <p>${email}</p><section><h2>${first}'s iCloud</h2><p>4.8 GB of 5 GB used</p>
          <ul><li>Photos 1 GB</li><li>${last}</li><li>${email}</li></ul></section></main></body>`);
        const json = JSON.stringify(parseIcloudPage(doc, ICLOUD_URL, FIXED_NOW));
        expect(json).toContain('"usedBytes":4800000000');
        expect(json).not.toContain(first);
        expect(json).not.toContain(last);
        expect(json).not.toContain(user);
      }),
      { numRuns: 50 },
    );
  });
});
