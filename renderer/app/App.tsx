import { useCallback, useEffect, useRef, useState } from 'react';
import type { EntryEditorHandle } from '../features/journal/EntryForm';
import { CalendarView } from '../features/calendar/CalendarView';
import { QuickCaptureDialog } from '../features/capture/QuickCaptureDialog';
import { GoalsView } from '../features/goals/GoalsView';
import { JournalView } from '../features/journal/JournalView';
import { PeopleView } from '../features/people/PeopleView';
import { ReviewView } from '../features/review/ReviewView';
import { SearchPalette } from '../features/search/SearchPalette';
import { SettingsView } from '../features/settings/SettingsView';
import { ThemePage } from '../features/themes/ThemePage';
import { ThemesView } from '../features/themes/ThemesView';
import { FileDropImport } from '../features/transfer/FileDropImport';
import { TransferView } from '../features/transfer/TransferView';
import { TrashView } from '../features/trash/TrashView';
import { ReflectionsView } from '../features/week/ReflectionsView';
import { WeekView } from '../features/week/WeekView';
import { ExamplesBanner } from '../features/welcome/ExamplesBanner';
import { hasMod } from '../ui/shortcuts';
import { useToast } from '../ui/Toasts';
import { existing, type JournalFilter, newDraft, NUMBERED_PLACES, type OpenEntry, type View } from './navigation';
import { Sidebar } from './Sidebar';
import { useAppCommands } from './useAppCommands';

const OPEN_ENTRY_KEY = 'chronicle.openEntry';

function restoredOpenEntry(): OpenEntry | null {
  try {
    const id = sessionStorage.getItem(OPEN_ENTRY_KEY);
    return id ? existing(id) : null;
  } catch {
    return null; // storage can be switched off; then a reload starts fresh
  }
}

function rememberOpenEntry(id: string | null): void {
  try {
    if (id) sessionStorage.setItem(OPEN_ENTRY_KEY, id);
    else sessionStorage.removeItem(OPEN_ENTRY_KEY);
  } catch {
    // storage switched off: nothing to remember with
  }
}

