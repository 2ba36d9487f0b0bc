import { useEffect, useState } from 'react';
import { rangeProblem } from '../../shared/domain/review/period';
import type { PeriodChoice } from '../query/keys';
import { useReviewDates } from '../query/queries';
import { Icon } from './Icon';
import { SegmentedControl } from './SegmentedControl';
import { YearPicker } from './YearPicker';
import { ReviewDatesDialog } from './ReviewDatesDialog';
import { yearOf } from './usePeriodChoice';

type Mode = PeriodChoice['kind'];

const MODES: readonly { value: Mode; label: string }[] = [
  { value: 'year', label: 'Year' },
  { value: 'half', label: 'Half' },
  { value: 'quarter', label: 'Quarter' },
  { value: 'custom', label: 'Range' },
  { value: 'sinceLastReview', label: 'Since last review' },
];

/** The part of the year the period picker starts on when switching to halves or quarters. */
function current(kind: 'half' | 'quarter', year: number): number {
  const now = new Date();
  if (year !== now.getFullYear()) return 1;
  return kind === 'half' ? (now.getMonth() < 6 ? 1 : 2) : Math.floor(now.getMonth() / 3) + 1;
}

/**
 * Which stretch of time the review looks back on: a year, a half, a quarter, any range, or
 * everything since the last review (whose dates are kept in a small list).
 */
export function PeriodPicker({
  choice,
  onChange,
  resolved,
}: {
  choice: PeriodChoice;
  onChange: (choice: PeriodChoice) => void;
  /** The period as the backend resolved it, to start a range from. */
  resolved?: { from: string; to: string };
}) {
  const [datesOpen, setDatesOpen] = useState(false);
  const reviewDates = useReviewDates();
  const thisYear = new Date().getFullYear();
  const year = yearOf(choice, thisYear);

  const switchMode = (mode: Mode) => {
    switch (mode) {
      case 'year':
        return onChange({ kind: 'year', year });
      case 'half':
        return onChange({ kind: 'half', year, half: current('half', year) as 1 | 2 });
      case 'quarter':
        return onChange({ kind: 'quarter', year, quarter: current('quarter', year) as 1 | 2 | 3 | 4 });
      case 'custom':
        return onChange({ kind: 'custom', from: resolved?.from ?? `${year}-01-01`, to: resolved?.to ?? `${year}-12-31` });
      case 'sinceLastReview':
        return onChange({ kind: 'sinceLastReview' });
    }
  };

  return (
    <div className="period-picker" role="group" aria-label="Review period">
      <SegmentedControl value={choice.kind} options={MODES} onChange={switchMode} label="Kind of period" size="small" />
      <div className="period-picker-detail">
        {'year' in choice && (
          <YearPicker year={choice.year} onChange={(y) => onChange({ ...choice, year: y })} label="Year of the period" />
        )}
        {choice.kind === 'year' && choice.year !== thisYear && (
          <button type="button" className="button button-small button-quiet" onClick={() => onChange({ kind: 'year', year: thisYear })}>
            This year
          </button>
        )}
        {choice.kind === 'half' && (
          <SegmentedControl
            value={String(choice.half)}
            options={[
              { value: '1', label: 'H1' },
              { value: '2', label: 'H2' },
            ]}
            onChange={(half) => onChange({ ...choice, half: Number(half) as 1 | 2 })}
            label="Half of the year"
            size="small"
          />
        )}
        {choice.kind === 'quarter' && (
          <SegmentedControl
            value={String(choice.quarter)}
            options={[1, 2, 3, 4].map((q) => ({ value: String(q), label: `Q${q}` }))}
            onChange={(quarter) => onChange({ ...choice, quarter: Number(quarter) as 1 | 2 | 3 | 4 })}
            label="Quarter"
            size="small"
          />
        )}
        {choice.kind === 'custom' && (
          <RangeFields from={choice.from} to={choice.to} onChange={(from, to) => onChange({ kind: 'custom', from, to })} />
        )}
        <button
          type="button"
          className="button button-small button-quiet period-dates-button"
          title="The days you had a review, for “since last review”"
          onClick={() => setDatesOpen(true)}
        >
          <Icon name="clock" size={14} /> Review dates
          {reviewDates.data && reviewDates.data.length > 0 && <span className="card-count">{reviewDates.data.length}</span>}
        </button>
      </div>
      {datesOpen && <ReviewDatesDialog onClose={() => setDatesOpen(false)} />}
    </div>
  );
}

/** Two date fields; the period changes once both make a real range, and says why when they do not. */
function RangeFields({ from, to, onChange }: { from: string; to: string; onChange: (from: string, to: string) => void }) {
  const [draft, setDraft] = useState({ from, to });
  useEffect(() => setDraft({ from, to }), [from, to]);
  const problem = draft.from && draft.to ? rangeProblem(draft.from, draft.to) : { message: 'Pick both days' };

  const edit = (next: { from: string; to: string }) => {
    setDraft(next);
    if (next.from && next.to && !rangeProblem(next.from, next.to)) onChange(next.from, next.to);
  };

  return (
    <div className="period-range">
      <label className="period-range-field">
        <span>From</span>
        <input
          className="input input-date select-small"
          type="date"
          min="1900-01-01"
          max="9999-12-31"
          value={draft.from}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => edit({ ...draft, from: event.target.value })}
        />
      </label>
      <label className="period-range-field">
        <span>to</span>
        <input
          className="input input-date select-small"
          type="date"
          min="1900-01-01"
          max="9999-12-31"
          value={draft.to}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => edit({ ...draft, to: event.target.value })}
        />
      </label>
      {problem && (
        <p className="field-error period-range-error" role="alert">
          {problem.message}
        </p>
      )}
    </div>
  );
}
