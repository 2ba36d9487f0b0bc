import { Icon } from '../../ui/Icon';
import type { SaveStatus } from './useEntryAutosave';

/** Where the entry's saving stands, always in view so the person can trust it. */
export function SaveIndicator({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  return (
    <div className={`save-indicator save-${status.kind}`} role="status" aria-live="polite">
      {status.kind === 'draft' && <span>New entry: saved once you start writing</span>}
      {(status.kind === 'pending' || status.kind === 'saving') && <span>Saving…</span>}
      {(status.kind === 'saved' || status.kind === 'idle') && (
        <span>
          <Icon name="check" size={14} /> Saved
        </span>
      )}
      {status.kind === 'error' && (
        <>
          <span className="save-error-text">
            <Icon name="alert" size={14} /> Couldn’t save: {status.message}
          </span>
          <button type="button" className="button button-small" onClick={onRetry}>
            Retry
          </button>
        </>
      )}
    </div>
  );
}
