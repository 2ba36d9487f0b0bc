import { type ReactNode, type RefObject, useEffect, useRef } from 'react';
import type { Entry, Theme } from '../../../shared/domain/model';
import { SECTIONS, sectionInfo, type SectionId } from '../../../shared/domain/sections';
import { existing, type JournalFilter, type OpenEntry } from '../../app/navigation';
import { useSettings, useSystemInfo, useThemes } from '../../query/queries';
import { Icon } from '../../ui/Icon';
import { hasMod, isEditableTarget } from '../../ui/shortcuts';
import { ThemeDot } from '../../ui/ThemeChip';
import type { EntryEditorHandle } from './EntryForm';
import { Welcome } from './Welcome';
import { EntryPane } from './EntryPane';
import { EmptyFilter, EmptyJournal } from './JournalEmpty';
import { SectionOverview } from './SectionOverview';
import { Timeline, type TimelineHandle } from './Timeline';
import { useEntryActions } from '../../entries/useEntryActions';

interface Props {
  filter: JournalFilter;
  onFilter: (filter: JournalFilter) => void;
  open: OpenEntry | null;
  onOpen: (open: OpenEntry | null) => void;
  onNewEntry: () => void;
  editorRef: RefObject<EntryEditorHandle | null>;
  /** The themes area's page for a theme, shown above its entries (the app passes it in: features stay apart). */
  themePage: (theme: Theme, onOpenEntry: (id: string) => void) => ReactNode;
}