/** The window: the sidebar, and beside it the journal or one of the other places. */
export function App() {
  const [view, setView] = useState<View>({ kind: 'journal', filter: {} });
  // A reload (or a crash of the page) reopens the entry that was open, as the user left it.
  const [open, setOpen] = useState<OpenEntry | null>(restoredOpenEntry);
  useEffect(() => rememberOpenEntry(open?.id ?? null), [open?.id]);
  const [searching, setSearching] = useState(false);
  const [capturing, setCapturing] = useState(false);
  const editorRef = useRef<EntryEditorHandle>(null);
  const toast = useToast();

  const newEntry = useCallback(() => {
    setView((v) => (v.kind === 'journal' ? v : { kind: 'journal', filter: {} }));
    setOpen((current) => {
      // Already on an empty new entry: just put the cursor back in its title.
      if (current && current.id === null && editorRef.current?.entryId() === null) {
        editorRef.current.focusTitle();
        return current;
      }
      return newDraft();
    });
  }, []);

  /** A new entry that starts where the review check found a gap: a section, a silent month. */
  const newEntryWith = useCallback((preset: OpenEntry['preset']) => {
    setView({ kind: 'journal', filter: {} });
    setOpen(newDraft(preset));
  }, []);

  // The review area reopens where it was left (a draft, the check), e.g. after opening a source entry.
  const lastReview = useRef<View>({ kind: 'review' });
  if (view.kind === 'review') lastReview.current = view;

  const openEntry = useCallback((id: string, focusTitle = false) => {
    setView({ kind: 'journal', filter: {} });
    setOpen(existing(id, focusTitle));
  }, []);

  const navigate = useCallback((requested: View) => {
    const next = requested.kind === 'review' && !requested.tab && !requested.draftId ? lastReview.current : requested;
    setView(next);
    // A theme or a section opens on its overview page, not on whatever entry was open.
    if (next.kind !== 'journal' || next.filter.themeId || next.filter.section) setOpen(null);
  }, []);

  const openCapture = useCallback(() => {
    setSearching(false);
    setCapturing(true);
  }, []);

  useAppCommands({
    'entry.new': newEntry,
    'search.open': () => setSearching(true),
    'week.open': () => navigate({ kind: 'week' }),
    'capture.open': openCapture,
    'settings.open': () => navigate({ kind: 'settings' }),
    'transfer.open': () => navigate({ kind: 'transfer' }),
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!hasMod(event) || event.altKey) return;
      const key = event.key.toLowerCase();
      const dialogOpen = Boolean(document.querySelector('dialog[open]'));
      if (key === 'k' && !event.shiftKey) {
        event.preventDefault();
        setSearching((s) => !s);
      } else if (key === 'n' && event.shiftKey) {
        event.preventDefault();
        if (!dialogOpen) openCapture();
      } else if (key === 'n') {
        event.preventDefault();
        if (!dialogOpen) newEntry();
      } else if (key === 's') {
        // Saving is automatic; Mod+S saves at once instead of the browser's "Save page".
        event.preventDefault();
        void editorRef.current?.flush();
      } else if (key === 'y' && event.shiftKey) {
        event.preventDefault();
        if (!dialogOpen) navigate({ kind: 'week' });
      } else if (key === 'e' && event.shiftKey) {
        event.preventDefault();
        if (!dialogOpen) navigate({ kind: 'transfer' });
      } else if (key === ',') {
        event.preventDefault();
        if (!dialogOpen) navigate({ kind: 'settings' });
      } else if (/^[1-9]$/.test(event.key) && !event.shiftKey) {
        const place = NUMBERED_PLACES[Number(event.key) - 1];
        if (!place) return;
        event.preventDefault();
        if (!dialogOpen) navigate(place.view);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [newEntry, navigate, openCapture]);

  const setFilter = (filter: JournalFilter) => setView({ kind: 'journal', filter });

  return (
    <div className={`shell ${open ? 'shell-has-entry' : ''}`}>
      <Sidebar view={view} onNavigate={navigate} onNewEntry={newEntry} onSearch={() => setSearching(true)} onCapture={openCapture} />
      <main className="main">
        <ExamplesBanner />
        <div className="main-content">
          {view.kind === 'journal' && (
            <JournalView
              filter={view.filter}
              onFilter={setFilter}
              open={open}
              onOpen={setOpen}
              onNewEntry={newEntry}
              editorRef={editorRef}
              themePage={(theme, onOpenEntry) => <ThemePage theme={theme} onOpenEntry={onOpenEntry} />}
            />
          )}
          {view.kind === 'week' && (
            <WeekView
              date={view.date}
              onDate={(date) => setView({ kind: 'week', date })}
              onOpenEntry={openEntry}
              onNewEntry={newEntry}
              onOpenReflections={() => navigate({ kind: 'reflections' })}
              onOpenSettings={() => navigate({ kind: 'settings' })}
            />
          )}
          {view.kind === 'reflections' && (
            <ReflectionsView scope={view.scope} onScope={(scope) => setView({ kind: 'reflections', scope })} />
          )}
          {view.kind === 'goals' && (
            <GoalsView
              year={view.year}
              onYear={(year) => setView({ kind: 'goals', year })}
              onOpenEntry={openEntry}
              onOpenReflection={(scope) => navigate({ kind: 'reflections', scope })}
            />
          )}
          {view.kind === 'people' && (
            <PeopleView personId={view.personId} onPerson={(personId) => setView({ kind: 'people', personId })} onOpenEntry={openEntry} />
          )}
          {view.kind === 'calendar' && (
            <CalendarView
              year={view.year}
              day={view.day}
              onChange={({ year, day }) => setView({ kind: 'calendar', year, day })}
              onOpenEntry={openEntry}
            />
          )}
          {view.kind === 'review' && (
            <ReviewView
              tab={view.tab}
              draftId={view.draftId}
              onTab={(tab) => setView({ kind: 'review', tab })}
              onOpenDraft={(draftId) => setView({ kind: 'review', tab: 'writing', ...(draftId ? { draftId } : {}) })}
              onOpenEntry={openEntry}
              onOpenDay={(day) => navigate({ kind: 'calendar', year: Number(day.slice(0, 4)), day })}
              onNewEntry={newEntryWith}
            />
          )}
          {view.kind === 'themes' && <ThemesView onShowTheme={(themeId) => navigate({ kind: 'journal', filter: { themeId } })} />}
          {view.kind === 'trash' && (
            <TrashView
              onRestored={(id) => toast({ message: 'Restored to your journal', action: { label: 'Open', run: () => openEntry(id) } })}
            />
          )}
          {view.kind === 'settings' && <SettingsView />}
          {view.kind === 'transfer' && <TransferView onShowJournal={() => navigate({ kind: 'journal', filter: {} })} />}
        </div>
      </main>
      {searching && <SearchPalette onClose={() => setSearching(false)} onOpenEntry={(id) => openEntry(id)} />}
      <FileDropImport onShowJournal={() => navigate({ kind: 'journal', filter: {} })} />
      {capturing && <QuickCaptureDialog onClose={() => setCapturing(false)} onOpenEntry={(id) => openEntry(id)} />}
    </div>
  );
}
