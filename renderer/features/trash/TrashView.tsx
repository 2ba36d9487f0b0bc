import { formatDistanceToNow } from 'date-fns';
import { useEntryList } from '../../query/queries';
import { useConfirm } from '../../ui/Confirm';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/errors';
import { Icon } from '../../ui/Icon';
import { useEntryActions } from '../../entries/useEntryActions';
import { longDayLabel } from '../../entries/weeks';

const TRASH = { trashed: true } as const;

/** Deleted entries wait here until they are restored or deleted for good. */
export function TrashView({ onRestored }: { onRestored: (id: string) => void }) {
  const list = useEntryList(TRASH);
  const { restore, purge } = useEntryActions();
  const confirm = useConfirm();
  const entries = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div className="page">
      <div className="page-inner">
        <header className="page-header">
          <h1 className="page-title">Trash</h1>
          <p className="page-lede">Deleted entries wait here. Restore one to put it back in your journal where it was.</p>
        </header>
        {list.isError && (
          <p className="field-error" role="alert">
            Couldn’t load the trash: {errorMessage(list.error)}
          </p>
        )}
        {list.isSuccess && entries.length === 0 && (
          <EmptyState title="The trash is empty">
            <p>Entries you delete come here first, so nothing is lost by a single click.</p>
          </EmptyState>
        )}
        {entries.length > 0 && (
          <ul className="trash-list" aria-label="Deleted entries">
            {entries.map((entry) => (
              <li key={entry.id} className="trash-row" aria-label={entry.title}>
                <div className="trash-row-text">
                  <div className="trash-row-title">{entry.title}</div>
                  <div className="trash-row-meta">
                    {longDayLabel(entry.date)}
                    {entry.deletedAt && ` · deleted ${formatDistanceToNow(new Date(entry.deletedAt), { addSuffix: true })}`}
                  </div>
                  {entry.excerpt && <div className="trash-row-excerpt">{entry.excerpt}</div>}
                </div>
                <div className="trash-row-actions">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Restore ${entry.title}`}
                    onClick={() => void restore(entry.id, () => onRestored(entry.id))}
                  >
                    <Icon name="restore" size={14} /> Restore
                  </button>
                  <button
                    type="button"
                    className="button button-small button-quiet button-danger-quiet"
                    aria-label={`Delete ${entry.title} forever`}
                    onClick={() =>
                      void (async () => {
                        const ok = await confirm({
                          title: 'Delete this entry forever?',
                          message: <p>“{entry.title}” will be gone for good. This cannot be undone.</p>,
                          confirmLabel: 'Delete forever',
                          danger: true,
                        });
                        if (ok) await purge(entry.id);
                      })()
                    }
                  >
                    Delete forever
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
        {list.hasNextPage && (
          <button type="button" className="button" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {list.isFetchingNextPage ? 'Loading…' : 'Show older'}
          </button>
        )}
      </div>
    </div>
  );
}
