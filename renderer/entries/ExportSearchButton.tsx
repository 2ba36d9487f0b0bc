import { useSaveExport } from './useSaveExport';

/** The entries a search finds, in full, as one Markdown file. */
export function ExportSearchButton({ query }: { query: string }) {
  const { saveFile } = useSaveExport();
  return (
    <button type="button" className="link-button" onClick={() => void saveFile({ kind: 'search', query })}>
      Export these results
    </button>
  );
}
