import { useEffect, useRef, useState } from 'react';
import { ChronicleError } from '../../../shared/api/errors';
import { Icon } from '../../ui/Icon';
import { ImportDialog } from './ImportDialog';
import { useImportSource } from './useImportSource';
import './transfer.css';

function carriesFiles(event: DragEvent): boolean {
  return Boolean(event.dataTransfer?.types.includes('Files'));
}

/**
 * A file dragged onto the window, anywhere, is imported (after the preview). Dragging text or
 * moving things inside the app is left alone: only drags that carry files are taken.
 */
export function FileDropImport({ onShowJournal }: { onShowJournal: () => void }) {
  const [dragging, setDragging] = useState(false);
  const { source, readFile, failed, close } = useImportSource();
  const take = useRef({ readFile, failed });
  take.current = { readFile, failed };

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed; the window is left when they balance.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser (or Electron) would open the file in place of the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const transfer = event.dataTransfer;
      const file = transfer?.files[0];
      if (!transfer || !file) return;
      // Items can only be inspected during the event, so folders are told apart now.
      const entry = transfer.items[0]?.webkitGetAsEntry?.();
      if (entry?.isDirectory) {
        take.current.failed(
          file.name,
          new ChronicleError(
            'invalid_input',
            'A folder cannot be dropped. To import a folder, use “Choose a folder…” in Export & import, or drop it as a .zip.',
          ),
        );
      } else if (transfer.files.length > 1) {
        take.current.failed(
          file.name,
          new ChronicleError('invalid_input', `${transfer.files.length} files were dropped. Drop one file at a time.`),
        );
      } else {
        void take.current.readFile(file);
      }
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return (
    <>
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
          <div className="drop-overlay-target">
            <Icon name="upload" size={32} />
            <p className="drop-overlay-title">Drop a brag document or archive to import</p>
            <p className="drop-overlay-note">You’ll see what it contains before anything is imported.</p>
          </div>
        </div>
      )}
      {source && <ImportDialog key={source.key} source={source} onClose={close} onShowJournal={onShowJournal} />}
    </>
  );
}
