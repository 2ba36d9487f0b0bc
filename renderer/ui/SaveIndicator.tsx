import { Icon } from './Icon';
import type { SaveStatus } from './useAutosave';

/**
 * Where saving stands, always in view so the person can trust it. Entries, reflections and
 * review drafts share it; the labels let each say what "saved" means for it.
 */
export function SaveIndicator({
  status,
  onRetry,
  className,
  savedLabel = 'Saved',
  idleLabel,
}: {
  status: SaveStatus;
  onRetry: () => void;
  /** Added to the indicator's own classes. */
  className?: string;
  /** What shows once saved, e.g. with the version it made. */
  savedLabel?: string;
  /** What shows before anything has been saved here; by default the same as once saved. */
  idleLabel?: string;
}) {
  const showSaved = status.kind === 'saved' || (status.kind === 'idle' && idleLabel === undefined);
  return (
    <div className={`save-indicator ${className ? `${className} ` : ''}save-${status.kind}`} role="status" aria-live="polite">
      {status.kind === 'draft' && <span>New entry: saved once you start writing</span>}
      {status.kind === 'idle' && idleLabel !== undefined && <span>{idleLabel}</span>}
      {(status.kind === 'pending' || status.kind === 'saving') && <span>Saving…</span>}
      {showSaved && (
        <span>
          <Icon name="check" size={14} /> {savedLabel}
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
