import { useRef, useState } from 'react';
import { GOAL_STATUSES, type Goal, type GoalStatus } from '../../../shared/domain/model';
import { useGoal } from '../../query/queries';
import { useConfirm } from '../../ui/Confirm';
import { errorMessage } from '../../ui/errors';
import { ExampleBadge } from '../../ui/ExampleBadge';
import { Icon } from '../../ui/Icon';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { RenameInPlace } from '../../ui/RenameInPlace';
import { EntryRow } from '../../entries/EntryRow';
import { LinkEntryDialog } from '../../entries/LinkEntryDialog';
import { useGoalActions } from '../../entries/useGoalActions';

const STATUS_LABELS: Record<GoalStatus, string> = { open: 'Open', achieved: 'Achieved', dropped: 'Dropped' };
const STATUS_OPTIONS = GOAL_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));
const EVIDENCE_SHOWN = 5;

/** One goal: its words, its status, and the entries that are evidence for it. */
export function GoalCard({ goal, onOpenEntry }: { goal: Goal; onOpenEntry: (id: string) => void }) {
  const actions = useGoalActions();
  const confirm = useConfirm();
  const detail = useGoal(goal.id);
  const [description, setDescription] = useState(goal.description);
  const [syncedFrom, setSyncedFrom] = useState(goal.updatedAt);
  const [problem, setProblem] = useState<string | null>(null);
  const [linking, setLinking] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const editingDescription = useRef(false);

  // Changed elsewhere (a save, the CLI): show the stored text, except in the field being typed in.
  if (syncedFrom !== goal.updatedAt) {
    setSyncedFrom(goal.updatedAt);
    if (!editingDescription.current) setDescription(goal.description);
  }

  const save = async (patch: { title?: string; description?: string; status?: GoalStatus }) => {
    try {
      await actions.update({ id: goal.id, ...patch });
      setProblem(null);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  const remove = async () => {
    const ok = await confirm({
      title: `Delete the goal “${goal.title}”?`,
      message: <p>{goal.entryCount > 0 ? 'The entries linked to it stay in your journal. ' : ''}This cannot be undone.</p>,
      confirmLabel: 'Delete goal',
      danger: true,
    });
    if (!ok) return;
    try {
      await actions.remove(goal.id);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  const evidence = detail.data?.evidence ?? [];
  const shown = showAll ? evidence : evidence.slice(0, EVIDENCE_SHOWN);

  return (
    <li className={`goal-card status-${goal.status}`} aria-label={goal.title}>
      <div className="goal-card-top">
        <Icon name={goal.status === 'achieved' ? 'check' : 'goal'} size={16} />
        <RenameInPlace
          className="input goal-title-input"
          label={`Goal: ${goal.title}`}
          multiline
          value={goal.title}
          invalid={Boolean(problem)}
          onRename={(title) => void save({ title })}
          onCancel={() => setProblem(null)}
        />
        {goal.sample && <ExampleBadge />}
        <SegmentedControl<GoalStatus>
          label={`Status of ${goal.title}`}
          size="small"
          value={goal.status}
          options={STATUS_OPTIONS}
          onChange={(status) => void save({ status })}
        />
        <button
          type="button"
          className="icon-button goal-delete"
          aria-label={`Delete goal ${goal.title}`}
          title="Delete goal"
          onClick={() => void remove()}
        >
          <Icon name="trash" size={15} />
        </button>
      </div>
      <textarea
        className="input goal-description"
        aria-label={`Description of ${goal.title}`}
        placeholder="What would achieving it look like? How will you know?"
        rows={1}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        onFocus={() => (editingDescription.current = true)}
        onBlur={() => {
          editingDescription.current = false;
          if (description !== goal.description) void save({ description });
        }}
      />
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="goal-evidence">
        <div className="goal-evidence-head">
          <span className="field-label">Evidence{goal.entryCount > 0 && <span className="card-count">{goal.entryCount}</span>}</span>
          <button type="button" className="button button-small button-quiet" onClick={() => setLinking(true)}>
            <Icon name="link" size={14} /> Link an entry…
          </button>
        </div>
        {evidence.length > 0 ? (
          <ul className="entry-rows entry-rows-compact" aria-label={`Evidence for ${goal.title}`}>
            {shown.map((entry) => (
              <EntryRow key={entry.id} entry={entry} onOpen={onOpenEntry} showYear compact>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Unlink ${entry.title}`}
                  title="Unlink from this goal"
                  onClick={() => void actions.unlink(goal.id, entry.id).catch((error: unknown) => setProblem(errorMessage(error)))}
                >
                  <Icon name="close" size={14} />
                </button>
              </EntryRow>
            ))}
          </ul>
        ) : (
          detail.isSuccess && <p className="goal-evidence-empty">No entries linked yet. Link the work that moves this goal forward.</p>
        )}
        {evidence.length > EVIDENCE_SHOWN && (
          <button type="button" className="link-button goal-show-all" onClick={() => setShowAll((s) => !s)}>
            {showAll ? 'Show fewer' : `Show all ${evidence.length}`}
          </button>
        )}
      </div>
      {linking && <LinkEntryDialog goal={goal} onClose={() => setLinking(false)} />}
    </li>
  );
}
