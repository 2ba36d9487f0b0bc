import { useCallback, useEffect, useRef, useState } from 'react';
import type { EntryEditorHandle } from '../features/journal/EntryForm';
import { JournalView } from '../features/journal/JournalView';
import { SearchPalette } from '../features/search/SearchPalette';
import { ThemesView } from '../features/themes/ThemesView';
import { TrashView } from '../features/trash/TrashView';
import { hasMod } from '../ui/shortcuts';
import { useToast } from '../ui/Toasts';
import { existing, type JournalFilter, newDraft, type OpenEntry, type View } from './navigation';
import { Sidebar } from './Sidebar';

/** The window: sidebar, and the journal, themes or trash beside it. */
export function App() {
  const [view, setView] = useState<View>({ kind: 'journal', filter: {} });
  const [open, setOpen] = useState<OpenEntry | null>(null);
  const [searching, setSearching] = useState(false);
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

  const openEntry = useCallback((id: string, focusTitle = false) => {
    setView({ kind: 'journal', filter: {} });
    setOpen(existing(id, focusTitle));
  }, []);

  const navigate = useCallback((next: View) => {
    setView(next);
    if (next.kind !== 'journal') setOpen(null);
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!hasMod(event) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'k') {
        event.preventDefault();
        setSearching((s) => !s);
      } else if (key === 'n' && !event.shiftKey) {
        event.preventDefault();
        if (!document.querySelector('dialog[open]')) newEntry();
      } else if (key === 's') {
        // Saving is automatic; Mod+S saves at once instead of the browser's "Save page".
        event.preventDefault();
        void editorRef.current?.flush();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [newEntry]);

  const setFilter = (filter: JournalFilter) => setView({ kind: 'journal', filter });

  return (
    <div className={`shell ${open ? 'shell-has-entry' : ''}`}>
      <Sidebar view={view} onNavigate={navigate} onNewEntry={newEntry} onSearch={() => setSearching(true)} />
      <main className="main">
        {view.kind === 'journal' && (
          <JournalView
            filter={view.filter}
            onFilter={setFilter}
            open={open}
            onOpen={setOpen}
            onNewEntry={newEntry}
            editorRef={editorRef}
          />
        )}
        {view.kind === 'themes' && <ThemesView onShowTheme={(themeId) => navigate({ kind: 'journal', filter: { themeId } })} />}
        {view.kind === 'trash' && (
          <TrashView
            onRestored={(id) =>
              toast({ message: 'Restored to your journal', action: { label: 'Open', run: () => openEntry(id) } })
            }
          />
        )}
      </main>
      {searching && <SearchPalette onClose={() => setSearching(false)} onOpenEntry={(id) => openEntry(id)} />}
    </div>
  );
}
