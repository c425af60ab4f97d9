import { describe, expect, it, vi } from 'vitest';
import { parseIcloudPage } from '../../../../src/pages/icloud/parse-dom';
import { SCAN_MAX_DEPTH } from '../../../../src/pages/icloud/selectors';
import type { IcloudStorageObservation } from '../../../../src/pages/observation';
import { FIXED_NOW, ICLOUD_URL, htmlDocument, pageDocument } from '../fixtures';

function read(name: string): IcloudStorageObservation {
  const observation = parseIcloudPage(pageDocument(name), ICLOUD_URL, FIXED_NOW);
  if (observation.kind !== 'icloud-storage') throw new Error(`not read: ${observation.reason}`);
  return observation;
}

const summary = (o: IcloudStorageObservation) => ({
  used: o.used && `${o.used.value} ${o.used.unit}`,
  total: o.total && `${o.total.value} ${o.total.unit}`,
  plan: o.plan,
  categories: o.categories.map((c) => `${c.id}:${c.label}:${c.bytes ?? '-'}`),
});

describe('parseIcloudPage', () => {
  it('stamps the observation and uses decimal bytes for displayed sizes', () => {
    const observation = read('icloud-en-free-5gb.html');
    expect(observation).toMatchObject({
      kind: 'icloud-storage',
      source: 'icloud',
      url: ICLOUD_URL,
      observedAt: FIXED_NOW.toISOString(),
      parserVersion: 1,
      basis: 'displayed-decimal',
      usedBytes: 4.8e9,
      totalBytes: 5e9,
    });
    expect(observation.problems).toBeUndefined();
  });

  it.each([
    [
      'icloud-en-free-5gb.html',
      {
        used: '4.8 GB',
        total: '5 GB',
        plan: undefined,
        categories: [
          'photos:Photos:2100000000',
          'backup:Backups:1500000000',
          'docs:Documents:620000000',
          'mail:Mail:410000000',
          'messages:Messages:170000000',
        ],
      },
    ],
    [
      'icloud-en-plan-50gb.html',
      {
        used: '42.3 GB',
        total: '50 GB',
        plan: 'iCloud+ 50 GB',
        categories: [
          'photos:Photos:-',
          'backup:Backups:-',
          'docs:Documents:-',
          'mail:Mail:-',
          'other:Family:-',
          'other:Others:-',
        ],
      },
    ],
    [
      'icloud-de-200gb.html',
      {
        used: '123.4 GB',
        total: '200 GB',
        plan: 'iCloud+ 200 GB',
        categories: [
          'photos:Fotos:98200000000',
          'backup:Backups:15700000000',
          'docs:Dokumente:6100000000',
          'mail:Mail:2300000000',
          'messages:Nachrichten:1100000000',
        ],
      },
    ],
    [
      'icloud-fr-free-5go.html',
      {
        used: '2.3 GB',
        total: '5 GB',
        plan: undefined,
        categories: [
          'photos:Photos et vidéos:-',
          'backup:Sauvegarde:799000000',
          'docs:Documents:449000000',
          'mail:Mail:1100000000',
        ],
      },
    ],
    [
      'icloud-es-2tb.html',
      {
        used: '1.2 TB',
        total: '2 TB',
        plan: 'iCloud+ 2 TB',
        categories: [
          'photos:Fotos:950000000000',
          'backup:Copias de seguridad:180000000000',
          'docs:Documentos:55000000000',
          'mail:Correo:9500000000',
          'messages:Mensajes:5500000000',
        ],
      },
    ],
    [
      'icloud-it-free-5gb.html',
      {
        used: '3.1 GB',
        total: '5 GB',
        plan: undefined,
        categories: [
          'photos:Foto:1900000000',
          'backup:Backup:800000000',
          'docs:Documenti:300000000',
          'mail:Posta:100000000',
        ],
      },
    ],
    [
      'icloud-ja-50gb.html',
      {
        used: '12.5 GB',
        total: '50 GB',
        plan: 'iCloud+ 50 GB',
        categories: [
          'photos:写真:8200000000',
          'backup:バックアップ:3100000000',
          'docs:書類:700000000',
          'mail:メール:300000000',
          'messages:メッセージ:200000000',
        ],
      },
    ],
  ])('reads %s', (name, expected) => {
    expect(summary(read(name))).toEqual(expected);
  });

  it('never reads the account name, email, phone, app tiles or file names', () => {
    const observation = read('icloud-en-account-details.html');
    expect(summary(observation)).toEqual({
      used: '4.8 GB',
      total: '50 GB',
      plan: 'iCloud+ 50 GB',
      categories: ['photos:Photos:3900000000', 'backup:Backups:900000000'],
    });
    const json = JSON.stringify(observation);
    for (const secret of [
      'Jane',
      'Appleseed',
      'jane.appleseed',
      '@example.com',
      '555',
      '4477',
      'trip',
      'Drive',
      'Notes',
    ]) {
      expect(json).not.toContain(secret);
    }
  });

  it('reports no plan when the panel lists several (upgrade offers)', () => {
    const observation = read('icloud-en-upgrade-offers.html');
    expect(observation.plan).toBeUndefined();
    expect(observation.problems).toEqual(['plan-ambiguous']);
    expect(observation.usedBytes).toBe(4.9e9);
  });

  it('returns kind unknown when no storage usage is shown', () => {
    expect(
      parseIcloudPage(pageDocument('icloud-en-no-storage.html'), ICLOUD_URL, FIXED_NOW),
    ).toEqual({
      kind: 'unknown',
      url: ICLOUD_URL,
      observedAt: FIXED_NOW.toISOString(),
      parserVersion: 1,
      reason: 'storage-usage-not-found',
    });
  });

  it('ignores usage-like text inside scripts and styles', () => {
    const doc = htmlDocument(
      '<body><script>var s = "4.8 GB of 5 GB used";</script><style>/* 1 GB of 2 GB used */</style><p>Hi</p></body>',
    );
    expect(parseIcloudPage(doc, ICLOUD_URL, FIXED_NOW).kind).toBe('unknown');
  });
});