/** The journal: the timeline of entries beside the open entry. */
export function JournalView({ filter, onFilter, open, onOpen, onNewEntry, editorRef, themePage }: Props) {
  const timelineRef = useRef<TimelineHandle>(null);
  const themes = useThemes();
  const info = useSystemInfo();
  const settings = useSettings();
  const { moveToTrash } = useEntryActions();
  const theme = themes.data?.find((t) => t.id === filter.themeId);
  const isFiltered = Boolean(filter.themeId || filter.section || filter.starred);
  const journalIsEmpty = !isFiltered && info.data?.entryCount === 0;

  const deleteOpenEntry = async () => {
    if (!open) return;
    const handle = editorRef.current;
    const id = handle?.entryId() ?? open.id;
    if (!id) {
      onOpen(null); // a new entry with nothing in it: there is nothing to keep
      return;
    }
    await handle?.flush();
    const title = handle?.title() ?? 'Untitled entry';
    const neighbour = timelineRef.current?.neighbourOf(id) ?? null;
    onOpen(neighbour ? existing(neighbour) : null);
    await moveToTrash({ id, title }, () => onOpen(existing(id)));
  };
  const deleteRef = useRef(deleteOpenEntry);
  deleteRef.current = deleteOpenEntry;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      // Mod+Backspace deletes a word in text fields, so there only Mod+Delete moves to trash.
      if (hasMod(event) && (event.key === 'Delete' || (event.key === 'Backspace' && !isEditableTarget(event.target)))) {
        if (document.querySelector('dialog[open]')) return;
        event.preventDefault();
        void deleteRef.current();
        return;
      }
      if (isEditableTarget(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
      if (document.querySelector('dialog[open]')) return;
      const target = event.target as HTMLElement | null;
      // j/k work from anywhere that is not text; arrows only where they do not already mean something.
      const onPlainBackground = !target || target === document.body || target.classList.contains('editor-pane');
      if (event.key === 'j' || (event.key === 'ArrowDown' && onPlainBackground)) {
        event.preventDefault();
        timelineRef.current?.move(1);
        timelineRef.current?.focus();
      } else if (event.key === 'k' || (event.key === 'ArrowUp' && onPlainBackground)) {
        event.preventDefault();
        timelineRef.current?.move(-1);
        timelineRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const onCreated = (entry: Entry) => {
    if (open) onOpen({ key: open.key, id: entry.id });
  };

  const heading = filter.themeId
    ? (theme?.name ?? 'Theme')
    : filter.starred
      ? 'Highlights'
      : filter.section
        ? sectionInfo(filter.section).label
        : 'Journal';

  if (journalIsEmpty && !open) {
    return (
      <div className="journal journal-empty">
        {settings.data && !settings.data.welcomeDone ? <Welcome onNewEntry={onNewEntry} /> : <EmptyJournal onNewEntry={onNewEntry} />}
      </div>
    );
  }
  const section = filter.section ? sectionInfo(filter.section) : undefined;
  // With a theme or section chosen and no entry open, the wide pane explains it.
  const overview = !open && theme ? 'theme' : !open && section && !filter.starred ? 'section' : null;

  return (
    <div className={`journal ${open ? 'has-open-entry' : ''}`}>
      <section className="list-pane" aria-label="Entries">
        <header className="list-header">
          <h1 className="list-title">
            {theme && <ThemeDot color={theme.color} />}
            <span className="list-title-text">{heading}</span>
            {(filter.themeId || filter.section) && open && (
              <button
                type="button"
                className="button button-small button-quiet list-overview"
                title={filter.themeId ? 'Show the theme’s page' : 'Show the section’s guidance'}
                onClick={() => onOpen(null)}
              >
                <Icon name={filter.themeId ? 'chart' : 'sections'} size={14} /> Overview
              </button>
            )}
            {filter.themeId && (
              <button
                type="button"
                className="icon-button"
                aria-label="Show all entries"
                title="Show all entries"
                onClick={() => onFilter({ ...filter, themeId: undefined })}
              >
                <Icon name="close" size={14} />
              </button>
            )}
          </h1>
          {/* The wide pane already explains the theme or section while no entry is open. */}
          {theme?.description && overview !== 'theme' && <p className="list-subtitle">{theme.description}</p>}
          {filter.section && !filter.themeId && overview !== 'section' && (
            <p className="list-subtitle">{sectionInfo(filter.section).blurb}</p>
          )}
          <div className="filter-bar">
            <select
              className="input select select-small"
              aria-label="Filter by section"
              value={filter.section ?? ''}
              onChange={(event) => onFilter({ ...filter, section: (event.target.value || undefined) as SectionId | undefined })}
            >
              <option value="">All sections</option>
              {SECTIONS.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              className={`button button-small toggle ${filter.starred ? 'is-on' : ''}`}
              aria-pressed={Boolean(filter.starred)}
              onClick={() => onFilter({ ...filter, starred: filter.starred ? undefined : true })}
            >
              <Icon name="star" size={14} filled={Boolean(filter.starred)} /> Starred
            </button>
          </div>
        </header>
        <Timeline
          ref={timelineRef}
          filter={filter}
          label={heading === 'Journal' ? 'Entries' : `Entries: ${heading}`}
          selectedId={open?.id ?? null}
          onSelect={(id) => {
            if (open?.id !== id) onOpen(existing(id));
          }}
          onOpen={(id) => {
            if (open?.id !== id) onOpen(existing(id, true));
            else editorRef.current?.focusTitle();
          }}
          empty={<EmptyFilter filter={filter} theme={theme} onNewEntry={onNewEntry} />}
        />
      </section>
      <section className="editor-pane" aria-label={overview === 'theme' ? 'Theme' : overview === 'section' ? 'Section' : 'Entry'}>
        {overview === 'theme' && theme && <div className="pane-scroll">{themePage(theme, (id) => onOpen(existing(id)))}</div>}
        {overview === 'section' && section && (
          <div className="pane-scroll">
            <SectionOverview section={section} onNewEntry={onNewEntry} />
          </div>
        )}
        {!overview && (
          <EntryPane
            editorRef={editorRef}
            open={open}
            filter={filter}
            onCreated={onCreated}
            onDelete={() => void deleteOpenEntry()}
            onBack={() => onOpen(null)}
          />
        )}
      </section>
    </div>
  );
}
