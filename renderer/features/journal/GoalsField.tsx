import type { Goal, GoalRef } from '../../../shared/domain/model';
import { Icon } from '../../ui/Icon';

/** The years whose goals an entry can support: this year and last year, and the entry's own. */
export function goalYearsFor(entryDate: string, today = new Date()): number[] {
  const now = today.getFullYear();
  const own = Number(entryDate.slice(0, 4));
  return [...new Set([now, now - 1, ...(Number.isInteger(own) ? [own] : [])])].sort((a, b) => b - a);
}

/** Which goals this entry is evidence for: chips, and a menu of the goals not linked yet. */
export function GoalsField({
  value,
  goals,
  years,
  onChange,
  onOpenGoals,
}: {
  value: GoalRef[];
  goals: Goal[];
  years: number[];
  onChange: (goals: GoalRef[]) => void;
  onOpenGoals?: () => void;
}) {
  const linked = new Set(value.map((g) => g.id));
  const available = goals.filter((g) => years.includes(g.year) && !linked.has(g.id) && g.status !== 'dropped');
  const byYear = years.map((year) => ({ year, goals: available.filter((g) => g.year === year) })).filter((group) => group.goals.length > 0);

  return (
    <div className="goals-field">
      {value.map((goal) => (
        <span key={goal.id} className="goal-chip" title={`Goal for ${goal.year}`}>
          <Icon name="goal" size={13} />
          <span className="goal-chip-title">{goal.title}</span>
          <span className="goal-chip-year">{goal.year}</span>
          <button
            type="button"
            className="chip-remove"
            aria-label={`Unlink goal ${goal.title}`}
            onClick={() => onChange(value.filter((g) => g.id !== goal.id))}
          >
            <Icon name="close" size={12} />
          </button>
        </span>
      ))}
      {byYear.length > 0 ? (
        <select
          className="input select select-small goals-add"
          aria-label="Link to a goal"
          value=""
          onChange={(event) => {
            const goal = goals.find((g) => g.id === event.target.value);
            if (goal) onChange([...value, { id: goal.id, title: goal.title, year: goal.year }]);
          }}
        >
          <option value="">{value.length ? 'Another goal…' : 'Link to a goal…'}</option>
          {byYear.map((group) => (
            <optgroup key={group.year} label={`Goals for ${group.year}`}>
              {group.goals.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      ) : (
        value.length === 0 && (
          <span className="field-hint">
            No goals for {years.slice(0, 2).join(' or ')} yet.{' '}
            {onOpenGoals && (
              <button type="button" className="link-button" onClick={onOpenGoals}>
                Write your goals
              </button>
            )}
          </span>
        )
      )}
    </div>
  );
}
