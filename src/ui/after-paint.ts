/**
 * Calls back in a task after the next animation frame, when what was rendered before is on
 * screen; at once in a hidden page, which draws no frames. Unlike an effect's timing, this
 * never runs before the frame, however long it takes to draw. Returns a cancel.
 */
export function afterPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (document.visibilityState === 'hidden') {
    timer = setTimeout(callback);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
