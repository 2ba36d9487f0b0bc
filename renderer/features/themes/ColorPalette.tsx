import { THEME_COLORS } from '../../../shared/domain/themeColors';

/** Names for the palette, in the order of THEME_COLORS, so each swatch can be announced. */
const COLOR_NAMES = ['blue', 'violet', 'green', 'orange', 'pink', 'teal', 'brown', 'grey', 'red', 'olive'];

export function colorName(color: string): string {
  const index = THEME_COLORS.findIndex((c) => c === color.toLowerCase());
  return COLOR_NAMES[index] ?? color;
}

/** The theme palette as a row of swatches; arrow keys move between them like radio buttons. */
export function ColorPalette({ value, onChange, label }: { value: string; onChange: (color: string) => void; label: string }) {
  const current = THEME_COLORS.findIndex((c) => c === value.toLowerCase());
  return (
    <div
      className="color-palette"
      role="radiogroup"
      aria-label={label}
      onKeyDown={(event) => {
        const delta =
          event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
        if (!delta) return;
        event.preventDefault();
        const next = THEME_COLORS[(Math.max(current, 0) + delta + THEME_COLORS.length) % THEME_COLORS.length] as string;
        onChange(next);
        const buttons = event.currentTarget.querySelectorAll<HTMLButtonElement>('button');
        buttons[THEME_COLORS.indexOf(next as (typeof THEME_COLORS)[number])]?.focus();
      }}
    >
      {THEME_COLORS.map((color, index) => {
        const checked = index === current;
        return (
          <button
            key={color}
            type="button"
            role="radio"
            aria-checked={checked}
            aria-label={COLOR_NAMES[index]}
            title={COLOR_NAMES[index]}
            tabIndex={checked || (current < 0 && index === 0) ? 0 : -1}
            className={`swatch ${checked ? 'is-checked' : ''}`}
            style={{ background: color }}
            onClick={() => onChange(color)}
          />
        );
      })}
    </div>
  );
}
