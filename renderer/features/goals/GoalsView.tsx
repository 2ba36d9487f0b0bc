import { useState } from 'react';
import type { ReflectionScope } from '../../app/navigation';
import { useGoals } from '../../query/queries';
import { errorMessage } from '../../ui/errors';
import { Icon } from '../../ui/Icon';
import { YearPicker } from '../../ui/YearPicker';
import { GoalCard } from './GoalCard';
import { useGoalActions } from '../../entries/useGoalActions';

/** Julia Evans' "Goals for this year" and "Goals for next year", with the evidence for each. */
export function GoalsView({
  year = new Date().getFullYear(),
  onYear,
  onOpenEntry,
  onOpenReflection,
}: {
  year?: number;
  onYear: (year: number) => void;
  onOpenEntry: (id: string) => void;
  onOpenReflection: (scope: ReflectionScope) => void;
}) {
  const thisYear = new Date().getFullYear();
  return (
    <div className="page">
      <div className="page-inner">
        <header className="page-header page-header-row">
          <div>
            <h1 className="page-title">Goals</h1>
            <p className="page-lede">
              What you want this year to be about, and what comes next. Link entries as evidence, so at review time each goal tells its own
              story.
            </p>
          </div>
          <YearPicker year={year} onChange={onYear} />
        </header>
        <GoalYear
          year={year}
          heading={year === thisYear ? `Goals for this year (${year})` : `Goals for ${year}`}
          onOpenEntry={onOpenEntry}
        />
        <GoalYear
          year={year + 1}
          heading={year === thisYear ? `Goals for next year (${year + 1})` : `Goals for ${year + 1}`}
          onOpenEntry={onOpenEntry}
        />
        <section className="card goal-reflections" aria-labelledby="goal-reflections-heading">
          <header className="card-header">
            <h2 className="card-title" id="goal-reflections-heading">
              <Icon name="reflect" size={15} /> Reflections on {year}
            </h2>
            <p className="card-subtitle">Look back by quarter, and write the year’s reflection: the seed of a blog post.</p>
          </header>
          <div className="goal-reflection-links">
            {[1, 2, 3, 4].map((q) => (
              <button
                key={q}
                type="button"
                className="button button-small"
                onClick={() => onOpenReflection({ period: 'quarter', start: `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01` })}
              >
                Q{q} {year}
              </button>
            ))}
            <button
              type="button"
              className="button button-small button-primary"
              onClick={() => onOpenReflection({ period: 'year', start: `${year}-01-01` })}
            >
              The year {year}
            </button>
          </div>
        </section>
      </div>
    </div>
  );
}

function GoalYear({ year, heading, onOpenEntry }: { year: number; heading: string; onOpenEntry: (id: string) => void }) {
  const goals = useGoals(year);
  const list = goals.data ?? [];
  return (
    <section className="goal-year" aria-label={`Goals for ${year}`}>
      <h2 className="section-heading">{heading}</h2>
      {goals.isError && (
        <p className="field-error" role="alert">
          Couldn’t load goals: {errorMessage(goals.error)}
        </p>
      )}
      {list.length > 0 && (
        <ul className="goal-list">
          {list.map((goal) => (
            <GoalCard key={goal.id} goal={goal} onOpenEntry={onOpenEntry} />
          ))}
        </ul>
      )}
      <NewGoalForm year={year} empty={goals.isSuccess && list.length === 0} />
    </section>
  );
}

function NewGoalForm({ year, empty }: { year: number; empty: boolean }) {
  const actions = useGoalActions();
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="new-goal"
      aria-label={`New goal for ${year}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!title.trim()) {
          setProblem('Write the goal first.');
          return;
        }
        setBusy(true);
        actions
          .create({ year, title })
          .then(
            () => {
              setTitle('');
              setProblem(null);
            },
            (error: unknown) => setProblem(errorMessage(error)),
          )
          .finally(() => setBusy(false));
      }}
    >
      <div className="new-goal-row">
        <input
          className="input"
          aria-label={`New goal for ${year}`}
          placeholder={empty ? `No goals for ${year} yet. Add one, e.g. “Grow into the tech lead role”` : 'Add a goal…'}
          value={title}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => {
            setTitle(event.target.value);
            setProblem(null);
          }}
        />
        <button type="submit" className="button" disabled={busy}>
          <Icon name="plus" size={14} /> Add goal
        </button>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
