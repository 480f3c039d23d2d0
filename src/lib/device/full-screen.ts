/**
 * The browser's Fullscreen API, where it exists (jsdom and some phones lack it). Entering can be
 * refused (no user gesture, an iframe without permission); the page then stays as it is, which
 * is why callers also lay the element over the whole window themselves.
 */
export function enterFullScreen(element: HTMLElement | null): void {
  if (!element || typeof element.requestFullscreen !== 'function') return;
  element.requestFullscreen().catch(() => undefined);
}

export function exitFullScreen(): void {
  if (typeof document.exitFullscreen === 'function' && document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

/** Calls `onExit` when the browser leaves full screen (Escape, or the browser's own control). Returns the unsubscribe. */
export function onFullScreenExit(onExit: () => void): () => void {
  const changed = () => {
    if (!document.fullscreenElement) onExit();
  };
  document.addEventListener('fullscreenchange', changed);
  return () => document.removeEventListener('fullscreenchange', changed);
}
