import { useCallback, useEffect, useRef, useState } from 'react';
import type { Day } from '../../../shared/domain/day';
import type { ReadinessItem, ReadinessKind } from '../../../shared/domain/review/readiness';
import type { SectionId } from '../../../shared/domain/sections';
import type { PeriodChoice } from '../../query/keys';
import { useReadinessCheck } from '../../query/queries';
import { Chart, type ChartPalette } from '../../ui/Chart';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { clampToToday, PeriodProblem } from './Dashboard';
import { ReadinessFix } from './ReadinessFix';
import { readinessGaugeOption } from './reviewCharts';
import { scoreRise } from './scoreRise';
import { CommitGaps } from '../../entries/suggestions/CommitGaps';

/** The groups of the check, in the order a reviewer would notice them, named as things to do. */
const GROUPS: readonly { kind: ReadinessKind; title: string; hint: string }[] = [
  { kind: 'goal-without-evidence', title: 'Goals with no evidence', hint: 'Link the work that moved them.' },
  { kind: 'missing-impact', title: 'Highlights without a result', hint: 'Starred or goal work: what changed because of it?' },
  { kind: 'vague-entry', title: 'Vague entries', hint: '“Worked on”, “helped with” and no result: what was your part?' },
  { kind: 'unanswered-follow-up', title: 'Follow-ups waiting for an answer', hint: 'You asked yourself what happened next.' },
  { kind: 'single-entry-theme', title: 'Themes with a single entry', hint: 'A theme of one entry cannot carry a section.' },
  { kind: 'kudos-without-person', title: 'Kudos without a person', hint: 'Who said it? A quote needs a name.' },
  { kind: 'guessed-date', title: 'Dates that are a guess', hint: 'Check them before the review sorts by month.' },
  { kind: 'silent-month', title: 'Silent months', hint: 'Months with no entry at all.' },
];

/** What to fix before sharing anything, each gap fixable right here; the score rises as you go. */
export function ReadinessCheck({
  choice,
  onOpenEntry,
  onNewEntry,
}: {
  choice: PeriodChoice;
  onOpenEntry: (id: string) => void;
  onNewEntry: (preset: { date?: Day; section?: SectionId }) => void;
}) {
  const check = useReadinessCheck(choice);
  const rise = useScoreRise(check.data?.score, check.data?.period.label);
  if (check.isError) return <PeriodProblem error={check.error} />;
  const data = check.data;
  if (!data) return <div className="review-loading" aria-busy="true" />;
  if (data.items.some((i) => i.kind === 'no-entries')) {
    return (
      <div className="card">
        <EmptyState
          title={`Nothing to check in ${data.period.label} yet`}
          action={
            <button type="button" className="button button-primary" onClick={() => onNewEntry({ date: clampToToday(data.period.to) })}>
              <Icon name="plus" size={14} /> Write an entry
            </button>
          }
        >
          <p>{data.items[0]?.message}</p>
        </EmptyState>
      </div>
    );
  }
  const rounded = Math.round(data.score);
  return (
    <div className="readiness">
      <section className="card readiness-score" aria-label="Readiness score">
        <ScoreGauge score={data.score} />
        <div className="readiness-score-text">
          <p className="readiness-verdict">{verdict(rounded, data.items.length)}</p>
          <p className="readiness-score-line">
            <span className="readiness-score-of">
              Score <span data-testid="readiness-score">{rounded}</span> of 100
            </span>
            {rise !== null && (
              <span className="readiness-rise" role="status">
                <Icon name="arrowUp" size={13} /> {rise}
              </span>
            )}
          </p>
          <div
            className="readiness-progress"
            role="progressbar"
            aria-label="Checks passed"
            aria-valuemin={0}
            aria-valuemax={data.checks.total}
            aria-valuenow={data.checks.passed}
          >
            <span style={{ width: `${data.checks.total ? (100 * data.checks.passed) / data.checks.total : 0}%` }} />
          </div>
          <p className="card-subtitle">
            {data.checks.passed} of {data.checks.total} checks passed for {data.period.label}.{' '}
            {data.items.length === 0
              ? 'Nothing left to fix: this period is ready to share.'
              : `${data.items.length} ${data.items.length === 1 ? 'thing' : 'things'} to look at below; each can be fixed in place.`}
          </p>
        </div>
      </section>
      <CommitGaps
        from={data.period.from}
        to={data.period.to}
        silentMonths={data.items.flatMap((i) => (i.kind === 'silent-month' && i.month ? [i.month] : []))}
      />
      {GROUPS.map((group) => {
        const items = data.items.filter((i) => i.kind === group.kind);
        if (items.length === 0) return null;
        return (
          <section key={group.kind} className="card readiness-group" aria-label={group.title}>
            <header className="card-header">
              <h2 className="card-title">
                {group.title}
                <span className="card-count">{items.length}</span>
              </h2>
              <p className="card-subtitle">{group.hint}</p>
            </header>
            <ul className="readiness-items">
              {items.map((item) => (
                <ReadinessFix key={itemKey(item)} item={item} onOpenEntry={onOpenEntry} onNewEntry={onNewEntry} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function verdict(score: number, gaps: number): string {
  if (gaps === 0) return 'Ready to share';
  if (score >= 85) return 'Nearly ready to share';
  if (score >= 60) return 'Getting there';
  return 'A few things to fill in first';
}

function ScoreGauge({ score }: { score: number }) {
  const option = useCallback((palette: ChartPalette) => readinessGaugeOption(score, palette), [score]);
  return <Chart option={option} height={150} label={`Readiness score ${Math.round(score)} out of 100`} className="readiness-gauge" />;
}

/** "+3 since your last fix": the score moving is the reward for fixing a gap. */
function useScoreRise(score: number | undefined, periodLabel: string | undefined): string | null {
  const previous = useRef<{ score: number; label: string } | null>(null);
  const [rise, setRise] = useState<string | null>(null);
  useEffect(() => {
    if (score === undefined || periodLabel === undefined) return;
    const before = previous.current;
    previous.current = { score, label: periodLabel };
    if (!before || before.label !== periodLabel) {
      setRise(null);
    } else {
      const risen = scoreRise(before.score, score);
      if (risen) setRise(risen);
    }
  }, [score, periodLabel]);
  return rise;
}

export function itemKey(item: ReadinessItem): string {
  return `${item.kind}:${item.entryId ?? ''}:${item.themeId ?? ''}:${item.month ?? ''}:${item.goalId ?? ''}:${item.followUpId ?? ''}`;
}
