import { type ReactNode, useEffect, useState } from 'react';
import type { Draft } from '../../../shared/domain/model';
import { errorMessage } from '../../ui/errors';
import { Icon } from '../../ui/Icon';
import { SaveIndicator } from '../../ui/SaveIndicator';
import type { SaveStatus } from '../../ui/useAutosave';
import { useReviewActions } from './useReviewActions';

export const KIND_NAMES = { summary: 'Summary', packet: 'Review packet', bullets: 'Résumé bullets' } as const;

/** The top of a draft: back to the list, its name (renamed in place), where saving stands, actions. */
export function DraftHeader({
  draft,
  status,
  onBack,
  onRetry,
  children,
}: {
  draft: Draft;
  status: SaveStatus;
  onBack: () => void;
  onRetry: () => void;
  children: ReactNode;
}) {
  return (
    <header className="draft-header">
      <button type="button" className="button button-small button-quiet draft-back" onClick={onBack}>
        <Icon name="chevronLeft" size={14} /> Drafts
      </button>
      <div className="draft-heading">
        <p className="draft-kicker">
          {KIND_NAMES[draft.kind]}
          {draft.reader && ` · for ${draft.reader === 'peer' ? 'a peer reviewer' : 'my manager'}`}
          {draft.format && ` · ${draft.format === 'xyz' ? 'XYZ format' : 'short format'}`} · {draft.period.label}
        </p>
        <DraftTitle key={draft.id} draft={draft} />
      </div>
      <div className="draft-header-side">
        <SaveIndicator
          status={status}
          onRetry={onRetry}
          savedLabel={`Saved · version ${draft.version.number} (${draft.version.origin === 'generated' ? 'as generated' : 'your edits'})`}
        />
        <div className="draft-actions">{children}</div>
      </div>
    </header>
  );
}

function DraftTitle({ draft }: { draft: Draft }) {
  const actions = useReviewActions();
  const [title, setTitle] = useState(draft.title);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setTitle(draft.title), [draft.title]);

  const commit = async () => {
    if (title.trim() === draft.title) return;
    if (!title.trim()) {
      setTitle(draft.title);
      return;
    }
    try {
      await actions.saveDraft({ id: draft.id, title });
      setProblem(null);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <>
      <input
        className="draft-title"
        aria-label="Draft title"
        value={title}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => setTitle(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void commit();
          } else if (event.key === 'Escape') {
            setTitle(draft.title);
          }
        }}
      />
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
