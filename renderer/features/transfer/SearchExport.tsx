import { useState } from 'react';
import { shortcutLabel } from '../../ui/shortcuts';
import { ExportButton } from './ExportButton';
import { ExportCard } from './ExportCard';
import { useSaveExport } from '../../entries/useSaveExport';

/** The entries a search finds, e.g. everything about one project, in full. */
export function SearchExport() {
  const [query, setQuery] = useState('');
  const { saveFile } = useSaveExport();
  const trimmed = query.trim();
  return (
    <ExportCard
      id="search"
      icon="search"
      title="Search results or one entry"
      description={
        <>
          Every entry a search finds, in full. The search box (<kbd>{shortcutLabel('Mod+K')}</kbd>) exports its results too, and each
          entry’s toolbar exports that one entry.
        </>
      }
    >
      <div className="export-fields">
        <label className="export-field export-field-wide">
          <span className="field-label">Search for</span>
          <input
            className="input select-small"
            value={query}
            placeholder='e.g. planning, "code review"'
            spellCheck={false}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
      </div>
      <div className="export-actions">
        <ExportButton disabled={!trimmed} onExport={() => saveFile({ kind: 'search', query: trimmed })}>
          Export results
        </ExportButton>
      </div>
    </ExportCard>
  );
}
