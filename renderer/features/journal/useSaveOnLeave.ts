import { useEffect, useLayoutEffect } from 'react';

/**
 * Saves at once, without waiting for the autosave delay, when the window is hidden or the page
 * goes away, and when the component using it unmounts (its text would otherwise be lost). The
 * unmount save is a layout cleanup so it runs while the editor is still attached.
 */
export function useSaveOnLeave(flush: () => Promise<void>) {
  useEffect(() => {
    const saveNow = () => void flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', saveNow);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', saveNow);
    };
  }, [flush]);

  useLayoutEffect(() => () => void flush(), [flush]);
}
