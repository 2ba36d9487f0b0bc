import { useCallback, useState } from 'react';
import type { ArchivedFile } from '../../../shared/domain/model';
import { readPickedFile } from '../../api/files';
import { errorMessage } from '../../ui/errors';
import { useFiles } from '../../api/useFiles';

/**
 * What the person chose to import: a file's bytes, an archive folder, or a file that could not
 * even be read (too large, unreadable), whose problem the import dialog shows like any other.
 */
export type ImportSource = { key: number; fileName: string } & ({ data: string } | { folder: ArchivedFile[] } | { problem: string });

let nextKey = 1;

/** The file being imported, from a chooser or a drop; one at a time. */
export function useImportSource() {
  const files = useFiles();
  const [source, setSource] = useState<ImportSource | null>(null);

  const failed = useCallback(
    (fileName: string, error: unknown) => setSource({ key: nextKey++, fileName, problem: errorMessage(error) }),
    [],
  );

  const chooseFile = useCallback(async () => {
    try {
      const picked = await files.openFile();
      if (picked) setSource({ key: nextKey++, ...picked });
    } catch (error) {
      failed('the file', error);
    }
  }, [files, failed]);

  const chooseFolder = useCallback(async () => {
    try {
      const picked = await files.openFolder();
      if (picked) setSource({ key: nextKey++, ...picked });
    } catch (error) {
      failed('the folder', error);
    }
  }, [files, failed]);

  const readFile = useCallback(
    async (file: File) => {
      try {
        setSource({ key: nextKey++, ...(await readPickedFile(file)) });
      } catch (error) {
        failed(file.name, error);
      }
    },
    [failed],
  );

  const close = useCallback(() => setSource(null), []);

  return { source, chooseFile, chooseFolder, readFile, failed, close, canChooseFolder: true };
}
