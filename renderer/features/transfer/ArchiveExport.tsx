import { useState } from 'react';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { ExportButton } from './ExportButton';
import { ExportCard } from './ExportCard';
import { useSaveExport } from '../../entries/useSaveExport';

type Shape = 'markdown' | 'folder' | 'json';

const SHAPES: readonly { value: Shape; label: string }[] = [
  { value: 'markdown', label: 'One Markdown file' },
  { value: 'folder', label: 'A folder' },
  { value: 'json', label: 'JSON' },
];

const NOTES: Record<Shape, string> = {
  markdown: 'Readable in any editor; entries keep their dates, sections and themes in front matter.',
  folder: 'One Markdown file per entry, reflection and draft, easy to browse or keep in git.',
  json: 'For scripts and other tools. Imports back exactly like the Markdown archive.',
};

/** Everything in the journal, in a form that imports back without loss: the backup you own. */
export function ArchiveExport() {
  const [shape, setShape] = useState<Shape>('markdown');
  const { saveFile, saveFolder, canSaveFolder } = useSaveExport();
  const folderUnavailable = shape === 'folder' && !canSaveFolder;

  return (
    <ExportCard
      id="archive"
      icon="journal"
      title="Chronicle archive"
      description="Your whole journal: entries, themes, people, goals, reflections, drafts and review dates. Import it here to restore or to move to another computer."
    >
      <SegmentedControl value={shape} options={SHAPES} onChange={setShape} label="Archive as" size="small" />
      {folderUnavailable ? (
        <p className="export-note export-unavailable" role="note">
          Only the desktop app can write a folder. The one-file Markdown archive holds exactly the same and imports back the same way.{' '}
          <button type="button" className="link-button" onClick={() => setShape('markdown')}>
            Use one Markdown file
          </button>
        </p>
      ) : (
        <p className="export-note">{NOTES[shape]}</p>
      )}
      <div className="export-actions">
        <ExportButton
          disabled={folderUnavailable}
          onExport={() => (shape === 'folder' ? saveFolder() : saveFile({ kind: 'archive', format: shape }))}
        >
          Export archive
        </ExportButton>
      </div>
    </ExportCard>
  );
}
