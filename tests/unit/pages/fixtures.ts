import { readFixture } from '../../support/fixtures';

export const STATUS_URL = 'https://www.apple.com/support/systemstatus/';
export const STATUS_URL_JP = 'https://www.apple.com/jp/support/systemstatus/';
export const STATUS_URL_DE = 'https://www.apple.com/de/support/systemstatus/';
export const ICLOUD_URL = 'https://www.icloud.com/settings/';
export const FIXED_NOW = new Date('2025-06-24T21:42:00.000Z');

/** Parses a fixture page with the test environment's DOMParser (happy-dom), scripts inert. */
export function pageDocument(name: string): Document {
  return new DOMParser().parseFromString(readFixture(`pages/${name}`), 'text/html');
}

export function htmlDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
