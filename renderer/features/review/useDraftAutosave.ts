import { useCallback, useRef, useState } from 'react';
import type { Input } from '../../../shared/api/contract';
import { errorMessage } from '../../ui/errors';
import type { SaveStatus } from '../journal/useEntryAutosave';
import { useSaveOnLeave } from '../journal/useSaveOnLeave';
import { useReviewActions } from './useReviewActions';

const SAVE_DELAY_MS = 700;

/** An entry's save states less 'draft': this text always exists already, so there is no unsaved new one. */
export type DraftSaveStatus = Exclude<SaveStatus, { kind: 'draft' }>;

type Content = Pick<Input<'drafts.save'>, 'markdown' | 'bullets'>;

/**
 * Saves a draft's text (or bullets) as it is edited: a moment after typing stops, at once when
 * the window is hidden or the draft is left, and before anything that makes a new version
 * (regenerate, restore). One save at a time; the newest content wins. The backend puts edits
 * into the user's working version and never changes a generated one.
 */
export function useDraftAutosave(draftId: string) {
  const actions = useReviewActions();
  const [status, setStatus] = useState<DraftSaveStatus>({ kind: 'idle' });
  const latest = useRef<{ content: Content; serial: number } | null>(null);
  const savedSerial = useRef(0);
  const serial = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);
  const saveRef = useRef(actions.saveDraft);
  saveRef.current = actions.saveDraft;

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (running.current) return running.current.then(() => flush());
    const pending = latest.current;
    if (!pending || pending.serial === savedSerial.current) return Promise.resolve();
    setStatus({ kind: 'saving' });
    const run = saveRef
      .current({ id: draftId, ...pending.content })
      .then(
        () => {
          savedSerial.current = pending.serial;
          setStatus(latest.current?.serial === savedSerial.current ? { kind: 'saved' } : { kind: 'pending' });
        },
        (error: unknown) => setStatus({ kind: 'error', message: errorMessage(error) }),
      )
      .finally(() => {
        running.current = null;
      });
    running.current = run;
    return run;
  }, [draftId]);

  const change = useCallback(
    (content: Content) => {
      serial.current += 1;
      latest.current = { content, serial: serial.current };
      setStatus({ kind: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  /** After a new version came from elsewhere (regenerate, restore): nothing of ours is pending. */
  const reset = useCallback(() => {
    clearTimeout(timer.current);
    latest.current = null;
    savedSerial.current = serial.current;
    setStatus({ kind: 'idle' });
  }, []);

  // Hiding the window or leaving the draft saves what was typed, without waiting for the delay.
  useSaveOnLeave(flush);

  return { status, change, flush, reset };
}
