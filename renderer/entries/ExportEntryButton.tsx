import { Icon } from '../ui/Icon';
import { useSaveExport } from './useSaveExport';

/** One entry as a Markdown file with front matter (date, section, themes) that imports back exactly. */
export function ExportEntryButton({ entryId, beforeExport }: { entryId: string | null; beforeExport: () => Promise<void> }) {
  const { saveFile } = useSaveExport();
  if (!entryId) return null;
  return (
    <button
      type="button"
      className="icon-button"
      aria-label="Export entry"
      title="Export this entry as Markdown"
      onClick={() =>
        // What was just typed is saved first, so the file holds it.
        void beforeExport().then(() => saveFile({ kind: 'entry', entryId }))
      }
    >
      <Icon name="download" />
    </button>
  );
}
