import { KIND_LABELS, type ImportPreview, type ImportPreviewEntry } from '../../../shared/domain/model';
import { formatDay } from '../../../shared/domain/review/period';
import { sectionInfo } from '../../../shared/domain/sections';
import { Icon } from '../../ui/Icon';
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
}: {
  preview: ImportPreview;
  /** Rows whose date is not in the file (they take the default day once chosen). */
  undatedRows: number[];
  defaultDate: string;
  onDefaultDate: (day: string) => void;
  includeDuplicates: boolean;
  onIncludeDuplicates: (include: boolean) => void;
}) {
  const undated = new Set(undatedRows);
  const newGoals = preview.goals.filter((g) => !g.exists).length;
  const shown = preview.entries.slice(0, SHOWN_ROWS);

  return (
    <div className="import-entries">
      <p className="import-summary" data-testid="import-summary">
        {plural(preview.entries.length, 'entry', 'entries')}
        {preview.goals.length > 0 && ` · ${plural(newGoals, 'goal')} to create`}
        {preview.duplicates > 0 && ` · ${preview.duplicates.toLocaleString()} already in your journal`}
      </p>

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
          <PreviewRow key={i} entry={entry} undated={undated.has(i)} included={includeDuplicates || !entry.duplicateOf} />
        ))}
      </ul>
      {preview.entries.length > SHOWN_ROWS && (
        <p className="import-more">and {plural(preview.entries.length - SHOWN_ROWS, 'more entry', 'more entries')}</p>
      )}

      {(preview.notes ?? []).length > 0 && (
        <section className="import-notes" aria-label="Notes">
          <h3 className="import-subheading">Notes (not entries)</h3>
          <p className="import-row-note">Kept as this year’s reflection, so nothing around the entries is lost.</p>
          <ul>
            {(preview.notes ?? []).map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
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

function PreviewRow({ entry, undated, included }: { entry: ImportPreviewEntry; undated: boolean; included: boolean }) {
  return (
    <li className={`import-item ${included ? '' : 'is-skipped'}`} aria-label={`${entry.title}${included ? '' : ' (skipped)'}`}>
      <span className={`import-check ${included ? 'is-on' : ''}`} aria-hidden="true">
        {included && <Icon name="check" size={12} />}
      </span>
      <span className={`import-item-date ${entry.date ? '' : 'is-missing'}`}>
        {entry.date ? (undated ? formatDay(entry.date) : (entry.dateText ?? formatDay(entry.date))) : 'No date'}
        {undated && entry.date && <span className="import-row-note">default</span>}
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
        {entry.warnings.map((w) => (
          <span key={w} className="import-item-warning">
            <Icon name="alert" size={12} /> {w}
          </span>
        ))}
      </span>
    </li>
  );
}
