import { describe, expect, it } from 'vitest';
import { parseIcloudPage } from '../../../../src/pages/icloud/parse-dom';
import { FIXED_NOW, htmlDocument } from '../fixtures';

const read = (body: string, url: string) => {
  const o = parseIcloudPage(
    htmlDocument(`<!doctype html><html><body><main>${body}</main></body></html>`),
    url,
    FIXED_NOW,
  );
  return o.kind === 'icloud-storage'
    ? `${o.used?.value} ${o.used?.unit}/${o.total?.value} ${o.total?.unit}`
    : o.kind;
};

/**
 * Elements that wrap only the usage line take its place: the storage heading beside the outer
 * wrapper is then near enough for the home page, which reads only a line in a storage tile.
 */
describe('a usage line wrapped in elements of the same text', () => {
  const line = '<span><b>4.8 GB of 5 GB used</b></span>';
  const tile = (depth: number) =>
    `<section><h2>iCloud Storage</h2>${'<div>'.repeat(depth)}${line}${'</div>'.repeat(depth)}</section><section><h2>Mail</h2><p>Inbox</p></section>`;

  it.each([1, 3, 5])('is read on the home page under %i wrappers', (depth) => {
    expect(read(tile(depth), 'https://www.icloud.com/')).toBe('4.8 GB/5 GB');
  });

  it('is one line, not two, when drawn twice in wrappers', () => {
    expect(
      read(`${tile(2)}<div><div>${line}</div></div>`, 'https://www.icloud.com/settings/'),
    ).toBe('4.8 GB/5 GB');
  });

  it('lets a wrapper with more text stay a panel, not a line', () => {
    const body = `<section><h2>iCloud Storage</h2><div><div>${line}</div><p>12 GB of 200 GB used</p></div></section>`;
    expect(read(body, 'https://www.icloud.com/settings/')).toBe('unknown');
  });
});
