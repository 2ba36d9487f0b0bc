import { formatDistanceToNowStrict } from 'date-fns';
import { useState } from 'react';
import type { DraftKind, DraftListItem, PacketReader } from '../../../shared/domain/model';
import type { ReviewPeriod } from '../../../shared/domain/review/period';
import type { PeriodChoice } from '../../query/keys';
import { useDrafts } from '../../query/queries';
import { errorMessage } from '../../ui/errors';
import { Icon, type IconName } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import { KIND_NAMES } from './DraftHeader';
import { NewBulletsDialog } from './NewBulletsDialog';
import { useReviewActions } from './useReviewActions';

const GROUPS: readonly { kind: DraftKind; title: string; icon: IconName }[] = [
  { kind: 'summary', title: 'Summaries', icon: 'document' },
  { kind: 'packet', title: 'Review packets', icon: 'review' },
  { kind: 'bullets', title: 'Résumé bullets', icon: 'list' },
];

/** Turning the period into writing, and the drafts already kept. */
export function WritingView({
  choice,
  period,
  onOpenDraft,
}: {
  choice: PeriodChoice;
  period: ReviewPeriod | undefined;
  onOpenDraft: (id: string) => void;
}) {
  const actions = useReviewActions();
  const toast = useToast();
  const drafts = useDrafts();
  const [busy, setBusy] = useState<string | null>(null);
  const [bulletsOpen, setBulletsOpen] = useState(false);
  const label = period?.label ?? 'the period';

  const create = async (key: string, kind: 'summary' | 'packet', reader?: PacketReader) => {
    setBusy(key);
    try {
      const draft = await actions.createDraft({ kind, period: choice, ...(reader ? { reader } : {}) });
      onOpenDraft(draft.id);
    } catch (error) {
      toast({ message: `Couldn’t write the draft: ${errorMessage(error)}`, tone: 'error' });
      setBusy(null);
    }
  };

  return (
    <div className="writing">
      <section className="writing-actions" aria-label="Write from your entries">
        <div className="writing-card">
          <Icon name="document" size={20} />
          <h2 className="writing-card-title">Summary</h2>
          <p className="writing-card-text">
            A reflective look back: themes ranked, each with its story, highlights, goals met, what you learned.
          </p>
          <button
            type="button"
            className="button button-primary"
            disabled={busy !== null}
            onClick={() => void create('summary', 'summary')}
          >
            Write a summary of {label}
          </button>
        </div>
        <div className="writing-card">
          <Icon name="review" size={20} />
          <h2 className="writing-card-title">Review packet</h2>
          <p className="writing-card-text">
            What your reviewers need: the work and its impact, goals with evidence, what you’d like feedback on.
          </p>
          <div className="writing-card-buttons">
            <button type="button" className="button" disabled={busy !== null} onClick={() => void create('manager', 'packet', 'manager')}>
              For my manager
            </button>
            <button type="button" className="button" disabled={busy !== null} onClick={() => void create('peer', 'packet', 'peer')}>
              For a peer reviewer
            </button>
          </div>
        </div>
        <div className="writing-card">
          <Icon name="list" size={20} />
          <h2 className="writing-card-title">Résumé bullets</h2>
          <p className="writing-card-text">
            One line per accomplishment, drafted by rules from your own words, each traceable to its entries.
          </p>
          <button type="button" className="button" disabled={busy !== null} onClick={() => setBulletsOpen(true)}>
            Draft résumé bullets…
          </button>
        </div>
      </section>
      <p className="writing-note">
        <Icon name="check" size={13} /> Written from your entries only, without AI: nothing is invented, and every claim cites the entry it
        came from.
      </p>

      {drafts.isError && (
        <p className="field-error" role="alert">
          Couldn’t load your drafts: {errorMessage(drafts.error)}
        </p>
      )}
      {drafts.data && drafts.data.length === 0 && (
        <p className="card-empty writing-empty">No saved drafts yet. Whatever you write above is kept here, with every version.</p>
      )}
      {GROUPS.map((group) => {
        const items = drafts.data?.filter((d) => d.kind === group.kind) ?? [];
        if (items.length === 0) return null;
        return (
          <section key={group.kind} className="card" aria-label={group.title}>
            <header className="card-header">
              <h2 className="card-title">
                <Icon name={group.icon} size={15} /> {group.title}
                <span className="card-count">{items.length}</span>
              </h2>
            </header>
            <ul className="draft-list">
              {items.map((d) => (
                <DraftRow key={d.id} draft={d} onOpen={() => onOpenDraft(d.id)} />
              ))}
            </ul>
          </section>
        );
      })}
      {bulletsOpen && (
        <NewBulletsDialog
          choice={choice}
          period={period}
          onClose={() => setBulletsOpen(false)}
          onCreated={(id) => {
            setBulletsOpen(false);
            onOpenDraft(id);
          }}
        />
      )}
    </div>
  );
}

function DraftRow({ draft, onOpen }: { draft: DraftListItem; onOpen: () => void }) {
  return (
    <li>
      <button type="button" className="draft-row" onClick={onOpen}>
        <span className="draft-row-title">{draft.title}</span>
        <span className="draft-row-meta">
          {KIND_NAMES[draft.kind]}
          {draft.reader && ` · ${draft.reader === 'peer' ? 'peer' : 'manager'}`} · {draft.period.label} · {draft.versionCount}{' '}
          {draft.versionCount === 1 ? 'version' : 'versions'} · changed{' '}
          {formatDistanceToNowStrict(new Date(draft.updatedAt), { addSuffix: true })}
        </span>
        <Icon name="chevronRight" size={14} />
      </button>
    </li>
  );
}
