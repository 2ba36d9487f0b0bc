import { useDraft } from '../../query/queries';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/errors';
import { BulletsEditor } from './BulletsEditor';
import { DraftEditor } from './DraftEditor';

/** A saved draft, in the editor its kind needs. */
export function DraftView({ id, onBack, onOpenEntry }: { id: string; onBack: () => void; onOpenEntry: (id: string) => void }) {
  const draft = useDraft(id);
  if (draft.isError) {
    return (
      <EmptyState
        title="This draft can’t be opened"
        action={
          <button type="button" className="button" onClick={onBack}>
            Back to drafts
          </button>
        }
      >
        <p>{errorMessage(draft.error)}</p>
      </EmptyState>
    );
  }
  if (!draft.data) return <div className="review-loading" aria-busy="true" />;
  return draft.data.kind === 'bullets' ? (
    <BulletsEditor key={id} draft={draft.data} onBack={onBack} onOpenEntry={onOpenEntry} />
  ) : (
    <DraftEditor key={id} draft={draft.data} onBack={onBack} onOpenEntry={onOpenEntry} />
  );
}
