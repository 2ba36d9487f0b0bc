import { useMemo, useState } from 'react';
import type { BulletFormatName, EntryListItem } from '../../../shared/domain/model';
import type { ReviewPeriod } from '../../../shared/domain/review/period';
import { SECTIONS, type SectionId } from '../../../shared/domain/sections';
import type { PeriodChoice } from '../../query/keys';
import { useEntryList, useSearch, useThemes } from '../../query/queries';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/errors';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { entryDayLabel } from '../../entries/weeks';
import { useReviewActions } from './useReviewActions';
import { useDebounced } from '../../ui/useDebounced';

const FORMATS: readonly { value: BulletFormatName; label: string }[] = [
  { value: 'xyz', label: 'XYZ' },
  { value: 'short', label: 'Short' },
];

/** Drafts résumé bullets for the whole period, or for entries picked one by one. */
export function NewBulletsDialog({
  choice,
  period,
  onClose,
  onCreated,
}: {
  choice: PeriodChoice;
  period: ReviewPeriod | undefined;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const actions = useReviewActions();
  const [scope, setScope] = useState<'period' | 'picked'>('period');
  const [format, setFormat] = useState<BulletFormatName>('xyz');
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async () => {
    if (scope === 'picked' && picked.size === 0) {
      setProblem('Pick at least one entry.');
      return;
    }
    setBusy(true);
    try {
      const draft = await actions.createDraft(
        scope === 'period' ? { kind: 'bullets', period: choice, format } : { kind: 'bullets', entryIds: [...picked], format },
      );
      onCreated(draft.id);
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <Dialog label="Draft résumé bullets" onClose={onClose} className="review-dialog bullets-dialog">
      <form
        className="review-dialog-body"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <h2 className="dialog-title">Draft résumé bullets</h2>
        <div className="bullets-dialog-row">
          <span className="field-label">From</span>
          <SegmentedControl
            value={scope}
            options={[
              { value: 'period', label: `Everything in ${period?.label ?? 'the period'}` },
              { value: 'picked', label: 'Entries I pick' },
            ]}
            onChange={setScope}
            label="Which entries"
            size="small"
          />
        </div>
        <div className="bullets-dialog-row">
          <span className="field-label">Format</span>
          <SegmentedControl value={format} options={FORMATS} onChange={setFormat} label="Bullet format" size="small" />
          <span className="field-hint">
            {format === 'xyz' ? 'Accomplished X, as measured by Y, by doing Z.' : 'What you did and the number, in one short line.'}
          </span>
        </div>
        {scope === 'picked' && <EntryPicker period={period} picked={picked} onChange={setPicked} />}
        <p className="field-hint">
          Bullets are drafted by rules from your own words: every number comes from an entry, and a missing one is marked, never guessed.
        </p>
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy || (scope === 'picked' && picked.size === 0)}>
            {scope === 'picked' ? `Draft from ${picked.size} ${picked.size === 1 ? 'entry' : 'entries'}` : 'Draft bullets'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Entries with checkboxes, narrowed by theme, section and words. */
function EntryPicker({
  period,
  picked,
  onChange,
}: {
  period: ReviewPeriod | undefined;
  picked: Set<string>;
  onChange: (picked: Set<string>) => void;
}) {
  const themes = useThemes();
  const [themeId, setThemeId] = useState('');
  const [section, setSection] = useState<SectionId | ''>('');
  const [query, setQuery] = useState('');
  const [inPeriod, setInPeriod] = useState(true);
  const filter = useMemo(
    () => ({
      ...(themeId ? { themeId } : {}),
      ...(section ? { section } : {}),
      ...(inPeriod && period ? { from: period.from, to: period.to } : {}),
    }),
    [themeId, section, inPeriod, period],
  );
  const list = useEntryList(filter);
  const search = useSearch(useDebounced(query, 150));
  const listed = list.data?.pages.flatMap((p) => p.items) ?? [];
  const entries: EntryListItem[] = query.trim()
    ? (search.data?.hits.map((h) => h.entry) ?? []).filter(
        (e) =>
          (!themeId || e.themes.some((t) => t.id === themeId)) &&
          (!section || e.section === section) &&
          (!inPeriod || !period || (e.date >= period.from && e.date <= period.to)),
      )
    : listed;
  const toggle = (id: string) => {
    const next = new Set(picked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(next);
  };
  const allShown = entries.length > 0 && entries.every((e) => picked.has(e.id));

  return (
    <div className="entry-picker">
      <div className="entry-picker-filters">
        <input
          className="input select-small"
          type="search"
          aria-label="Search entries"
          placeholder="Search…"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <select
          className="input select select-small"
          aria-label="Filter by theme"
          value={themeId}
          onChange={(event) => setThemeId(event.target.value)}
        >
          <option value="">All themes</option>
          {themes.data?.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <select
          className="input select select-small"
          aria-label="Filter by section"
          value={section}
          onChange={(event) => setSection(event.target.value as SectionId | '')}
        >
          <option value="">All sections</option>
          {SECTIONS.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
        <label className="entry-picker-period">
          <input type="checkbox" checked={inPeriod} onChange={(event) => setInPeriod(event.target.checked)} /> Only{' '}
          {period?.label ?? 'the period'}
        </label>
      </div>
      <div className="entry-picker-head">
        <label>
          <input
            type="checkbox"
            checked={allShown}
            aria-label="Pick every entry shown"
            onChange={() => {
              const next = new Set(picked);
              for (const e of entries) {
                if (allShown) next.delete(e.id);
                else next.add(e.id);
              }
              onChange(next);
            }}
          />{' '}
          {entries.length} shown · {picked.size} picked
        </label>
      </div>
      <ul className="entry-picker-list" aria-label="Entries to draft from">
        {entries.map((entry) => (
          <li key={entry.id}>
            <label className="entry-picker-item">
              <input type="checkbox" checked={picked.has(entry.id)} onChange={() => toggle(entry.id)} />
              <span className="entry-picker-title">{entry.title}</span>
              <span className="entry-picker-date">
                {entryDayLabel(entry.date)} {entry.date.slice(0, 4)}
              </span>
            </label>
          </li>
        ))}
        {entries.length === 0 && (
          <li className="card-empty">{query.trim() ? `No entries match “${query.trim()}”.` : 'No entries with these filters.'}</li>
        )}
      </ul>
    </div>
  );
}
