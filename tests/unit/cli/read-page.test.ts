import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_BYTES, runReadPage } from '../../../src/cli/read-page';
import { fixtureFile } from '../../support/fixtures';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const FEEDS = join(ROOT, 'tests/fixtures/feeds');
const NOW = new Date('2025-06-24T21:42:00.000Z');
const STATUS = 'https://www.apple.com/support/systemstatus/';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runReadPage(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    now: NOW,
  });
  return { code, stdout, stderr };
}

describe('read-page CLI (in process)', () => {
  it('prints the status observation for a saved status page', async () => {
    const result = await run([
      '--url',
      'https://www.apple.com/support/systemstatus/',
      fixtureFile('pages/status-en-icloud-backup-outage.html'),
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const observation = JSON.parse(result.stdout);
    expect(observation).toMatchObject({
      kind: 'apple-status',
      url: 'https://www.apple.com/support/systemstatus/',
      observedAt: NOW.toISOString(),
      icloudBackup: { state: 'outage' },
    });
    expect(observation.services).toHaveLength(67);
    expect(observation.services).toContainEqual({
      name: 'iCloud Backup',
      id: 'icloud-backup',
      state: 'outage',
      events: [{ type: 'outage', status: 'ongoing' }],
    });
  });

  it('prints the storage observation for a saved icloud.com page (--url= form)', async () => {
    const result = await run([
      '--url=https://www.icloud.com/settings/',
      join(PAGES, 'icloud-fr-free-5go.html'),
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      kind: 'icloud-storage',
      usedBytes: 2.3e9,
      totalBytes: 5e9,
      categories: [{ id: 'photos' }, { id: 'backup' }, { id: 'docs' }, { id: 'mail' }],
    });
  });

  it('reads a JSONP feed file with a BOM, including since', async () => {
    const result = await run([
      '--url',
      'https://www.apple.com/support/systemstatus/data/system_status_en_US.js',
      join(FEEDS, 'feed-en-jsonp-bom-backup-outage.jsonp'),
    ]);
    expect(JSON.parse(result.stdout).icloudBackup).toEqual({
      state: 'outage',
      since: '2022-02-22T08:30:00.000Z',
    });
  });

  it('prints kind unknown (exit 0) for a page it cannot read', async () => {
    const result = await run([
      '--url',
      'https://www.icloud.com/iclouddrive/',
      join(PAGES, 'icloud-en-no-storage.html'),
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      kind: 'unknown',
      reason: 'storage-usage-not-found',
    });
  });

  it.each([
    [[], 'missing --url URL'],
    [['--url'], '--url needs a value'],
    [['--url', 'https://www.apple.com/support/systemstatus/'], 'missing FILE'],
    [['--url', STATUS, 'a.html', 'b.html'], 'give one FILE'],
    [['--url', STATUS, '--verbose', 'a.html'], 'unknown option --verbose'],
    [['--url', 'https://evil.example/', 'a.html'], 'is not a page the extension reads'],
    [['--url', 'https://www.apple.com/iphone/', 'a.html'], 'is not a page the extension reads'],
    [['--url', 'http://www.icloud.com/', 'a.html'], 'is not a page the extension reads'],
    [['--url', 'file:///saved/status.html', 'a.html'], 'is not a page the extension reads'],
  ])('exits 2 with a message for arguments %j', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage: npm run --silent read-page -- --url URL FILE');
  });

  it('exits 2 for an unreadable file', async () => {
    const result = await run(['--url', STATUS, join(PAGES, 'does-not-exist.html')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot read .*does-not-exist\.html \(ENOENT\)/);
  });

  it('refuses a file over the size limit unread, with a clear message', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'read-page-')), 'huge.html');
    writeFileSync(file, `<html><body>${' '.repeat(MAX_PAGE_BYTES)}</body></html>`);
    const result = await run(['--url', STATUS, file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /cannot read .*huge\.html \(larger than 2 MB; a saved page is far smaller\)/,
    );
  });

  it('prints a reading the extension would refuse as unknown, saying why', async () => {
    // Within the file limit, but its many long events make a reading beyond what is stored.
    const event = {
      statusType: 'Issue',
      eventStatus: 'ongoing',
      epochStartDate: 1_750_000_000_000,
      usersAffected: 'Some users are affected',
      message: 'Users may be unable to use this service. '.repeat(20),
    };
    const feed = {
      services: Array.from({ length: 60 }, (_, i) => ({
        serviceName: `Service ${i}`,
        events: Array.from({ length: 5 }, () => event),
      })),
    };
    const file = join(mkdtempSync(join(tmpdir(), 'read-page-')), 'long-feed.json');
    writeFileSync(file, JSON.stringify(feed));
    const result = await run(['--url', `${STATUS}data/system_status_en_US.js`, file]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ kind: 'unknown', reason: 'reading-refused' });
    expect(result.stderr).toMatch(
      /the extension would refuse this apple-status reading: its \d+ KB of JSON are more than the 32 KB/,
    );
  });

  it('reads a page of exactly the size limit', async () => {
    const page = readFileSync(fixtureFile('pages/status-en-icloud-backup-issue.html'), 'utf8');
    const padded = page.replace(
      '</body>',
      `<!--${' '.repeat(MAX_PAGE_BYTES - Buffer.byteLength(page) - 7)}--></body>`,
    );
    expect(Buffer.byteLength(padded)).toBe(MAX_PAGE_BYTES);
    const file = join(mkdtempSync(join(tmpdir(), 'read-page-')), 'full.html');
    writeFileSync(file, padded);
    const result = await run(['--url', `${STATUS}?x=1#y`, file]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ kind: 'apple-status', url: STATUS });
  }, 30_000);

  it('prints usage for --help', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--url URL FILE');
  });
});

describe('read-page CLI (as the npm script runs it)', () => {
  const exec = promisify(execFile);
  const tsx = join(ROOT, 'node_modules/.bin/tsx');

  it('prints JSON to stdout and exits 0', async () => {
    const { stdout } = await exec(
      tsx,
      [
        'src/cli/read-page.ts',
        '--url',
        'https://www.apple.com/jp/support/systemstatus/',
        join(PAGES, 'status-jp-icloud-backup-outage.html'),
      ],
      { cwd: ROOT },
    );
    const observation = JSON.parse(stdout);
    expect(observation.kind).toBe('apple-status');
    expect(observation.icloudBackup).toEqual({ state: 'outage' });
  }, 30_000);

  it('exits 2 on missing arguments', async () => {
    await expect(exec(tsx, ['src/cli/read-page.ts'], { cwd: ROOT })).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('missing --url URL'),
    });
  }, 30_000);
});
