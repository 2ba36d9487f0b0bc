import { type Ref, useCallback, useEffect, useImperativeHandle, useRef } from 'react';
import { KIND_LABELS, ENTRY_KINDS, type Entry, type EntryKind, type Theme } from '../../../shared/domain/model';
import { SECTIONS, sectionInfo, type SectionId } from '../../../shared/domain/sections';
import { DATE_PRECISIONS, formatEntryDate, PRECISION_LABELS, startOfPeriod, type DatePrecision } from '../../../shared/domain/entryDate';
import { MarkdownEditor, type MarkdownEditorHandle } from '../../editor/MarkdownEditor';
import { useGoals, usePeople } from '../../query/queries';
import { ExampleBadge } from '../../ui/ExampleBadge';
import { ExportEntryButton } from '../../entries/ExportEntryButton';
import { Icon } from '../../ui/Icon';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { withShortcut } from '../../ui/shortcuts';
import { type EntryFormFields, UNTITLED } from '../../entries/entryDraft';
import { FollowUpField } from './FollowUpField';
import { GoalsField, goalYearsFor } from './GoalsField';
import { LinksField } from './LinksField';
import { PeoplePicker } from './PeoplePicker';
import { SaveIndicator } from '../../ui/SaveIndicator';
import { SectionGuidance } from './SectionGuidance';
import { ThemePicker } from '../../entries/ThemePicker';
import { useEntryAutosave } from '../../entries/useEntryAutosave';

/** Short labels: the control sits in one line with the date and section. */
const KIND_OPTIONS = ENTRY_KINDS.map((kind) => ({ value: kind, label: kind === 'kudos' ? 'Kudos' : KIND_LABELS[kind] }));

/** What the shell can ask of the open entry. */
export interface EntryEditorHandle {
  /** Saves whatever is pending; resolves when it is stored (or the save failed). */
  flush(): Promise<void>;
  focusTitle(): void;
  /** The entry's id, or null while it is a new entry with nothing in it. */
  entryId(): string | null;
  /** The title as it reads now, for messages such as "Moved … to the trash". */
  title(): string;
}

interface Props {
  ref?: Ref<EntryEditorHandle>;
  /** Stable for the life of this editor, even when a new entry gets its id. */
  sessionKey: string;
  entryId: string | null;
  initial: EntryFormFields;
  themes: Theme[];
  autoFocusTitle: boolean;
  onCreated: (entry: Entry) => void;
  onDelete: () => void;
  onBack?: () => void;
  /** One of the welcome tour's examples. */
  sample?: boolean;
}

/** Electron hands new windows for http(s) links to the system browser; a browser opens a tab. */
function openLink(url: string): void {
  window.open(url, '_blank', 'noopener,noreferrer');
}

