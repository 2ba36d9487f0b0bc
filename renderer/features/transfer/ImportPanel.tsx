import { Icon } from '../../ui/Icon';
import { ImportDialog } from './ImportDialog';
import { useImportSource } from './useImportSource';

/** Bringing writing in: Chronicle archives, brag documents written by hand, other journals, folders of notes. */
export function ImportPanel({ onShowJournal }: { onShowJournal: () => void }) {
  const { source, chooseFile, chooseFolder, close } = useImportSource();
  return (
    <section className="card import-panel" aria-labelledby="import-heading">
      <header className="card-header">
        <h2 className="card-title" id="import-heading">
          <Icon name="upload" /> Import
        </h2>
        <p className="card-subtitle">You see everything it would do before anything is written.</p>
      </header>
      <div className="import-choose">
        <button type="button" className="button button-primary" onClick={() => void chooseFile()}>
          Choose a file…
        </button>
        <button type="button" className="button button-small button-quiet" onClick={() => void chooseFolder()}>
          Choose a folder…
        </button>
      </div>
      <p className="import-drop-hint">
        <Icon name="download" size={14} /> Or drop a file anywhere on the window.
      </p>
      <ul className="import-kinds" aria-label="What Chronicle imports">
        <li>
          <strong>Chronicle archives</strong>: one Markdown file, a folder, or JSON. Restores an empty journal exactly, or merges without
          duplicating.
        </li>
        <li>
          <strong>Brag documents written by hand</strong> in Markdown, e.g. in Julia Evans’ template: sections, goals and dated bullets.
        </li>
        <li>
          <strong>Other journals</strong>: jrnl and Day One JSON exports.
        </li>
        <li>
          <strong>Notes</strong>: a folder or .zip of Markdown notes (an Obsidian vault, a Jekyll or Hugo site, Joplin’s export), one entry
          per note.
        </li>
      </ul>
      <p className="import-limit">Files up to 10 MB, in UTF-8 or UTF-16.</p>
      {source && <ImportDialog key={source.key} source={source} onClose={close} onShowJournal={onShowJournal} />}
    </section>
  );
}
