/**
 * A few mutually exclusive choices side by side, as a radio group: arrow keys move the choice,
 * Tab leaves the group.
 */
export function SegmentedControl<T extends string>({
  value,
  options,
  onChange,
  label,
  size = 'normal',
}: {
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  label: string;
  size?: 'normal' | 'small';
}) {
  const index = options.findIndex((o) => o.value === value);
  return (
    <div
      className={`segmented ${size === 'small' ? 'segmented-small' : ''}`}
      role="radiogroup"
      aria-label={label}
      onKeyDown={(event) => {
        const delta =
          event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
        if (!delta) return;
        event.preventDefault();
        const next = options[(Math.max(index, 0) + delta + options.length) % options.length];
        if (!next) return;
        onChange(next.value);
        const buttons = event.currentTarget.querySelectorAll<HTMLButtonElement>('button');
        buttons[options.indexOf(next)]?.focus();
      }}
    >
      {options.map((option, i) => {
        const checked = option.value === value;
        return (
          <button
            key={option.value}
            type="button"
            role="radio"
            aria-checked={checked}
            tabIndex={checked || (index < 0 && i === 0) ? 0 : -1}
            className={`segment ${checked ? 'is-checked' : ''}`}
            onClick={() => onChange(option.value)}
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
}
