import { useRef, useState } from 'react';
import type { Day } from '../../../shared/domain/day';
import type { ReadinessItem } from '../../../shared/domain/review/readiness';
import type { SectionId } from '../../../shared/domain/sections';
import { MarkdownEditor, type MarkdownEditorHandle } from '../../editor/MarkdownEditor';
import { useEntry, useGoal } from '../../query/queries';
import { errorMessage } from '../../ui/errors';
import { Icon } from '../../ui/Icon';
import { shortcutLabel } from '../../ui/shortcuts';
import { FollowUpAnswerBox } from '../../entries/FollowUpAnswerBox';
import { LinkEntryDialog } from '../../entries/LinkEntryDialog';
import { plainExcerpt } from '../../../shared/domain/plainText';
import { clampToToday } from './Dashboard';
import { useReviewActions } from './useReviewActions';

/** One gap, with the way to close it right where it is listed. */
export function ReadinessFix({
  item,
  onOpenEntry,
  onNewEntry,
}: {
  item: ReadinessItem;
  onOpenEntry: (id: string) => void;
  onNewEntry: (preset: { date?: Day; section?: SectionId }) => void;
}) {
  const [open, setOpen] = useState(false);
  const entryId = item.entryId;
  return (
    <li className={`readiness-item ${open ? 'is-open' : ''}`} aria-label={item.message}>
      <div className="readiness-item-row">
        <p className="readiness-message">{item.message}</p>
        <div className="readiness-actions">
          {(item.kind === 'missing-impact' || item.kind === 'vague-entry') && (
            <button type="button" className="button button-small" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
              <Icon name="edit" size={13} /> {item.kind === 'missing-impact' ? 'Add impact' : 'Say what changed'}
            </button>
          )}
          {item.kind === 'unanswered-follow-up' && (
            <button type="button" className="button button-small" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
              <Icon name="edit" size={13} /> Answer
            </button>
          )}
          {item.kind === 'silent-month' && item.month && (
            <button type="button" className="button button-small" onClick={() => onNewEntry({ date: clampToToday(`${item.month}-15`) })}>
              <Icon name="plus" size={13} /> Write an entry
            </button>
          )}
          {item.kind === 'goal-without-evidence' && item.goalId && (
            <button type="button" className="button button-small" onClick={() => setOpen(true)}>
              <Icon name="link" size={13} /> Link evidence
            </button>
          )}
          {entryId && (
            <button type="button" className="button button-small button-quiet" onClick={() => onOpenEntry(entryId)}>
              Open entry
            </button>
          )}
        </div>
      </div>
      {open && entryId && (item.kind === 'missing-impact' || item.kind === 'vague-entry') && (
        <ImpactEditor entryId={entryId} onClose={() => setOpen(false)} />
      )}
      {open && item.kind === 'unanswered-follow-up' && item.followUpId && (
        <FollowUpAnswerBox
          followUpId={item.followUpId}
          label="What happened next?"
          autoFocus
          className="readiness-fix"
          actionsClassName="readiness-fix-actions"
          onAnswered={() => setOpen(false)}
          onCancel={() => setOpen(false)}
        />
      )}
      {open && item.kind === 'goal-without-evidence' && item.goalId && <GoalEvidence goalId={item.goalId} onClose={() => setOpen(false)} />}
    </li>
  );
}

/** The entry's impact, edited in place; saving refetches the check, and the gap leaves the list. */
function ImpactEditor({ entryId, onClose }: { entryId: string; onClose: () => void }) {
  const entry = useEntry(entryId);
  const actions = useReviewActions();
  const editorRef = useRef<MarkdownEditorHandle>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const impact = editorRef.current?.getMarkdown() ?? '';
    if (!impact.trim()) {
      setProblem('Write what happened because of it first.');
      return;
    }
    setBusy(true);
    try {
      await actions.saveImpact(entryId, impact);
      onClose();
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };

  if (entry.isError)
    return (
      <p className="field-error" role="alert">
        Couldn’t open the entry: {errorMessage(entry.error)}
      </p>
    );
  if (!entry.data) return <div className="readiness-fix" aria-busy="true" />;
  return (
    <div className="readiness-fix">
      {entry.data.body && <p className="readiness-fix-context">{plainExcerpt(entry.data.body, 220)}</p>}
      <div className="readiness-fix-editor">
        <MarkdownEditor
          ref={editorRef}
          initialMarkdown={entry.data.impact}
          onChange={() => setProblem(null)}
          ariaLabel={`Impact of “${entry.data.title}”`}
          placeholder="What happened because of it? e.g. “…which made the tests 3x faster for everyone”"
          variant="compact"
          autoFocus
          onSubmitShortcut={() => void save()}
        />
      </div>
      <div className="readiness-fix-actions">
        <button type="button" className="button button-small button-primary" disabled={busy} onClick={() => void save()}>
          Save impact
        </button>
        <button type="button" className="button button-small button-quiet" onClick={onClose}>
          Cancel
        </button>
        <span className="field-hint">{shortcutLabel('Mod+Enter')} saves</span>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/** The goals page's own picker: recent entries, or search for older ones. */
function GoalEvidence({ goalId, onClose }: { goalId: string; onClose: () => void }) {
  const goal = useGoal(goalId);
  if (goal.isError)
    return (
      <p className="field-error" role="alert">
        Couldn’t open the goal: {errorMessage(goal.error)}
      </p>
    );
  if (!goal.data) return null;
  return <LinkEntryDialog goal={goal.data} onClose={onClose} />;
}
