/**
 * What a person does first in the page: pointing, touching, a key, a click (a screen reader's
 * activation may send only that) or typing. Focus is left out: the page moves it itself.
 */
const FIRST_USE = [
  'pointermove',
  'pointerdown',
  'touchstart',
  'wheel',
  'keydown',
  'click',
  'input',
];

/**
 * Calls back once, at the first sign that the page is being used, before the event reaches the
 * page's own handlers. Returns a cancel.
 */
export function onFirstUse(callback: () => void): () => void {
  const options = { capture: true, passive: true } as const;
  const stop = () => {
    for (const type of FIRST_USE) document.removeEventListener(type, used, options);
  };
  function used() {
    stop();
    callback();
  }
  for (const type of FIRST_USE) document.addEventListener(type, used, options);
  return stop;
}
