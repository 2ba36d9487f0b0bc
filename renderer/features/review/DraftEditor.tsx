import { format } from 'date-fns';
import { useRef, useState } from 'react';
import type { Draft } from '../../../shared/domain/model';
import { joinDraftTitle, splitDraftTitle } from '../../../shared/domain/review/draftTitle';
import { MarkdownEditor } from '../../editor/MarkdownEditor';
import { useDraft } from '../../query/queries';
import { useConfirm } from '../../ui/Confirm';
import { errorMessage } from '../../ui/errors';
import { Icon } from '../../ui/Icon';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { useToast } from '../../ui/Toasts';
import { DraftHeader } from './DraftHeader';
import { draftSources } from './draftSources';
import { MarkdownView } from './MarkdownView';
import { useDraftAutosave } from './useDraftAutosave';
import { useReviewActions } from './useReviewActions';
import { PrintButton } from '../../ui/PrintButton';
import { SummaryThemes } from './SummaryThemes';

/** A notice that stays until dismissed: what regenerate or restore just did to the history. */
interface VersionNotice {
  message: string;
  keptVersion?: number;
}

/**
 * A summary or a packet: the Markdown editor, saved as it is typed; the sources it cites as
 * links to the entries; every version, generated or edited, viewable and restorable.
 */
