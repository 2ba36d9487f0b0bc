import { KIND_LABELS, type ImportGuess, type ImportPreview, type ImportPreviewEntry } from '../../../shared/domain/model';
import { formatDay } from '../../../shared/domain/review/period';
import { sectionInfo } from '../../../shared/domain/sections';
import { Icon } from '../../ui/Icon';
import { ImportQuestion } from './ImportQuestion';
import { plural } from './transferWords';

/** Enough rows to check the file was read right; thousands would only slow the dialog. */
const SHOWN_ROWS = 200;

const STATUS_LABELS = { open: 'open', achieved: 'achieved', dropped: 'dropped' } as const;

/** A hand-written brag document or another journal: entry by entry, then the goals it names. */
export function EntriesPreview({
  preview,
  undatedRows,
  defaultDate,
  onDefaultDate,
  includeDuplicates,
  onIncludeDuplicates,
  onAnswer,
}: {
  preview: ImportPreview;
  /** Rows whose date is not in the file (they take the default day once chosen). */
  undatedRows: number[];
  defaultDate: string;
  onDefaultDate: (day: string) => void;
  includeDuplicates: boolean;
  onIncludeDuplicates: (include: boolean) => void;
  /** Answers to questions, by question id: one answer, or the same answer to several. */
  onAnswer: (answers: Record<string, string>) => void;
}) {
  const undated = new Set(undatedRows);
  const shared = sharedQuestions(preview.entries);
  const newGoals = preview.goals.filter((g) => !g.exists).length;
  const shown = preview.entries.slice(0, SHOWN_ROWS);

  return (
    <div className="import-entries">
      <p className="import-summary" data-testid="import-summary">
        {plural(preview.entries.length, 'entry', 'entries')}
        {preview.goals.length > 0 && ` · ${plural(newGoals, 'goal')} to create`}
        {preview.duplicates > 0 && ` · ${preview.duplicates.toLocaleString()} already in your journal`}
        {(preview.questions ?? 0) > 0 && ` · ${plural(preview.questions ?? 0, 'question')} you can answer`}
      </p>

      {shared.length > 0 && (
        <section className="import-shared-questions" aria-label="Questions about several items">
          <h3 className="import-subheading">Asked of several items</h3>
          {shared.map((group) => (
            <ImportQuestion
              key={group.key}
              guess={group.guess}
              note={`${group.ids.length} items${group.mixed ? ', answered differently' : ''}`}
              onAnswer={(answer) => onAnswer(Object.fromEntries(group.ids.map((id) => [id, answer])))}
            />
          ))}
        </section>
      )}

      {undatedRows.length > 0 && (
        <div className="import-default-date">
          <label>
            <Icon name="calendar" size={14} />
            <span>
              {plural(undatedRows.length, 'item')} {undatedRows.length === 1 ? 'has' : 'have'} no date: use
            </span>
            <input
              className="input input-date select-small"
              type="date"
              min="1900-01-01"
              max="9999-12-31"
              value={defaultDate}
              aria-label="Day for the items without a date"
              onChange={(event) => onDefaultDate(event.target.value)}
            />
          </label>
          <span className="import-default-note">The file does not say when; every entry needs a day.</span>
        </div>
      )}

      {preview.duplicates > 0 && (
        <label className="export-check import-duplicates">
          <input type="checkbox" checked={includeDuplicates} onChange={(event) => onIncludeDuplicates(event.target.checked)} />
          <span>Include duplicates: import again the {plural(preview.duplicates, 'entry', 'entries')} already in your journal</span>
        </label>
      )}

      <ul className="import-items" aria-label="Entries to import">
        {shown.map((entry, i) => (
          <PreviewRow
            key={i}
            entry={entry}
            undated={undated.has(i)}
            included={includeDuplicates || !entry.duplicateOf}
            onAnswer={(id, answer) => onAnswer({ [id]: answer })}
          />
        ))}
      </ul>
      {preview.entries.length > SHOWN_ROWS && (
        <p className="import-more">and {plural(preview.entries.length - SHOWN_ROWS, 'more entry', 'more entries')}</p>
      )}

      {preview.noteQuestions ? (
        <section className="import-notes" aria-label="Notes">
          <h3 className="import-subheading">Notes (not entries)</h3>
          <p className="import-row-note">Kept as this year’s reflection, so nothing around the entries is lost.</p>
          <ul>
            {preview.noteQuestions.map((question) => (
              <li key={question.id} className={question.answer === 'entry' ? 'is-entry' : ''}>
                <span className="import-note-text">{question.from}</span>
                <ImportQuestion guess={question} onAnswer={(answer) => onAnswer({ [question.id]: answer })} />
              </li>
            ))}
          </ul>
        </section>
      ) : (
        (preview.notes ?? []).length > 0 && (
          <section className="import-notes" aria-label="Notes">
            <h3 className="import-subheading">Notes (not entries)</h3>
            <p className="import-row-note">Kept as this year’s reflection, so nothing around the entries is lost.</p>
            <ul>
              {(preview.notes ?? []).map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </section>
        )
      )}

      {preview.goals.length > 0 && (
        <section className="import-goals" aria-label="Goals">
          <h3 className="import-subheading">Goals</h3>
          <ul>
            {preview.goals.map((goal) => (
              <li key={`${goal.year}-${goal.title}`} className={goal.exists ? 'is-skipped' : ''}>
                <span className="import-goal-year">{goal.year}</span> {goal.title}
                <span className="import-row-note">{goal.exists ? 'already in your goals' : STATUS_LABELS[goal.status]}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

interface SharedQuestion {
  key: string;
  guess: ImportGuess;
  ids: string[];
  /** The items do not all have the same answer now. */
  mixed: boolean;
}

/**
 * The same question asked of several items ("Year 2019 from the title “2019” — right?", "Is “Sam”
 * a person?"), so one answer can settle them all; each item still asks its own.
 */
function sharedQuestions(entries: readonly ImportPreviewEntry[]): SharedQuestion[] {
  const groups = new Map<string, SharedQuestion>();
  for (const entry of entries)
    for (const guess of entry.guesses ?? []) {
      if (guess.kind === 'date' || guess.kind === 'goal') continue;
      const key = `${guess.kind}\u0000${guess.question}\u0000${guess.choices.map((c) => c.value).join('\u0001')}`;
      const group = groups.get(key);
      if (group) {
        group.ids.push(guess.id);
        if (guess.answer !== group.guess.answer) group.mixed = true;
      } else groups.set(key, { key, guess: { ...guess, answered: false }, ids: [guess.id], mixed: false });
    }
  // Answered differently item by item, the shared question shows what Chronicle assumed.
  return [...groups.values()]
    .filter((g) => g.ids.length > 1)
    .map((g) => (g.mixed ? { ...g, guess: { ...g.guess, answer: g.guess.assumed } } : g));
}

function PreviewRow({
  entry,
  undated,
  included,
  onAnswer,
}: {
  entry: ImportPreviewEntry;
  undated: boolean;
  included: boolean;
  onAnswer: (id: string, answer: string) => void;
}) {
  const guesses = entry.guesses ?? [];
  // A warning a question answers is shown once, as the question.
  const answeredByQuestion = new Set(guesses.flatMap((g) => (g.warning ? [g.warning] : [])));
  // An undated item given its own day no longer takes the default one.
  const byDefault = undated && !guesses.some((g) => g.kind === 'date' && g.answered);
  return (
    <li className={`import-item ${included ? '' : 'is-skipped'}`} aria-label={`${entry.title}${included ? '' : ' (skipped)'}`}>
      <span className={`import-check ${included ? 'is-on' : ''}`} aria-hidden="true">
        {included && <Icon name="check" size={12} />}
      </span>
      <span className={`import-item-date ${entry.date ? '' : 'is-missing'}`}>
        {entry.date ? (undated ? formatDay(entry.date) : (entry.dateText ?? formatDay(entry.date))) : 'No date'}
        {byDefault && entry.date && <span className="import-row-note">default</span>}
      </span>
      <span className="import-item-main">
        <span className="import-item-title">
          {entry.starred && <Icon name="star" size={12} filled />} {entry.title}
        </span>
        <span className="import-item-meta">
          <span className="import-section">{sectionInfo(entry.section).label}</span>
          {entry.kind !== 'accomplishment' && <span className={`kind-badge kind-${entry.kind}`}>{KIND_LABELS[entry.kind]}</span>}
          {entry.people.map((p) => (
            <span key={p} className="import-person" title={entry.roles?.[p]}>
              <Icon name="people" size={11} /> {p}
              {entry.roles?.[p] && <span className="import-role"> ({entry.roles[p]})</span>}
            </span>
          ))}
          {entry.themes.map((t) => (
            <span key={t} className="import-theme">
              #{t}
            </span>
          ))}
        </span>
        {entry.impact && (
          <span className="import-item-impact">
            <span className="import-impact-label">Impact:</span> {entry.impact}
          </span>
        )}
        {entry.goals?.map((g) => (
          <span key={g} className="import-item-goal">
            Serves the goal “{g}”
          </span>
        ))}
        {entry.duplicateOf && (
          <span className="import-duplicate">Already in your journal{included ? ': imported again' : ': skipped'}</span>
        )}
        {entry.warnings
          .filter((w) => !answeredByQuestion.has(w))
          .map((w) => (
            <span key={w} className="import-item-warning">
              <Icon name="alert" size={12} /> {w}
            </span>
          ))}
        {guesses.length > 0 && (
          <span className="import-questions" role="group" aria-label={`Questions about “${entry.title}”`}>
            {guesses.map((g) => (
              <ImportQuestion key={g.id} guess={g} onAnswer={(answer) => onAnswer(g.id, answer)} />
            ))}
          </span>
        )}
      </span>
    </li>
  );
}
