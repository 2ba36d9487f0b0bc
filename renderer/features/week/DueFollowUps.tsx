import { useQueryClient } from '@tanstack/react-query';
import { formatDistanceToNowStrict } from 'date-fns';
import { useState } from 'react';
import { dateOfDay } from '../../../shared/domain/day';
import type { DueFollowUp } from '../../../shared/domain/model';
import { useApi } from '../../query/ApiContext';
import { entryWritten, journalChanged } from '../../query/cache';
import { errorMessage } from '../../ui/errors';
import { ExampleBadge } from '../../ui/ExampleBadge';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';

/** "3 months ago you shipped X: what actually happened?" — answered in place. */
export function DueFollowUps({ followUps, onOpenEntry }: { followUps: DueFollowUp[]; onOpenEntry: (id: string) => void }) {
  if (followUps.length === 0) return null;
  return (
    <section className="card follow-ups" aria-labelledby="follow-ups-heading">
      <header className="card-header">
        <h2 className="card-title" id="follow-ups-heading">
          <Icon name="clock" size={15} /> What happened next?
        </h2>
        <p className="card-subtitle">You asked to come back to {followUps.length === 1 ? 'this entry' : 'these entries'}. The answer is added to its impact, dated.</p>
      </header>
      <ul className="follow-up-list">
        {followUps.map((followUp) => (
          <FollowUpItem key={followUp.id} followUp={followUp} onOpenEntry={onOpenEntry} />
        ))}
      </ul>
    </section>
  );
}

function FollowUpItem({ followUp, onOpenEntry }: { followUp: DueFollowUp; onOpenEntry: (id: string) => void }) {
  const api = useApi();
  const client = useQueryClient();
  const toast = useToast();
  const [answer, setAnswer] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { entry } = followUp;
  const ago = formatDistanceToNowStrict(dateOfDay(entry.date), { addSuffix: true });

  const submit = async () => {
    setBusy(true);
    try {
      const saved = await api.invoke('followUps.answer', { id: followUp.id, answer });
      entryWritten(client, saved, { reorders: false });
      journalChanged(client);
      toast({ message: `Added to the impact of “${shorten(entry.title)}”`, action: { label: 'Open', run: () => onOpenEntry(entry.id) } });
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };

  const dismiss = async () => {
    setBusy(true);
    try {
      await api.invoke('followUps.dismiss', { id: followUp.id });
      journalChanged(client);
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <li className="follow-up" aria-label={`Follow-up: ${entry.title}`}>
      <div className="follow-up-head">
        <span className="follow-up-when">{ago}</span>
        {entry.sample && <ExampleBadge />}
      </div>
      <button type="button" className="follow-up-title link-button" onClick={() => onOpenEntry(entry.id)}>
        {entry.title}
      </button>
      {entry.impactExcerpt && <p className="follow-up-impact">Impact so far: {entry.impactExcerpt}</p>}
      <form
        className="follow-up-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <textarea
          className="input follow-up-answer"
          aria-label={`What happened after “${entry.title}”?`}
          placeholder={followUp.question || 'What actually happened? Which number moved, who used it?'}
          rows={2}
          value={answer}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => {
            setAnswer(event.target.value);
            setProblem(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
              event.preventDefault();
              void submit();
            }
          }}
        />
        <div className="follow-up-actions">
          <button type="submit" className="button button-small button-primary" disabled={busy || !answer.trim()}>
            Add to impact
          </button>
          <button type="button" className="button button-small button-quiet" disabled={busy} onClick={() => void dismiss()}>
            Dismiss
          </button>
        </div>
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
      </form>
    </li>
  );
}

function shorten(title: string): string {
  return title.length > 48 ? `${title.slice(0, 47)}…` : title;
}