export function DraftEditor({ draft, onBack, onOpenEntry }: { draft: Draft; onBack: () => void; onOpenEntry: (id: string) => void }) {
  const actions = useReviewActions();
  const confirm = useConfirm();
  const toast = useToast();
  const autosave = useDraftAutosave(draft.id);
  // The editor reads its text on mount; a new session remounts it with a new version's text.
  const [session, setSession] = useState(0);
  // An editor being replaced reports its last text as it unmounts; that text belongs to the old version.
  const sessionRef = useRef(0);
  const [live, setLive] = useState(draft.version.markdown);
  // The text a replacing session starts from: the version the write answered, not whatever the
  // draft query holds at that moment (a refetch racing the write may still hold the older one).
  const [sessionText, setSessionText] = useState<string | null>(null);
  const [viewing, setViewing] = useState<number | null>(null);
  const [mode, setMode] = useState<'edit' | 'preview'>('edit');
  const [notice, setNotice] = useState<VersionNotice | null>(null);
  const [busy, setBusy] = useState(false);
  const sources = draftSources(live);

  const replaceWith = (next: Draft, message: VersionNotice) => {
    autosave.reset();
    sessionRef.current += 1;
    setLive(next.version.markdown);
    setSessionText(next.version.markdown);
    setSession(sessionRef.current);
    setViewing(null);
    setNotice(message);
  };

  const regenerate = async () => {
    setBusy(true);
    try {
      await autosave.flush();
      const before = draft.version;
      const next = await actions.regenerateDraft(draft.id);
      replaceWith(
        next,
        before.origin === 'edited'
          ? {
              message: `Generated again from your entries as version ${next.version.number}. Your edited version ${before.number} is kept in the history.`,
              keptVersion: before.number,
            }
          : { message: `Generated again from your entries as version ${next.version.number}. Earlier versions are kept in the history.` },
      );
    } catch (error) {
      toast({ message: `Couldn’t regenerate: ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const restore = async (version: number) => {
    setBusy(true);
    try {
      await autosave.flush();
      const next = await actions.restoreDraft(draft.id, version);
      replaceWith(next, {
        message: `Version ${version} restored as version ${next.version.number}. Nothing was lost: every version stays in the history.`,
      });
    } catch (error) {
      toast({ message: `Couldn’t restore it: ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    const ok = await confirm({
      title: 'Delete this draft?',
      message: `“${draft.title}” and its ${draft.versions.length} ${draft.versions.length === 1 ? 'version' : 'versions'} will be deleted. Your entries stay.`,
      confirmLabel: 'Delete draft',
      danger: true,
    });
    if (!ok) return;
    try {
      await actions.deleteDraft(draft.id);
      onBack();
      toast({ message: `Deleted “${draft.title}”` });
    } catch (error) {
      toast({ message: `Couldn’t delete it: ${errorMessage(error)}`, tone: 'error' });
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(live);
      toast({ message: 'Copied the draft as Markdown' });
    } catch (error) {
      toast({ message: `Couldn’t copy: ${errorMessage(error)}`, tone: 'error' });
    }
  };

  return (
    <div className="draft-page">
      <DraftHeader draft={draft} status={autosave.status} onBack={onBack} onRetry={() => void autosave.flush()}>
        <button
          type="button"
          className="button button-small"
          disabled={busy}
          onClick={() => void regenerate()}
          title="Write it again from your entries as a new version; your edits stay in the history"
        >
          <Icon name="restore" size={14} /> Regenerate
        </button>
        <button type="button" className="button button-small" onClick={() => void copy()}>
          <Icon name="copy" size={14} /> Copy Markdown
        </button>
        <PrintButton
          document={{ what: 'draft', draftId: draft.id }}
          fileName={`${draft.title.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'Draft'}.pdf`}
        />
        <button
          type="button"
          className="icon-button button-danger-quiet"
          aria-label="Delete draft"
          title="Delete draft"
          onClick={() => void remove()}
        >
          <Icon name="trash" size={15} />
        </button>
      </DraftHeader>
      {notice && (
        <div className="draft-notice" role="status">
          <Icon name="check" size={14} />
          <span>{notice.message}</span>
          {notice.keptVersion !== undefined && (
            <button type="button" className="link-button" onClick={() => setViewing(notice.keptVersion ?? null)}>
              View version {notice.keptVersion}
            </button>
          )}
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => setNotice(null)}>
            <Icon name="close" size={13} />
          </button>
        </div>
      )}
      <div className="draft-layout">
        <div className="draft-main">
          {viewing !== null && (
            <OlderVersion
              draftId={draft.id}
              version={viewing}
              busy={busy}
              onRestore={() => void restore(viewing)}
              onClose={() => setViewing(null)}
              onOpenEntry={onOpenEntry}
            />
          )}
          {/* Hidden, not unmounted, while an older version is shown: the text being edited stays as it is. */}
          <div hidden={viewing !== null}>
            <div className="draft-mode">
              <SegmentedControl
                value={mode}
                options={[
                  { value: 'edit', label: 'Edit' },
                  { value: 'preview', label: 'Read with sources' },
                ]}
                onChange={setMode}
                label="Edit or read"
                size="small"
              />
              <span className="field-hint">Markers such as [^3] cite your entries; the sources are listed at the end.</span>
            </div>
            <div className="draft-editor" hidden={mode !== 'edit'}>
              <DraftTextEditor
                key={`${draft.id}-${session}`}
                initialMarkdown={sessionText ?? draft.version.markdown}
                title={draft.title}
                onLive={(markdown) => {
                  if (session === sessionRef.current) setLive(markdown);
                }}
                onEdit={(markdown) => {
                  if (session === sessionRef.current) autosave.change({ markdown });
                }}
                onFlush={() => void autosave.flush()}
              />
            </div>
            {mode === 'preview' && (
              <MarkdownView
                markdown={live}
                sources={sources}
                onOpenEntry={onOpenEntry}
                label="Draft, read with sources"
                shownTitle={draft.title}
              />
            )}
          </div>
        </div>
        <aside className="draft-side">
          {draft.kind === 'summary' && <SummaryThemes period={draft.period} onRegenerate={regenerate} />}
          <section className="draft-side-section" aria-labelledby="versions-heading">
            <h2 className="section-heading" id="versions-heading">
              Versions
            </h2>
            <ol className="draft-versions" aria-label="Versions">
              {[...draft.versions].reverse().map((v) => {
                const latest = v.number === draft.version.number;
                const shown = viewing === null ? latest : viewing === v.number;
                return (
                  <li key={v.number}>
                    <button
                      type="button"
                      className={`draft-version ${shown ? 'is-current' : ''}`}
                      aria-current={shown ? 'true' : undefined}
                      onClick={() => setViewing(latest ? null : v.number)}
                    >
                      <span className="draft-version-name">
                        Version {v.number}
                        {latest && <span className="draft-version-latest">latest</span>}
                      </span>
                      <span className={`draft-version-origin origin-${v.origin}`}>{v.origin === 'generated' ? 'Generated' : 'Edited'}</span>
                      <span className="draft-version-time">{format(new Date(v.updatedAt), 'd MMM, HH:mm')}</span>
                    </button>
                  </li>
                );
              })}
            </ol>
          </section>
          <section className="draft-side-section" aria-labelledby="sources-heading">
            <h2 className="section-heading" id="sources-heading">
              Sources <span className="card-count">{sources.length}</span>
            </h2>
            {sources.length === 0 ? (
              <p className="field-hint">No entry is cited yet.</p>
            ) : (
              <ol className="draft-sources" aria-label="Sources">
                {sources.map((s) => (
                  <li key={s.label}>
                    <button type="button" className="draft-source" onClick={() => onOpenEntry(s.entryId)} title="Open the entry">
                      <span className="draft-source-label">{s.label}</span>
                      <span className="draft-source-text">{s.text}</span>
                    </button>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </aside>
      </div>
    </div>
  );
}

/**
 * The editor for one version's text, under the page title: a first heading repeating the title is
 * not shown twice, but it stays in the saved Markdown (exports and Copy Markdown carry it), put
 * back verbatim on every change. The editor may rewrite the Markdown it loaded (escapes,
 * list markers) right after mounting; that alone is not an edit and must not become a new
 * "edited" version, so changes count only once the person has typed, pasted or formatted.
 */
function DraftTextEditor({
  initialMarkdown,
  title,
  onLive,
  onEdit,
  onFlush,
}: {
  initialMarkdown: string;
  title: string;
  onLive: (markdown: string) => void;
  onEdit: (markdown: string) => void;
  onFlush: () => void;
}) {
  // Split once per editor session: renaming the draft while typing must not move the heading.
  const [split] = useState(() => splitDraftTitle(initialMarkdown, title));
  const touched = useRef(false);
  const touch = () => {
    touched.current = true;
  };
  return (
    <div
      onBeforeInputCapture={touch}
      onPasteCapture={touch}
      onCutCapture={touch}
      onDropCapture={touch}
      onKeyDownCapture={(event) => {
        // Typing, deleting, and formatting shortcuts; moving the caret is not an edit.
        if (event.key.length === 1 || ['Backspace', 'Delete', 'Enter', 'Tab'].includes(event.key)) touch();
      }}
      onClickCapture={(event) => {
        if (event.target instanceof Element && event.target.closest('button')) touch();
      }}
    >
      <MarkdownEditor
        initialMarkdown={split.body}
        onChange={(body) => {
          const markdown = joinDraftTitle({ heading: split.heading, body });
          onLive(markdown);
          if (touched.current) onEdit(markdown);
        }}
        ariaLabel="Draft text"
        onSubmitShortcut={onFlush}
      />
    </div>
  );
}

/** An earlier version, read-only, with the way back to it. */
function OlderVersion({
  draftId,
  version,
  busy,
  onRestore,
  onClose,
  onOpenEntry,
}: {
  draftId: string;
  version: number;
  busy: boolean;
  onRestore: () => void;
  onClose: () => void;
  onOpenEntry: (id: string) => void;
}) {
  const draft = useDraft(draftId, version);
  if (draft.isError)
    return (
      <p className="field-error" role="alert">
        Couldn’t open version {version}: {errorMessage(draft.error)}
      </p>
    );
  if (!draft.data) return <div className="review-loading" aria-busy="true" />;
  const v = draft.data.version;
  return (
    <div className="draft-older">
      <div className="draft-older-bar" role="note">
        <span>
          Version {v.number}, {v.origin === 'generated' ? 'as generated' : 'your edits'},{' '}
          {format(new Date(v.updatedAt), 'd MMM yyyy, HH:mm')}. Read-only.
        </span>
        <button type="button" className="button button-small button-primary" disabled={busy} onClick={onRestore}>
          <Icon name="restore" size={14} /> Restore this version
        </button>
        <button type="button" className="button button-small" onClick={onClose}>
          Back to the latest
        </button>
      </div>
      <MarkdownView markdown={v.markdown} sources={draftSources(v.markdown)} onOpenEntry={onOpenEntry} label={`Version ${v.number}`} />
    </div>
  );
}
