/**
 * The selectors the System Status page's script reads rows with (Apple's markup since 2017),
 * one constant each: an object of them cost the script their keys (README, "Performance").
 * Only structure and the light's class are relied on: all visible words are localized.
 *
 * One per service. Both roots are accepted so that a renamed table id alone does not blind us.
 */
export const SERVICE_ROWS = ':is(#ssp-lights-table,.section-lights) .light-container';

/** The light's cell, which holds the coloured dot. */
const CELL = '.light-content.light-image';

/**
 * The coloured dot; its class (light-available, light-issue, ...) carries the state. A dot
 * drawn on the cell itself (a state class beside the cell's own, no element in it) is the
 * cell, whose own classes stateFromLightClass passes over; a bare cell is no light.
 */
export const LIGHT = `${CELL}>*,${CELL}:not([class="light-content light-image"])`;
/** The service's name (with a screen-reader suffix, NOT_NAME). */
export const NAME = '.light-content.light-name';
/** Present when the service has events: "<Service> - <Label>". */
export const LINK = '.light-link';

/**
 * What the page does not show, and markup a browser keeps inert: neither a row (a stale table
 * kept hidden beside the live one) nor anything in one is read, nor a script's text in a name.
 * An inline `display:none` or `visibility:hidden` hides in any case ("DISPLAY:NONE"): "ay:n"
 * and "ty:h" are the shortest texts that hold them and no other declaration
 * ("display:flex;border:none" and "overflow:hidden" are shown). Only inline styles
 * are looked at: the page's style sheets would cost a style recalculation per row
 * (getComputedStyle).
 */
export const UNSHOWN =
  'noscript,script,[hidden],[style*="ay:n" i],[style*="ay: n" i],[style*="ty:h" i],[style*="ty: h" i]';

/**
 * Where a row holds what is not its own (markup drift: another event's history in a popover,
 * tooltip, dialog or the body of a disclosure, whose summary may be the row's own), and what
 * the page does not show: never the row's link, name or light. Joined, not one template: the
 * minifier then keeps NOT_NAME a single string instead of also copying it into the text reader
 * (4 B of the status page's budget).
 */
export const ASIDE = [
  '[class*=popover],[popover],[role=tooltip],[role=dialog],dialog,details>:not(summary)',
  UNSHOWN,
].join();

/**
 * Not the row's own link, name or light, and left out of a name: the screen-reader suffix
 * (": available": Apple's "a11y", the "visuallyhidden" of Apple's other pages, "sr-only"), a
 * tooltip in the row ("event-tooltip", "tooltip-content": another event's or another row's
 * link), and what is ASIDE. A cell of the row's own (`.light-content`) that
 * opens a tooltip is no tooltip. Only the reader needs these.
 */
export const NOT_NAME = `.a11y,[class*=visually],[class*=sr-only],[class*=tooltip]:not(.light-content),${ASIDE}`;