/** One entry, edited in place and saved as it is typed. */
export function EntryForm({ ref, sessionKey, entryId, initial, themes, autoFocusTitle, onCreated, onDelete, onBack, sample }: Props) {
  const people = usePeople();
  const goals = useGoals();
  const titleRef = useRef<HTMLTextAreaElement>(null);
  const bodyRef = useRef<MarkdownEditorHandle>(null);
  const impactRef = useRef<MarkdownEditorHandle>(null);
  // What each editor exported right after mounting. The editors may normalise Markdown
  // (e.g. `*` bullets to `-`); that alone is not an edit and must not rewrite the entry.
  const baseline = useRef<{ body?: string; impact?: string }>({});

  useEffect(() => {
    baseline.current = { body: bodyRef.current?.getMarkdown(), impact: impactRef.current?.getMarkdown() };
  }, []);

  const readEditors = useCallback(() => {
    const body = bodyRef.current?.getMarkdown();
    const impact = impactRef.current?.getMarkdown();
    return {
      ...(body !== undefined && body !== baseline.current.body ? { body } : {}),
      ...(impact !== undefined && impact !== baseline.current.impact ? { impact } : {}),
    };
  }, []);

  const {
    fields,
    change,
    changeText,
    flush,
    status,
    problems,
    entryId: currentId,
  } = useEntryAutosave({
    entryId,
    initial,
    readEditors,
    onCreated,
  });

  useImperativeHandle(
    ref,
    () => ({
      flush,
      focusTitle: () => titleRef.current?.focus(),
      entryId: currentId,
      title: () => fields.title.trim() || UNTITLED,
    }),
    [flush, currentId, fields.title],
  );

  useEffect(() => {
    if (autoFocusTitle) titleRef.current?.focus();
  }, [autoFocusTitle]);

  // The title wraps instead of scrolling sideways, so it grows with its text.
  useEffect(() => {
    const el = titleRef.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight}px`;
  }, [fields.title]);

  const section = sectionInfo(fields.section);
  const problemFor = (field: keyof EntryFormFields) => problems.find((p) => p.field === field && p.index === undefined);
  const titleProblem = problemFor('title');
  const dateProblem = problemFor('date');

  return (
    <article className="entry-form" aria-label="Entry editor" data-session={sessionKey}>
      <header className="entry-toolbar">
        {onBack && (
          <button type="button" className="icon-button entry-back" aria-label="Back to the list" onClick={onBack}>
            <Icon name="chevronLeft" />
          </button>
        )}
        <SaveIndicator status={status} onRetry={() => void flush()} />
        {sample && <ExampleBadge />}
        <div className="toolbar-spacer" />
        <button
          type="button"
          className={`icon-button star-toggle ${fields.starred ? 'is-on' : ''}`}
          aria-pressed={fields.starred}
          aria-label="Star"
          title={fields.starred ? 'Starred: shown in Highlights' : 'Star: show it in Highlights'}
          onClick={() => change({ starred: !fields.starred })}
        >
          <Icon name="star" filled={fields.starred} />
        </button>
        <ExportEntryButton entryId={currentId()} beforeExport={flush} />
        <button
          type="button"
          className="icon-button"
          aria-label="Move to trash"
          title={withShortcut('Move to trash', 'Mod+Delete')}
          onClick={onDelete}
        >
          <Icon name="trash" />
        </button>
      </header>

      <div className="entry-scroll">
        <div className="entry-content">
          <textarea
            ref={titleRef}
            className="entry-title"
            aria-label="Title"
            placeholder={UNTITLED}
            rows={1}
            dir="auto"
            value={fields.title}
            aria-invalid={titleProblem ? true : undefined}
            onChange={(event) => change({ title: event.target.value.replace(/[\r\n]+/g, ' ') })}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                bodyRef.current?.focus();
              }
            }}
          />
          {titleProblem && (
            <p className="field-error" role="alert">
              {titleProblem.message}
            </p>
          )}

          <div className="entry-meta">
            <label className="meta-field">
              <span className="meta-label">Date</span>
              <input
                className="input input-date"
                type="date"
                aria-label="Date"
                min="1900-01-01"
                max="9999-12-31"
                value={fields.date}
                aria-invalid={dateProblem ? true : undefined}
                onChange={(event) => change({ date: event.target.value })}
              />
            </label>
            <label className="meta-field">
              <span className="meta-label">Precision</span>
              <select
                className="input select"
                aria-label="Date precision"
                title={
                  fields.date
                    ? formatEntryDate({ date: fields.date, datePrecision: fields.datePrecision ?? 'day', dateEnd: fields.dateEnd ?? null })
                    : undefined
                }
                value={fields.datePrecision ?? 'day'}
                // A new precision starts the date at its period's first day; a range is dropped.
                onChange={(event) => {
                  const datePrecision = event.target.value as DatePrecision;
                  change({ datePrecision, dateEnd: null, ...(fields.date ? { date: startOfPeriod(fields.date, datePrecision) } : {}) });
                }}
              >
                {DATE_PRECISIONS.map((p) => (
                  <option key={p} value={p}>
                    {PRECISION_LABELS[p]}
                  </option>
                ))}
              </select>
            </label>
            <label className="meta-field">
              <span className="meta-label">Section</span>
              <select
                className="input select"
                aria-label="Section"
                value={fields.section}
                onChange={(event) => change({ section: event.target.value as SectionId })}
              >
                {SECTIONS.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </select>
            </label>
            <SegmentedControl<EntryKind>
              label="Kind of entry"
              size="small"
              value={fields.kind}
              options={KIND_OPTIONS}
              onChange={(kind) => change({ kind })}
            />
          </div>
          {dateProblem && (
            <p className="field-error" role="alert">
              {dateProblem.message}
            </p>
          )}

          <SectionGuidance section={section} />

          <div className="entry-field">
            <span className="field-label" id={`${sessionKey}-themes`}>
              Themes
            </span>
            <ThemePicker
              value={fields.themes}
              themes={themes}
              onChange={(next) => change({ themes: next })}
              error={problemFor('themes')?.message}
            />
          </div>

          <div className="entry-field">
            <span className="field-label">{fields.kind === 'kudos' ? 'Who gave the kudos?' : 'With'}</span>
            <PeoplePicker
              label={fields.kind === 'kudos' ? 'Who gave the kudos?' : 'People involved'}
              value={fields.people}
              people={people.data ?? []}
              onChange={(next) => change({ people: next })}
              error={problemFor('people')?.message}
            />
          </div>

          <div className="entry-field entry-body">
            <MarkdownEditor
              ref={bodyRef}
              key={`${sessionKey}-body`}
              initialMarkdown={initial.body}
              onChange={(markdown) => changeText('body', markdown)}
              placeholder={section.prompts[0] ?? 'What did you do?'}
              ariaLabel="Entry text"
              variant="body"
              onSubmitShortcut={() => void flush()}
              onOpenLink={openLink}
            />
            {problemFor('body') && (
              <p className="field-error" role="alert">
                {problemFor('body')?.message}
              </p>
            )}
          </div>

          <div className="entry-field entry-impact">
            <span className="field-label">Impact — what happened because of it?</span>
            <MarkdownEditor
              ref={impactRef}
              key={`${sessionKey}-impact`}
              initialMarkdown={initial.impact}
              onChange={(markdown) => changeText('impact', markdown)}
              placeholder="…which made the tests 3× faster for everyone"
              ariaLabel="Impact — what happened because of it?"
              variant="compact"
              onSubmitShortcut={() => void flush()}
              onOpenLink={openLink}
            />
            {problemFor('impact') && (
              <p className="field-error" role="alert">
                {problemFor('impact')?.message}
              </p>
            )}
          </div>

          <div className="entry-field">
            <span className="field-label">Supports goals</span>
            <GoalsField
              value={fields.goals}
              goals={goals.data ?? []}
              years={goalYearsFor(fields.date)}
              onChange={(next) => change({ goals: next })}
            />
          </div>

          <div className="entry-field">
            <span className="field-label">Ask me later what happened</span>
            <FollowUpField entryId={entryId} />
          </div>

          <div className="entry-field">
            <span className="field-label">Links</span>
            <LinksField links={fields.links} problems={problems} onChange={(links) => change({ links })} />
          </div>
        </div>
      </div>
    </article>
  );
}
