import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { Draft, KeptBullet } from '../../../shared/domain/model';
import { BULLET_RANK_RULE, MEASURE_PLACEHOLDER } from '../../../shared/domain/review/bullets';
import { useEntry } from '../../query/queries';
import { useConfirm } from '../../ui/Confirm';
import { errorMessage } from '../../ui/errors';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import { edited, shownWarnings, WARNING_NAMES } from './bulletWarnings';
import { DraftHeader } from './DraftHeader';
import { useDraftAutosave } from './useDraftAutosave';
import { useReviewActions } from './useReviewActions';

/** Accepted bullets as a Markdown list, in the order the person put them. */
export function acceptedMarkdown(bullets: readonly KeptBullet[]): string {
  return bullets
    .filter((b) => b.accepted)
    .map((b) => `- ${b.text}`)
    .join('\n');
}

/**
 * Résumé bullets drafted from entries: accept the good ones, rewrite, reorder (drag the handle,
 * or Alt+↑/↓), delete, and copy the accepted ones. Every change is saved as it is made.
 */
export function BulletsEditor({ draft, onBack, onOpenEntry }: { draft: Draft; onBack: () => void; onOpenEntry: (id: string) => void }) {
  const actions = useReviewActions();
  const autosave = useDraftAutosave(draft.id);
  const toast = useToast();
  const confirm = useConfirm();
  const [bullets, setBullets] = useState<KeptBullet[]>(draft.version.bullets ?? []);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState<number | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const accepted = bullets.filter((b) => b.accepted).length;
  const needNumber = bullets.filter((b) => b.needsMeasure).length;
  const [showAll, setShowAll] = useState(false);
  // The best 8–12 first; the rest wait behind "Show all" unless the person accepted one of them.
  const shown = bullets.flatMap((b, index) => (showAll || b.inDefaultSet !== false || b.accepted ? [index] : []));
  const hiddenCount = bullets.length - shown.length;

  const update = (next: KeptBullet[]) => {
    setBullets(next);
    autosave.change({ bullets: next });
  };
  const move = (from: number, to: number) => {
    if (to < 0 || to >= bullets.length || from === to) return;
    const next = [...bullets];
    const [moved] = next.splice(from, 1);
    if (!moved) return;
    next.splice(to, 0, moved);
    update(next);
    setFocusId(moved.id);
  };

  // Keep the keyboard on the bullet that moved, so Alt+↓ can be pressed again and again.
  useEffect(() => {
    if (!focusId) return;
    listRef.current?.querySelector<HTMLElement>(`[data-bullet="${CSS.escape(focusId)}"] .bullet-handle`)?.focus();
    setFocusId(null);
  }, [focusId]);

  const remove = (index: number) => {
    const gone = bullets[index];
    if (!gone) return;
    const before = bullets;
    update(bullets.filter((_, i) => i !== index));
    toast({ message: 'Bullet deleted', action: { label: 'Undo', run: () => update(before) } });
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(acceptedMarkdown(bullets));
      toast({ message: `Copied ${accepted} accepted ${accepted === 1 ? 'bullet' : 'bullets'} as Markdown` });
    } catch (error) {
      toast({ message: `Couldn’t copy: ${errorMessage(error)}`, tone: 'error' });
    }
  };

  const regenerate = async () => {
    const ok = await confirm({
      title: 'Draft the bullets again?',
      message:
        'Chronicle writes a fresh set from your entries as a new version. This set, with your accepted and edited bullets, stays in the draft’s history.',
      confirmLabel: 'Regenerate',
    });
    if (!ok) return;
    setBusy(true);
    try {
      await autosave.flush();
      const before = draft.version.number;
      const next = await actions.regenerateDraft(draft.id);
      autosave.reset();
      setBullets(next.version.bullets ?? []);
      setNotice(`Drafted again as version ${next.version.number}. Your set from version ${before} is kept in the history.`);
    } catch (error) {
      toast({ message: `Couldn’t regenerate: ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const removeDraft = async () => {
    const ok = await confirm({
      title: 'Delete these bullets?',
      message: `“${draft.title}” will be deleted. Your entries stay.`,
      confirmLabel: 'Delete draft',
      danger: true,
    });
    if (!ok) return;
    try {
      await actions.deleteDraft(draft.id);
      onBack();
    } catch (error) {
      toast({ message: `Couldn’t delete it: ${errorMessage(error)}`, tone: 'error' });
    }
  };

  return (
    <div className="draft-page">
      <DraftHeader draft={draft} status={autosave.status} onBack={onBack} onRetry={() => void autosave.flush()}>
        <button
          type="button"
          className="button button-small button-primary"
          disabled={accepted === 0}
          onClick={() => void copy()}
          title={accepted === 0 ? 'Accept some bullets first' : undefined}
        >
          <Icon name="copy" size={14} /> Copy accepted bullets
        </button>
        <button type="button" className="button button-small" disabled={busy} onClick={() => void regenerate()}>
          <Icon name="restore" size={14} /> Regenerate
        </button>
        <button
          type="button"
          className="icon-button button-danger-quiet"
          aria-label="Delete draft"
          title="Delete draft"
          onClick={() => void removeDraft()}
        >
          <Icon name="trash" size={15} />
        </button>
      </DraftHeader>
      {notice && (
        <div className="draft-notice" role="status">
          <Icon name="check" size={14} />
          <span>{notice}</span>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => setNotice(null)}>
            <Icon name="close" size={13} />
          </button>
        </div>
      )}
      <div className="bullets-body">
        <p className="bullets-summary">
          <strong>{bullets.length}</strong> {bullets.length === 1 ? 'bullet' : 'bullets'} · <strong>{accepted}</strong> accepted
          {needNumber > 0 && (
            <>
              {' '}
              · <strong>{needNumber}</strong> still {needNumber === 1 ? 'needs' : 'need'} a number
            </>
          )}
          <span className="field-hint"> Click a bullet to edit it. Drag the handle, or press Alt+↑/↓ on it, to reorder.</span>
        </p>
        <p className="bullets-rule field-hint">
          {hiddenCount > 0 && `Showing the best ${shown.length} of ${bullets.length}. `}
          {BULLET_RANK_RULE}
        </p>
        {bullets.length === 0 ? (
          <p className="card-empty">
            No bullets: the entries had no accomplishments to draft from. Kudos are left out; learnings are in once their impact says what
            changed.
          </p>
        ) : (
          <ol className="bullets" ref={listRef} aria-label="Bullets">
            {shown.map((index, position) => {
              const bullet = bullets[index];
              if (!bullet) return null;
              return (
                <BulletRow
                  key={bullet.id}
                  bullet={bullet}
                  index={index}
                  canMoveUp={position > 0}
                  canMoveDown={position < shown.length - 1}
                  warnings={shownWarnings(bullet, index, bullets)}
                  isDragging={dragging === index}
                  onChange={(next) => update(bullets.map((b, i) => (i === index ? next : b)))}
                  onMove={(to) => {
                    // Moving past a hidden bullet would look like nothing happened: step to the next one shown.
                    const target = to < index ? shown[position - 1] : shown[position + 1];
                    if (target !== undefined) move(index, target);
                  }}
                  onDelete={() => remove(index)}
                  onOpenEntry={onOpenEntry}
                  onDragStart={() => setDragging(index)}
                  onDragEnd={() => setDragging(null)}
                  onDropHere={() => {
                    if (dragging !== null) move(dragging, index);
                    setDragging(null);
                  }}
                />
              );
            })}
          </ol>
        )}
        {hiddenCount > 0 && (
          <button type="button" className="button button-small bullets-show-all" onClick={() => setShowAll(true)}>
            Show all {bullets.length}
            <span className="field-hint"> ({hiddenCount} more, ranked lower)</span>
          </button>
        )}
        {showAll && bullets.some((b) => b.inDefaultSet === false) && (
          <button type="button" className="button button-small button-quiet bullets-show-all" onClick={() => setShowAll(false)}>
            Show the best {bullets.filter((b) => b.inDefaultSet !== false || b.accepted).length} only
          </button>
        )}
      </div>
    </div>
  );
}

function BulletRow({
  bullet,
  index,
  canMoveUp,
  canMoveDown,
  warnings,
  isDragging,
  onChange,
  onMove,
  onDelete,
  onOpenEntry,
  onDragStart,
  onDragEnd,
  onDropHere,
}: {
  bullet: KeptBullet;
  index: number;
  canMoveUp: boolean;
  canMoveDown: boolean;
  warnings: KeptBullet['warnings'];
  isDragging: boolean;
  onChange: (bullet: KeptBullet) => void;
  onMove: (to: number) => void;
  onDelete: () => void;
  onOpenEntry: (id: string) => void;
  onDragStart: () => void;
  onDragEnd: () => void;
  onDropHere: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [over, setOver] = useState(false);
  const number = index + 1;

  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    onMove(index + (event.key === 'ArrowUp' ? -1 : 1));
  };

  return (
    <li
      className={`bullet ${bullet.accepted ? 'is-accepted' : ''} ${isDragging ? 'is-dragging' : ''} ${over ? 'is-drop-target' : ''}`}
      data-bullet={bullet.id}
      aria-label={`Bullet ${number}`}
      onKeyDown={onKeyDown}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        onDropHere();
      }}
    >
      <button
        type="button"
        className="bullet-handle"
        draggable
        aria-label={`Move bullet ${number} (Alt+↑ or Alt+↓)`}
        title="Drag to reorder, or Alt+↑/↓"
        onDragStart={(event) => {
          event.dataTransfer.effectAllowed = 'move';
          event.dataTransfer.setData('text/plain', bullet.id);
          onDragStart();
        }}
        onDragEnd={onDragEnd}
      >
        <Icon name="grip" size={16} />
      </button>
      <label className="bullet-accept" title={bullet.accepted ? 'Accepted: it goes into the copy' : 'Accept it for the copy'}>
        <input
          type="checkbox"
          checked={bullet.accepted}
          aria-label={`Accept bullet ${number}`}
          onChange={(event) => onChange({ ...bullet, accepted: event.target.checked })}
        />
      </label>
      <div className="bullet-main">
        {editing ? (
          <BulletTextEditor
            text={bullet.text}
            label={`Text of bullet ${number}`}
            onDone={(text) => {
              setEditing(false);
              if (text !== null && text.trim() && text !== bullet.text) onChange(edited(bullet, text.trim()));
            }}
          />
        ) : (
          <div
            className="bullet-text"
            role="button"
            tabIndex={0}
            aria-label={`Edit bullet ${number}: ${bullet.text}`}
            onClick={() => setEditing(true)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.altKey) {
                event.preventDefault();
                setEditing(true);
              }
            }}
          >
            <BulletText text={bullet.text} />
          </div>
        )}
        {warnings.length > 0 && (
          <ul className="bullet-warnings" aria-label={`Warnings for bullet ${number}`}>
            {warnings.map((w) => (
              <li key={w.code + w.message} className={`bullet-warning warning-${w.code}`} title={w.message}>
                <Icon name="alert" size={12} />
                <span className="bullet-warning-name">{WARNING_NAMES[w.code] ?? w.code}</span>
                <span className="bullet-warning-message">{w.message}</span>
              </li>
            ))}
          </ul>
        )}
        {bullet.rankReasons && bullet.rankReasons.length > 0 && (
          <p className="bullet-rank" aria-label={`Why bullet ${number} ranks here`}>
            {bullet.rank !== undefined && `Ranked ${bullet.rank}: `}
            {bullet.rankReasons.join(', ')}
          </p>
        )}
        <div className="bullet-sources">
          <span className="bullet-sources-label">From</span>
          {bullet.sourceIds.map((id) => (
            <SourceChip key={id} id={id} onOpen={onOpenEntry} />
          ))}
        </div>
      </div>
      <div className="bullet-tools">
        <button
          type="button"
          className="icon-button"
          aria-label={`Move bullet ${number} up`}
          title="Move up (Alt+↑)"
          disabled={!canMoveUp}
          onClick={() => onMove(index - 1)}
        >
          <Icon name="arrowUp" size={14} />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Move bullet ${number} down`}
          title="Move down (Alt+↓)"
          disabled={!canMoveDown}
          onClick={() => onMove(index + 1)}
        >
          <Icon name="arrowDown" size={14} />
        </button>
        <button
          type="button"
          className="icon-button button-danger-quiet"
          aria-label={`Delete bullet ${number}`}
          title="Delete"
          onClick={onDelete}
        >
          <Icon name="trash" size={14} />
        </button>
      </div>
    </li>
  );
}

/** The text with the "add a number" placeholder marked, so the gap is impossible to miss. */
function BulletText({ text }: { text: string }) {
  const at = text.indexOf(MEASURE_PLACEHOLDER);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark className="bullet-placeholder">{MEASURE_PLACEHOLDER}</mark>
      {text.slice(at + MEASURE_PLACEHOLDER.length)}
    </>
  );
}

