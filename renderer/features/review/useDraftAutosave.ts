import { useCallback, useRef } from 'react';
import type { Input } from '../../../shared/api/contract';
import { useAutosave } from '../../ui/useAutosave';
import { useReviewActions } from './useReviewActions';

type Content = Pick<Input<'drafts.save'>, 'markdown' | 'bullets'>;

/**
 * A draft's text (or bullets), saved through the one autosave as it is edited, and before
 * anything that makes a new version (regenerate, restore). The backend puts edits into the
 * user's working version and never changes a generated one.
 */
export function useDraftAutosave(draftId: string) {
  const actions = useReviewActions();
  const latest = useRef<{ content: Content; serial: number } | null>(null);
  const savedSerial = useRef(0);
  const serial = useRef(0);

  const autosave = useAutosave({
    hasChanges: () => latest.current !== null && latest.current.serial !== savedSerial.current,
    saveChanges: async () => {
      const pending = latest.current;
      if (!pending) return;
      await actions.saveDraft({ id: draftId, ...pending.content });
      savedSerial.current = pending.serial;
    },
  });

  const { schedule, reset: resetStatus } = autosave;
  const change = useCallback(
    (content: Content) => {
      serial.current += 1;
      latest.current = { content, serial: serial.current };
      schedule();
    },
    [schedule],
  );

  /** After a new version came from elsewhere (regenerate, restore): nothing of ours is pending. */
  const reset = useCallback(() => {
    latest.current = null;
    savedSerial.current = serial.current;
    resetStatus();
  }, [resetStatus]);

  return { status: autosave.status, change, flush: autosave.flush, reset };
}