describe('parseIcloudPage on hostile pages', () => {
  /** A usage line inside `depth` nested elements, appended to a fresh page. */
  function deepPage(depth: number): Document {
    const doc = htmlDocument('<body><main><h1>Settings</h1></main></body>');
    let current: Element = doc.querySelector('main') as Element;
    for (let i = 0; i < depth; i++) current = current.appendChild(doc.createElement('div'));
    current.textContent = '4.8 GB of 5 GB used';
    return doc;
  }

  function rowsPage(rows: number): Document {
    const doc = htmlDocument('<body><main><ul></ul><p>1.2 GB of 5 GB used</p></main></body>');
    const list = doc.querySelector('ul') as Element;
    for (let i = 0; i < rows; i++) {
      const row = list.appendChild(doc.createElement('li'));
      row.textContent = `Row ${i}`;
    }
    return doc;
  }

  const work = (doc: Document) => {
    const matches = vi.spyOn(Element.prototype, 'matches');
    const observation = parseIcloudPage(doc, ICLOUD_URL, FIXED_NOW);
    const calls = matches.mock.calls.length;
    matches.mockRestore();
    return { observation, calls };
  };

  it('reads a usage line nested as deep as real pages nest', () => {
    expect(work(deepPage(60)).observation).toMatchObject({ usedBytes: 4.8e9, totalBytes: 5e9 });
  });

  it(`does not descend past ${SCAN_MAX_DEPTH} levels: a line at depth 10,000 costs a bounded read`, () => {
    const { observation, calls } = work(deepPage(10_000));
    expect(observation).toMatchObject({ kind: 'unknown', reason: 'storage-usage-not-found' });
    expect(calls).toBeLessThan(2 * SCAN_MAX_DEPTH);
  });

  it('costs work in proportion to the page, not its square', () => {
    const small = work(rowsPage(500));
    const large = work(rowsPage(4000));
    expect(small.observation).toMatchObject({ usedBytes: 1.2e9 });
    expect(large.observation).toMatchObject({ usedBytes: 1.2e9 });
    expect(large.calls / small.calls).toBeLessThan(9);
  });
});
