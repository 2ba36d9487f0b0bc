import { format } from 'date-fns';
import { useMemo } from 'react';
import { dateOfDay, type Day } from '../../../shared/domain/day';
import { useCalendar, useEntryList, useSettings } from '../../query/queries';
import { usePrefersDark } from '../../ui/Chart';
import { errorMessage } from '../../ui/errors';
import { YearPicker } from '../../ui/YearPicker';
import { EntryRow } from '../../entries/EntryRow';
import { HEAT_STEPS, heatColors, YearHeatmap } from '../../ui/YearHeatmap';

/** The year at a glance: which days have entries, and the quiet stretches between them. */
export function CalendarView({
  year = new Date().getFullYear(),
  day,
  onChange,
  onOpenEntry,
}: {
  year?: number;
  day?: Day;
  onChange: (next: { year: number; day?: Day }) => void;
  onOpenEntry: (id: string) => void;
}) {
  const calendar = useCalendar(year);
  const settings = useSettings();
  const dark = usePrefersDark();
  const colors = heatColors(dark);
  const data = calendar.data;

  return (
    <div className="page">
      <div className="page-inner page-wide">
        <header className="page-header page-header-row">
          <div>
            <h1 className="page-title">Calendar</h1>
            <p className="page-lede">
              {data && data.year === year
                ? data.total === 0
                  ? `No entries in ${year}.`
                  : `${data.total.toLocaleString()} ${data.total === 1 ? 'entry' : 'entries'} on ${data.activeDays.toLocaleString()} ${data.activeDays === 1 ? 'day' : 'days'} in ${year}. Click a day to see what you wrote.`
                : '\u00a0'}
            </p>
          </div>
          <div className="calendar-controls">
            <label className="calendar-day-field">
              <span className="visually-hidden">Show a day</span>
              <input
                className="input input-date select-small"
                type="date"
                aria-label="Show a day"
                min="1900-01-01"
                max="9999-12-31"
                value={day ?? ''}
                onChange={(event) => {
                  const picked = event.target.value;
                  if (picked) onChange({ year: Number(picked.slice(0, 4)), day: picked });
                }}
              />
            </label>
            <YearPicker year={year} onChange={(y) => onChange({ year: y })} />
          </div>
        </header>
        {calendar.isError && (
          <p className="field-error" role="alert">
            Couldn’t load the calendar: {errorMessage(calendar.error)}
          </p>
        )}
        <section className="card heatmap-card">
          {data && (
            <YearHeatmap
              calendar={data}
              selected={day}
              weekStartsOn={settings.data?.weekStartsOn ?? 1}
              onDay={(d) => onChange({ year, day: d })}
            />
          )}
          <div className="heat-legend" aria-hidden="true">
            <span>Less</span>
            {colors.map((color, i) => (
              <span key={color} className="heat-swatch" style={{ background: color }} title={HEAT_STEPS[i]?.label} />
            ))}
            <span>More</span>
          </div>
        </section>
        {day && <DayEntries day={day} onOpenEntry={onOpenEntry} />}
      </div>
    </div>
  );
}

function DayEntries({ day, onOpenEntry }: { day: Day; onOpenEntry: (id: string) => void }) {
  const filter = useMemo(() => ({ from: day, to: day }), [day]);
  const list = useEntryList(filter);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="card day-entries" aria-label={`Entries on ${format(dateOfDay(day), 'd MMMM yyyy')}`}>
      <header className="card-header">
        <h2 className="card-title">{format(dateOfDay(day), 'EEEE d MMMM yyyy')}</h2>
      </header>
      {list.isSuccess && items.length === 0 && <p className="card-empty">No entries on this day.</p>}
      {items.length > 0 && (
        <ul className="entry-rows">
          {items.map((entry) => (
            <EntryRow key={entry.id} entry={entry} onOpen={onOpenEntry} />
          ))}
        </ul>
      )}
    </section>
  );
}
