import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Input } from '../../shared/api/contract';
import { dayOf } from '../../shared/domain/day';
import { formatDay } from '../../shared/domain/review/period';
import { useApi } from '../query/ApiContext';
import { keys } from '../query/keys';
import { useReviewDates } from '../query/queries';
import { Dialog } from './Dialog';
import { errorMessage } from './errors';
import { Icon } from './Icon';

/** The days the person had a review: "since my last review" starts the day after the latest. */
export function ReviewDatesDialog({ onClose }: { onClose: () => void }) {
  const dates = useReviewDates();
  const actions = useReviewDateActions();
  const [date, setDate] = useState(dayOf(new Date()));
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async () => {
    if (!date) {
      setProblem('Pick the day of the review.');
      return;
    }
    setBusy(true);
    try {
      await actions.addReviewDate({ date, note });
      setNote('');
      setProblem(null);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (id: string) => {
    try {
      await actions.removeReviewDate(id);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <Dialog label="Review dates" onClose={onClose} className="review-dates-dialog">
      <h2 className="dialog-title">Review dates</h2>
      <p className="dialog-body">The days you had a performance review. “Since last review” covers everything after the most recent one.</p>
      {dates.isError && (
        <p className="field-error" role="alert">
          Couldn’t load review dates: {errorMessage(dates.error)}
        </p>
      )}
      {dates.data && dates.data.length > 0 ? (
        <ul className="review-dates" aria-label="Recorded reviews">
          {dates.data.map((review) => (
            <li key={review.id} className="review-date">
              <span className="review-date-day">{formatDay(review.date)}</span>
              <span className="review-date-note">{review.note}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove the review of ${formatDay(review.date)}`}
                title="Remove"
                onClick={() => void remove(review.id)}
              >
                <Icon name="close" size={14} />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        dates.isSuccess && <p className="card-empty">No reviews recorded yet.</p>
      )}
      <form
        className="review-date-form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <input
          className="input input-date"
          type="date"
          aria-label="Day of the review"
          min="1900-01-01"
          max="9999-12-31"
          value={date}
          onChange={(event) => setDate(event.target.value)}
        />
        <input
          className="input review-date-note-input"
          aria-label="Note"
          placeholder="Note, e.g. Mid-year review"
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <button type="submit" className="button" disabled={busy}>
          <Icon name="plus" size={14} /> Add
        </button>
      </form>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}

/** Recording and removing past review dates; "since my last review" means something else after. */
function useReviewDateActions() {
  const api = useApi();
  const client = useQueryClient();
  return {
    addReviewDate: async (input: Input<'reviews.add'>) => {
      const added = await api.invoke('reviews.add', input);
      // "Since my last review" means something else now.
      void client.invalidateQueries({ queryKey: keys.reviewDates });
      void client.invalidateQueries({ queryKey: keys.reviewPeriods });
      void client.invalidateQueries({ queryKey: keys.dashboards });
      void client.invalidateQueries({ queryKey: keys.checks });
      return added;
    },
    removeReviewDate: async (id: string) => {
      await api.invoke('reviews.delete', { id });
      void client.invalidateQueries({ queryKey: keys.reviewDates });
      void client.invalidateQueries({ queryKey: keys.reviewPeriods });
      void client.invalidateQueries({ queryKey: keys.dashboards });
      void client.invalidateQueries({ queryKey: keys.checks });
    },
  };
}
