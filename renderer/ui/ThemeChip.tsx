import type { ReactNode } from 'react';

/** A theme as a quiet chip: its colour as a dot, its name as text (readable in both modes). */
export function ThemeChip({ name, color, children }: { name: string; color?: string; children?: ReactNode }) {
  return (
    <span className="theme-chip" title={name}>
      <span className="theme-dot" style={{ background: color ?? 'var(--color-text-faint)' }} aria-hidden="true" />
      <span className="theme-chip-name">{name}</span>
      {children}
    </span>
  );
}

export function ThemeDot({ color }: { color: string }) {
  return <span className="theme-dot" style={{ background: color }} aria-hidden="true" />;
}
