import type { ImportPreview } from '../../../shared/domain/model';
import { archiveRows } from './transferWords';

/** What an archive does to each kind of thing: new, updated, unchanged, or kept as your newer copy. */
export function ArchivePreview({ archive }: { archive: NonNullable<ImportPreview['archive']> }) {
  const rows = archiveRows(archive.counts).filter((r) => r.kind === 'entries' || Object.values(r.counts).some((n) => n > 0));
  const changes = rows.reduce((n, r) => n + r.counts.added + r.counts.updated, 0);
  return (
    <div className="import-archive">
      <p className="import-archive-mode" data-testid="import-archive-mode">
        {archive.restored
          ? 'Your journal is empty, so this restores it exactly as it was exported.'
          : 'Your journal already has writing, so the archive is merged into it. Where both have the same entry, the copy changed last is kept.'}
      </p>
      {changes === 0 && !archive.restored && (
        <p className="import-nothing">Your journal already has everything in this archive: importing it would change nothing.</p>
      )}
      <table className="import-counts">
        <thead>
          <tr>
            <th scope="col">In the archive</th>
            <th scope="col">New</th>
            <th scope="col">Updated</th>
            <th scope="col">Unchanged</th>
            <th scope="col" title="Your copy was changed after the export, so it stays">
              Kept newer
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ kind, label, counts }) => (
            <tr key={kind}>
              <th scope="row">{label}</th>
              <td>{counts.added.toLocaleString()}</td>
              <td>{counts.updated.toLocaleString()}</td>
              <td>{counts.unchanged.toLocaleString()}</td>
              <td>{counts.keptNewer.toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
