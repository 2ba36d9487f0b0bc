import { ArchiveExport } from './ArchiveExport';
import { BlogExport } from './BlogExport';
import { BragExport } from './BragExport';
import { DraftExport } from './DraftExport';
import { ImportPanel } from './ImportPanel';
import { SearchExport } from './SearchExport';
import './transfer.css';

/** Your writing leaves as readable Markdown and comes back without loss; documents you wrote elsewhere come in. */
export function TransferView({ onShowJournal }: { onShowJournal: () => void }) {
  return (
    <div className="page transfer-page">
      <div className="page-inner page-wide">
        <header className="page-header">
          <h1 className="page-title">Export &amp; import</h1>
          <p className="page-lede">Everything you write can leave as readable Markdown and come back without loss.</p>
        </header>
        <div className="transfer-layout">
          <section className="transfer-export" aria-labelledby="export-heading">
            <h2 className="transfer-heading" id="export-heading">
              Export
            </h2>
            <BragExport />
            <BlogExport />
            <DraftExport />
            <SearchExport />
            <ArchiveExport />
          </section>
          <aside className="transfer-import">
            <ImportPanel onShowJournal={onShowJournal} />
          </aside>
        </div>
      </div>
    </div>
  );
}
