/**
 * The product's name, the same in every language (each catalog's `app.title`). popup.html shows
 * it in its header before any script runs, and the popup keeps it there while storage and the
 * texts load: the first frame is the popup's own header, not a blank panel
 * (tests/bench/README.md). A test holds popup.html, this constant and every catalog to one name.
 */
export const SHELL_TITLE = 'Backup Rescue';