/** Enter or leaving the field keeps the text; Esc puts it back. */
function BulletTextEditor({ text, label, onDone }: { text: string; label: string; onDone: (text: string | null) => void }) {
  const [value, setValue] = useState(text);
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  const finish = (result: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(result);
  };
  useEffect(() => {
    const area = ref.current;
    if (!area) return;
    area.focus();
    // Select the placeholder if there is one: typing the number replaces it.
    const at = area.value.indexOf(MEASURE_PLACEHOLDER);
    if (at >= 0) area.setSelectionRange(at, at + MEASURE_PLACEHOLDER.length);
    else area.setSelectionRange(area.value.length, area.value.length);
  }, []);
  useEffect(() => {
    const area = ref.current;
    if (!area) return;
    area.style.height = 'auto';
    area.style.height = `${area.scrollHeight + 2}px`;
  }, [value]);
  return (
    <textarea
      ref={ref}
      className="input bullet-input"
      aria-label={label}
      rows={2}
      maxLength={1000}
      value={value}
      onChange={(event) => setValue(event.target.value.replace(/\n/g, ' '))}
      onBlur={() => finish(value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          finish(value);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          finish(null);
        }
      }}
    />
  );
}

function SourceChip({ id, onOpen }: { id: string; onOpen: (id: string) => void }) {
  const entry = useEntry(id);
  const title = entry.data?.title ?? (entry.isError ? 'An entry no longer in the journal' : '…');
  return (
    <button type="button" className="source-chip" title="Open the entry" onClick={() => onOpen(id)}>
      <Icon name="journal" size={12} />
      <span>{title}</span>
    </button>
  );
}
