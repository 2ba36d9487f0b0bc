import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApi } from '../query/ApiContext';
import { journalChanged } from '../query/cache';
import { keys } from '../query/keys';
import { useConfirm } from '../ui/Confirm';
import { errorMessage } from '../ui/errors';
import { useToast } from '../ui/Toasts';

/** The welcome tour's choices, and taking the examples away again. */
export function useWelcomeActions() {
  const api = useApi();
  const client = useQueryClient();
  const toast = useToast();
  const confirm = useConfirm();

  const finishWelcome = useCallback(async () => {
    try {
      const settings = await api.invoke('settings.update', { welcomeDone: true });
      client.setQueryData(keys.settings, settings);
    } catch (error) {
      toast({ message: `Couldn’t save that choice: ${errorMessage(error)}`, tone: 'error' });
    }
  }, [api, client, toast]);

  const loadExamples = useCallback(async () => {
    try {
      const { entries } = await api.invoke('samples.load', {});
      await finishWelcome();
      journalChanged(client);
      toast({ message: `Added ${entries} example entries` });
    } catch (error) {
      toast({ message: `Couldn’t load the examples: ${errorMessage(error)}`, tone: 'error' });
    }
  }, [api, client, finishWelcome, toast]);

  const removeExamples = useCallback(async () => {
    const ok = await confirm({
      title: 'Remove the example entries?',
      message: <p>The example entries, goals and reflection are deleted. Everything you wrote yourself stays as it is.</p>,
      confirmLabel: 'Remove examples',
      danger: true,
    });
    if (!ok) return;
    try {
      const { removed } = await api.invoke('samples.remove', {});
      journalChanged(client);
      toast({ message: `Removed ${removed} example ${removed === 1 ? 'entry' : 'entries'}` });
    } catch (error) {
      toast({ message: `Couldn’t remove the examples: ${errorMessage(error)}`, tone: 'error' });
    }
  }, [api, client, confirm, toast]);

  return { finishWelcome, loadExamples, removeExamples };
}
