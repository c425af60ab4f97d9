import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Paths, not URL objects: under happy-dom the global URL is not the one node:fs accepts.
const HERE = dirname(fileURLToPath(import.meta.url));
/** The project's own fixtures (written for these tests, served at real URLs by the e2e suite). */
export const PAGES_DIR = join(HERE, '../../fixtures/pages');
export const FEEDS_DIR = join(HERE, '../../fixtures/feeds');

export const STATUS_URL = 'https://www.apple.com/support/systemstatus/';
export const STATUS_URL_JP = 'https://www.apple.com/jp/support/systemstatus/';
export const STATUS_URL_DE = 'https://www.apple.com/de/support/systemstatus/';
export const ICLOUD_URL = 'https://www.icloud.com/settings/';
export const FIXED_NOW = new Date('2025-06-24T21:42:00.000Z');

export function fixtureText(dir: string, name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

/** Parses a fixture page with the test environment's DOMParser (happy-dom), scripts inert. */
export function pageDocument(name: string): Document {
  return new DOMParser().parseFromString(fixtureText(PAGES_DIR, name), 'text/html');
}

export function htmlDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
