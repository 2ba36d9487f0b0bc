import type { Streak } from '../../../shared/domain/streak';

function weeks(n: number): string {
  return `${n} ${n === 1 ? 'week' : 'weeks'}`;
}

/**
 * The streak, said quietly: there to notice, never to scold. No streak is simply not mentioned,
 * unless there was a good run before, which is worth remembering.
 */
export function StreakNote({ streak }: { streak: Streak }) {
  const explanation =
    'Weeks in a row with at least one entry. One missed week a quarter is forgiven, and the current week never breaks it.';
  if (streak.weeks === 0) {
    if (streak.longest < 2) return null;
    return (
      <p className="streak-note" title={explanation}>
        Longest run so far: {weeks(streak.longest)}
      </p>
    );
  }
  return (
    <p className="streak-note" title={explanation}>
      <span className="streak-count">{streak.weeks === 1 ? '1 week' : `${weeks(streak.weeks)} in a row`}</span>
      {streak.forgiven > 0 && <span> · {weeks(streak.forgiven)} forgiven</span>}
      {streak.longest > streak.weeks && <span> · longest {weeks(streak.longest)}</span>}
    </p>
  );
}
