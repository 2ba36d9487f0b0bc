import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { errorMessage } from './errors';

/** Quiet time after the last keystroke before saving. */
export const SAVE_DELAY_MS = 600;

/** Where saving stands, as the save indicator shows it. */
export type SaveStatus =
  | { kind: 'draft' } // a new item with nothing in it yet: nothing to save
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string };

export interface AutosaveOptions {
  /** Whether anything typed is not saved yet. Called right before every save. */
  hasChanges: () => boolean;
  /**
   * Saves what changed, in one round trip. Rejects when the save failed; what it did not save
   * must still count as a change, so Retry (or the next edit) sends it again.
   */
  saveChanges: () => Promise<void>;
  /** A new item with nothing in it yet: shows 'draft' and saves nothing. */
  isEmptyDraft?: () => boolean;
  initialStatus?: SaveStatus;
  delayMs?: number;
}

/**
 * The one autosave: entries, reflections and review drafts all save through it. A moment after
 * typing stops, one save at a time (the newest content wins), and at once when the window is
 * hidden, the page goes away or the editor unmounts, so no typed character is lost. To make a
 * field autosave, say how to tell it changed and how to save it; call `schedule` on every edit.
 */
export function useAutosave(options: AutosaveOptions) {
  const [status, setStatus] = useState<SaveStatus>(options.initialStatus ?? { kind: 'idle' });
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const delayMs = options.delayMs ?? SAVE_DELAY_MS;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);

  /** Saves now. Resolves when everything changed so far is saved (or a save failed). */
  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (running.current) {
      again.current = true;
      return running.current;
    }
    const run = (async () => {
      do {
        again.current = false;
        if (!optionsRef.current.hasChanges()) break;
        setStatus({ kind: 'saving' });
        try {
          await optionsRef.current.saveChanges();
        } catch (error) {
          setStatus({ kind: 'error', message: errorMessage(error) });
          return;
        }
      } while (again.current || (optionsRef.current.hasChanges() && !timer.current));
      const left = optionsRef.current.hasChanges();
      setStatus((s) => (s.kind === 'idle' || s.kind === 'draft' ? s : left ? { kind: 'pending' } : { kind: 'saved' }));
    })().finally(() => {
      running.current = null;
    });
    running.current = run;
    return run;
  }, []);

  /** Records that something changed: saves it after the quiet time. */
  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    if (optionsRef.current.isEmptyDraft?.()) {
      timer.current = undefined;
      setStatus({ kind: 'draft' });
      return;
    }
    setStatus((s) => (s.kind === 'saving' ? s : { kind: 'pending' }));
    timer.current = setTimeout(() => {
      timer.current = undefined;
      void flush();
    }, delayMs);
  }, [flush, delayMs]);

  /** After new content came from elsewhere (regenerate, restore): nothing of ours is pending. */
  const reset = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    setStatus({ kind: 'idle' });
  }, []);

  // Hidden, closed or navigated away: save at once rather than after the delay.
  useEffect(() => {
    const saveNow = () => void flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', saveNow);
    window.addEventListener('beforeunload', saveNow);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', saveNow);
      window.removeEventListener('beforeunload', saveNow);
    };
  }, [flush]);

  // Leaving unmounts the editor. A layout cleanup runs before the Markdown editors' handles are
  // detached, so `hasChanges` can still read their last keystrokes and they are saved.
  useLayoutEffect(() => () => void flush(), [flush]);

  return { status, schedule, flush, reset };
}
