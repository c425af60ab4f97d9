import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';

/** Store images live with the listing texts; public/ would ship them inside the extension. */
export const STORE_DIR = resolve(process.cwd(), 'content/store');

/** A screenshot to place in a frame, with its size in CSS pixels. */
export interface Shot {
  png: Buffer;
  width: number;
  height: number;
}

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
const icon = (size: 96 | 128) =>
  dataUrl(readFileSync(resolve(process.cwd(), `public/icon/${size}.png`)));
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const BASE_CSS = `
  html, body { margin: 0; height: 100%; overflow: hidden; }
  body { font-family: "Liberation Sans", "DejaVu Sans", system-ui, sans-serif; color: #fff;
         background: #1d4ed8; }
  img { display: block; }`;

/** Renders `html` at exactly `width` x `height` and saves it as a PNG. */
async function render(
  page: Page,
  path: string,
  size: { width: number; height: number },
  html: string,
  transparent = false,
) {
  await page.setViewportSize(size);
  await page.setContent(`<!doctype html><meta charset="utf-8"><style>${BASE_CSS}</style>${html}`);
  await page.screenshot({ path, omitBackground: transparent });
}

/** Width of a page shown beside the popup in a screenshot; the popup takes the rest. */
export const PAGE_WIDTH = 840;

/**
 * A 1280x800 store screenshot (Chrome Web Store's size, also right for AMO) on the brand
 * colour: the caption beside the popup, or, given the web page it works with, that page on
 * the left with the caption over its foot and the popup beside it.
 */
export async function frame(page: Page, path: string, caption: string, popup: Shot, beside?: Shot) {
  const popupImg = `<img src="${dataUrl(popup.png)}" width="${popup.width}" height="${popup.height}"
    style="position:absolute; right: ${beside ? 20 : 120}px; top: 100px; border-radius: 10px;
    box-shadow: 0 20px 60px rgba(0,0,0,.45)">`;
  const html = beside
    ? `<img src="${dataUrl(beside.png)}" width="${beside.width}" height="${beside.height}">
       <div style="position:absolute; left: 32px; bottom: 32px; max-width: 720px; padding: 24px 32px;
         border-radius: 16px; background: rgba(30,58,138,.94); font-size: 36px; font-weight: 700;
         line-height: 1.25">${escape(caption)}</div>`
    : `<div style="position:absolute; left: 80px; top: 0; bottom: 0; width: 600px; display: flex;
         flex-direction: column; justify-content: center; font-size: 50px; font-weight: 700;
         line-height: 1.2"><img src="${icon(96)}" width="96" height="96"
         style="margin-bottom: 32px">${escape(caption)}</div>`;
  await render(page, path, { width: 1280, height: 800 }, `${html}${popupImg}`);
}

/** Chrome Web Store's small promo tile, 440x280: icon, name and one line. */
export async function promoTile(page: Page, path: string, name: string, line: string) {
  await render(
    page,
    path,
    { width: 440, height: 280 },
    `<div style="display:flex; align-items:center; gap: 24px; height: 280px; padding: 0 32px;
       box-sizing: border-box"><img src="${icon(96)}" width="96" height="96">
       <div><div style="font-size: 32px; font-weight: 700">${escape(name)}</div>
       <div style="font-size: 20px; margin-top: 10px; line-height: 1.3">${escape(line)}</div></div></div>`,
  );
}

/** The 128x128 store icon Chrome asks for: the 96-pixel artwork with 16 transparent pixels around it. */
export async function storeIcon(page: Page, path: string) {
  await render(
    page,
    path,
    { width: 128, height: 128 },
    `<style>body { background: transparent; }</style>
     <img src="${icon(96)}" width="96" height="96" style="margin: 16px">`,
    true,
  );
}
