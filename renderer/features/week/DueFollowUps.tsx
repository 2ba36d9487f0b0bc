import { useQueryClient } from '@tanstack/react-query';
import { formatDistanceToNowStrict } from 'date-fns';
import { dateOfDay } from '../../../shared/domain/day';
import type { DueFollowUp } from '../../../shared/domain/model';
import { useApi } from '../../query/ApiContext';
import { journalChanged } from '../../query/cache';
import { ExampleBadge } from '../../ui/ExampleBadge';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import { FollowUpAnswerBox } from '../../entries/FollowUpAnswerBox';

/** "3 months ago you shipped X: what actually happened?" — answered in place. */
export function DueFollowUps({ followUps, onOpenEntry }: { followUps: DueFollowUp[]; onOpenEntry: (id: string) => void }) {
  if (followUps.length === 0) return null;
  return (
    <section className="card follow-ups" aria-labelledby="follow-ups-heading">
      <header className="card-header">
        <h2 className="card-title" id="follow-ups-heading">
          <Icon name="clock" size={15} /> What happened next?
        </h2>
        <p className="card-subtitle">
          You asked to come back to {followUps.length === 1 ? 'this entry' : 'these entries'}. The answer is added to its impact, dated.
        </p>
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
  const { entry } = followUp;
  const ago = formatDistanceToNowStrict(dateOfDay(entry.date), { addSuffix: true });

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
      <FollowUpAnswerBox
        followUpId={followUp.id}
        label={`What happened after “${entry.title}”?`}
        placeholder={followUp.question || undefined}
        className="follow-up-form"
        inputClassName="input follow-up-answer"
        actionsClassName="follow-up-actions"
        onAnswered={() =>
          toast({
            message: `Added to the impact of “${shorten(entry.title)}”`,
            action: { label: 'Open', run: () => onOpenEntry(entry.id) },
          })
        }
        onDismiss={async () => {
          await api.invoke('followUps.dismiss', { id: followUp.id });
          journalChanged(client);
        }}
      />
    </li>
  );
}

function shorten(title: string): string {
  return title.length > 48 ? `${title.slice(0, 47)}…` : title;
}
