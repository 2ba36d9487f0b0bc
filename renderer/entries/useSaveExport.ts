import { useCallback } from 'react';
import type { Input } from '../../shared/api/contract';
import { dayOf } from '../../shared/domain/day';
import type { SavedFile } from '../api/files';
import { useApi } from '../query/ApiContext';
import { errorMessage } from '../ui/errors';
import { useToast } from '../ui/Toasts';
import { useFiles } from '../api/useFiles';

export type ExportRequest = Input<'export.file'>;

/**
 * Renders an export in the backend and hands it to the person's disk: a native save dialog in the
 * desktop app, a download in a browser. Says where it went, or why it did not.
 */
export function useSaveExport() {
  const api = useApi();
  const files = useFiles();
  const toast = useToast();

  const announce = useCallback(
    (saved: SavedFile) => {
      if (saved.where === 'downloads') {
        toast({ message: `Saved ${saved.name} to your downloads` });
        return;
      }
      const show = files.showInFolder;
      toast({
        message: `Saved ${saved.name}`,
        ...(show
          ? {
              action: {
                label: 'Show in folder',
                run: () => void show(saved.path).catch((error: unknown) => toast({ message: errorMessage(error), tone: 'error' })),
              },
            }
          : {}),
      });
    },
    [files, toast],
  );

  const saveFile = useCallback(
    async (request: ExportRequest): Promise<void> => {
      try {
        const file = await api.invoke('export.file', request);
        const saved = await files.saveFile(file);
        if (saved) announce(saved);
      } catch (error) {
        toast({ message: `Couldn’t export: ${errorMessage(error)}`, tone: 'error' });
      }
    },
    [api, files, announce, toast],
  );

  /** The whole journal as a folder of Markdown files, one per entry (desktop app only). */
  const saveFolder = useCallback(async (): Promise<void> => {
    try {
      const { files: archived } = await api.invoke('export.folder', {});
      const saved = await files.saveFolder(`chronicle-archive-${dayOf(new Date())}`, archived);
      if (saved) announce(saved);
    } catch (error) {
      toast({ message: `Couldn’t export: ${errorMessage(error)}`, tone: 'error' });
    }
  }, [api, files, announce, toast]);

  return { saveFile, saveFolder, canSaveFolder: files.canSaveFolder };
}
