import type { Plugin } from 'vite';

const POPUP_HTML = /(^|\/)popup\/index\.html$/;
const STYLESHEET = /<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g;

/**
 * Build step: the popup's stylesheet is written into popup.html as a <style> instead of a link.
 * A linked sheet is one more file read from the package before the first frame, and scripts
 * wait for it; inlined, the popup's header (the shell in its HTML) paints with the HTML itself
 * (tests/bench/README.md). The other pages keep their links.
 */
export function inlinePopupCss(): Plugin {
  return {
    name: 'backup-rescue:inline-popup-css',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle || !POPUP_HTML.test(context.path)) return html;
        return html.replace(STYLESHEET, (link, file: string) => {
          const asset = bundle[file];
          const css = asset?.type === 'asset' ? String(asset.source) : undefined;
          return css === undefined || /<\/style/i.test(css) ? link : `<style>${css}</style>`;
        });
      },
    },
  };
}
