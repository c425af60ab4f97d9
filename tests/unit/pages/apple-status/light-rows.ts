import { readStatusPage } from '../../../../src/pages/apple-status/parse-dom';
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

export const section = (cells: string, id = '') =>
  `<div class="section-lights"><table ${id}><tr>${cells}</tr></table></div>`;
/** The lights table with an available App Store row before `cells`. */
export const table = (cells: string) =>
  section(row(named('App Store'), DOT('light-available')) + cells, 'id="ssp-lights-table"');

export const reading = (html: string) =>
  readStatusPage(htmlDocument(html), STATUS_URL, FIXED_NOW).observation;
export const backup = (html: string) => reading(html).icloudBackup.state;
