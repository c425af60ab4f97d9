import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { IndexHtmlTransformContext } from 'vite';
import { LOCALES } from '../../../src/knowledge/ids';
import { App } from '../../../src/ui/App';
import { inlinePopupCss } from '../../../src/ui/inline-popup-css';
import { SHELL_TITLE } from '../../../src/ui/shell';

const ROOT = resolve(import.meta.dirname, '../../..');
const popupHtml = readFileSync(resolve(ROOT, 'entrypoints/popup/index.html'), 'utf8');

/** Markup without the whitespace and comments between tags, as a browser would lay it out. */
const tags = (html: string) =>
  html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/>\s+</g, '><')
    .trim();

describe("the popup's shell", () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('is what the popup renders while it loads, so the first render changes nothing', () => {
    const shell = /<div id="app">([\s\S]*?)<\/div>\s*<script/.exec(popupHtml)?.[1];
    expect(shell).toBeDefined();
    // Storage never answers here: the popup stays in its waiting state.
    const { container } = render(<App languageTag="fr-FR" />);
    expect(tags(container.innerHTML)).toBe(tags(shell!));
    expect(tags(shell!)).toContain(`<h1>${SHELL_TITLE}</h1>`);
  });

  it.each(LOCALES)('names the product as the %s texts do', (locale) => {
    const ui = JSON.parse(
      readFileSync(resolve(ROOT, `content/locales/${locale}/ui.json`), 'utf8'),
    ) as Record<string, string>;
    expect(ui['app.title']).toBe(SHELL_TITLE);
  });
});

type Bundle = NonNullable<IndexHtmlTransformContext['bundle']>;

describe('inlinePopupCss', () => {
  const handler = (plugin = inlinePopupCss()) => {
    const hook = plugin.transformIndexHtml as {
      handler: (
        html: string,
        context: Pick<IndexHtmlTransformContext, 'path' | 'bundle'>,
      ) => string;
    };
    return hook.handler;
  };
  const html = (href: string) =>
    `<head><link rel="stylesheet" crossorigin href="/${href}"><script type="module" src="/a.js"></script></head>`;
  const bundle = (css: string) =>
    ({ 'assets/theme-1.css': { type: 'asset', source: css } }) as unknown as Bundle;

  it("writes the popup's stylesheet into its HTML", () => {
    const out = handler()(html('assets/theme-1.css'), {
      path: '/entrypoints/popup/index.html',
      bundle: bundle('h1{color:red}'),
    });
    expect(out).toContain('<style>h1{color:red}</style>');
    expect(out).not.toContain('<link');
    expect(out).toContain('<script type="module" src="/a.js">');
  });

  it('leaves other pages, unknown files and CSS that would end the style element alone', () => {
    const page = html('assets/theme-1.css');
    const run = handler();
    expect(run(page, { path: '/entrypoints/guide/index.html', bundle: bundle('a{}') })).toBe(page);
    expect(run(page, { path: '/entrypoints/popup/index.html' })).toBe(page);
    const other = html('assets/other.css');
    expect(run(other, { path: '/entrypoints/popup/index.html', bundle: bundle('a{}') })).toBe(
      other,
    );
    expect(
      run(page, {
        path: '/entrypoints/popup/index.html',
        bundle: bundle('a{content:"</style><script>"}'),
      }),
    ).toBe(page);
  });
});
