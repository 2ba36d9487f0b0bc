import type { ReflectionScope } from '../../app/navigation';
import { dayOf } from '../../../shared/domain/day';
import { periodLabel, periodStart } from '../../../shared/domain/periods';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { YearPicker } from '../../ui/YearPicker';
import { QUARTER_PROMPTS, YEAR_PROMPTS } from './prompts';
import { ReflectionEditor } from './ReflectionEditor';

type Choice = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'year';
const CHOICES: { value: Choice; label: string }[] = [
  { value: 'Q1', label: 'Q1' },
  { value: 'Q2', label: 'Q2' },
  { value: 'Q3', label: 'Q3' },
  { value: 'Q4', label: 'Q4' },
  { value: 'year', label: 'Whole year' },
];

export function currentQuarter(): ReflectionScope {
  return { period: 'quarter', start: periodStart('quarter', dayOf(new Date()), 1) };
}

function choiceOf(scope: ReflectionScope): Choice {
  if (scope.period === 'year') return 'year';
  return `Q${Math.floor((Number(scope.start.slice(5, 7)) - 1) / 3) + 1}` as Choice;
}

function scopeOf(year: number, choice: Choice): ReflectionScope {
  if (choice === 'year') return { period: 'year', start: `${year}-01-01` };
  const month = (Number(choice.slice(1)) - 1) * 3 + 1;
  return { period: 'quarter', start: `${year}-${String(month).padStart(2, '0')}-01` };
}

/** Longer looks back: a quarter, and a year, which is the seed of a blog post. */
export function ReflectionsView({
  scope = currentQuarter(),
  onScope,
}: {
  scope?: ReflectionScope;
  onScope: (scope: ReflectionScope) => void;
}) {
  const year = Number(scope.start.slice(0, 4));
  const choice = choiceOf(scope);
  const isYear = scope.period === 'year';
  return (
    <div className="page">
      <div className="page-inner">
        <header className="page-header page-header-row">
          <div>
            <h1 className="page-title">Reflections</h1>
            <p className="page-lede">
              Step back from the weeks. Which themes showed up, what had the effect you wanted, and what would you do differently?
            </p>
          </div>
          <YearPicker year={year} onChange={(y) => onScope(scopeOf(y, choice))} />
        </header>
        <SegmentedControl<Choice> label="Period" value={choice} options={CHOICES} onChange={(c) => onScope(scopeOf(year, c))} />
        <section className="card reflection-card" aria-labelledby="reflection-heading">
          <header className="card-header">
            <h2 className="card-title" id="reflection-heading">
              {isYear ? `The year ${year}` : periodLabel('quarter', scope.start)}
            </h2>
          </header>
          <ReflectionEditor
            key={`${scope.period}-${scope.start}`}
            period={scope.period}
            start={scope.start}
            label={isYear ? `Reflection on ${year}` : `Reflection on ${periodLabel('quarter', scope.start)}`}
            prompts={isYear ? YEAR_PROMPTS : QUARTER_PROMPTS}
            placeholder={isYear ? 'The major theme of this year was…' : 'This quarter was about…'}
            note={
              isYear
                ? 'A year’s reflection is the seed of a blog post: name the major theme, then tell each theme’s story — why it mattered, what you did, what changed.'
                : undefined
            }
          />
        </section>
      </div>
    </div>
  );
}
