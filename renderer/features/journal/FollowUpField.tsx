import { useQueryClient } from '@tanstack/react-query';
import { addMonths, addWeeks, format, formatDistanceToNowStrict } from 'date-fns';
import { useState } from 'react';
import { addDaysToDay, dateOfDay, dayOf } from '../../../shared/domain/day';
import type { Entry, FollowUp } from '../../../shared/domain/model';
import { useApi } from '../../query/ApiContext';
import { journalChanged } from '../../query/cache';
import { keys } from '../../query/keys';
import { useEntry } from '../../query/queries';
import { errorMessage } from '../../ui/errors';
import { Icon } from '../../ui/Icon';

const PRESETS = [
  { label: '2 weeks', due: (today: Date) => addWeeks(today, 2) },
  { label: '1 month', due: (today: Date) => addMonths(today, 1) },
  { label: '3 months', due: (today: Date) => addMonths(today, 3) },
  { label: '6 months', due: (today: Date) => addMonths(today, 6) },
] as const;

/**
 * "Ask me later what happened": the entry comes back on a later day so its real result can be
 * written down. Only a saved entry can be asked about.
 */
export function FollowUpField({ entryId }: { entryId: string | null }) {
  const api = useApi();
  const client = useQueryClient();
  const entry = useEntry(entryId);
  const [picking, setPicking] = useState(false);
  const [picked, setPicked] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const waiting = entry.data?.followUp ?? null;
  const tomorrow = addDaysToDay(dayOf(new Date()), 1);

  const store = (followUp: FollowUp | null) => {
    if (!entryId) return;
    client.setQueryData<Entry>(keys.entry(entryId), (e) => (e ? { ...e, followUp } : e));
    journalChanged(client);
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
      setProblem(null);
      setPicking(false);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const ask = (due: string) =>
    run(async () => {
      if (!entryId) return;
      store(await api.invoke('followUps.set', { entryId, due }));
    });

  const clear = () =>
    run(async () => {
      if (!entryId) return;
      await api.invoke('followUps.clear', { entryId });
      store(null);
    });

  if (!entryId) {
    return <p className="field-hint">Once the entry is saved, Chronicle can ask you later what came of it.</p>;
  }

  return (
    <div className="follow-up-field">
      {waiting && !picking ? (
        <div className="follow-up-waiting">
          <Icon name="clock" size={14} />
          <span>
            Chronicle will ask you on <strong>{format(dateOfDay(waiting.due), 'EEE d MMM yyyy')}</strong> (
            {formatDistanceToNowStrict(dateOfDay(waiting.due), { addSuffix: true })}) what happened.
          </span>
          <button type="button" className="button button-small button-quiet" disabled={busy} onClick={() => setPicking(true)}>
            Change
          </button>
          <button type="button" className="button button-small button-quiet" disabled={busy} onClick={() => void clear()}>
            Clear
          </button>
        </div>
      ) : (
        <div className="follow-up-presets" role="group" aria-label="Ask me later what happened">
          <span className="follow-up-in">In</span>
          {PRESETS.map((preset) => (
            <button
              key={preset.label}
              type="button"
              className="button button-small"
              disabled={busy}
              onClick={() => void ask(dayOf(preset.due(new Date())))}
            >
              {preset.label}
            </button>
          ))}
          <span className="follow-up-or">or on</span>
          <input
            type="date"
            className="input input-date select-small"
            aria-label="Follow-up day"
            min={tomorrow}
            max="9999-12-31"
            value={picked}
            onChange={(event) => setPicked(event.target.value)}
          />
          <button
            type="button"
            className="button button-small"
            disabled={busy || !picked}
            onClick={() => (picked <= dayOf(new Date()) ? setProblem('Pick a day after today.') : void ask(picked))}
          >
            Ask then
          </button>
          {waiting && (
            <button type="button" className="button button-small button-quiet" onClick={() => setPicking(false)}>
              Cancel
            </button>
          )}
        </div>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
