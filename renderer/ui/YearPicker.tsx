import { Icon } from './Icon';

/** ‹ 2026 › — steps through years; the label says which year is shown. */
export function YearPicker({ year, onChange, label = 'Year' }: { year: number; onChange: (year: number) => void; label?: string }) {
  return (
    <div className="year-picker" role="group" aria-label={label}>
      <button type="button" className="icon-button" aria-label={`Previous year (${year - 1})`} onClick={() => onChange(year - 1)}>
        <Icon name="chevronLeft" />
      </button>
      <span className="year-picker-value" aria-live="polite">
        {year}
      </span>
      <button type="button" className="icon-button" aria-label={`Next year (${year + 1})`} onClick={() => onChange(year + 1)}>
        <Icon name="chevronRight" />
      </button>
    </div>
  );
}
