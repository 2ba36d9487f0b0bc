import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { entriesMoved } from '../query/cache';
import { useApi } from '../query/ApiContext';
import { errorMessage } from '../ui/errors';
import { useToast } from '../ui/Toasts';

/** Trash, undo, restore and delete for good: each tells the person what happened. */
export function useEntryActions() {
  const api = useApi();
  const client = useQueryClient();
  const toast = useToast();

  const restore = useCallback(
    async (id: string, then?: () => void) => {
      try {
        await api.invoke('entries.restore', { id });
        entriesMoved(client);
        then?.();
      } catch (error) {
        toast({ message: `Couldn’t restore it: ${errorMessage(error)}`, tone: 'error' });
      }
    },
    [api, client, toast],
  );

  const moveToTrash = useCallback(
    async (entry: { id: string; title: string }, onUndo?: () => void) => {
      try {
        await api.invoke('entries.delete', { id: entry.id });
        entriesMoved(client);
        toast({
          message: `Moved “${shorten(entry.title)}” to the trash`,
          action: { label: 'Undo', run: () => void restore(entry.id, onUndo) },
        });
      } catch (error) {
        toast({ message: `Couldn’t move it to the trash: ${errorMessage(error)}`, tone: 'error' });
      }
    },
    [api, client, toast, restore],
  );

  const purge = useCallback(
    async (id: string) => {
      try {
        await api.invoke('entries.purge', { id });
        entriesMoved(client);
      } catch (error) {
        toast({ message: `Couldn’t delete it: ${errorMessage(error)}`, tone: 'error' });
      }
    },
    [api, client, toast],
  );

  return { moveToTrash, restore, purge };
}

function shorten(title: string): string {
  return title.length > 48 ? `${title.slice(0, 47)}…` : title;
}
