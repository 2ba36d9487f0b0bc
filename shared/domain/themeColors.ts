/**
 * Colours offered for themes. Mid-tone so that a chip with white text is readable in light
 * mode and the same chip stays distinct on a dark background.
 */
export const THEME_COLORS = [
  '#2f6fdb', // blue
  '#8b5cf6', // violet
  '#0f9d76', // green
  '#d9822b', // orange
  '#d64571', // pink
  '#0e8fa8', // teal
  '#b45309', // brown
  '#6b7280', // grey
  '#c0392b', // red
  '#5b7c1a', // olive
] as const;

export const COLOR_PATTERN = /^#[0-9a-f]{6}$/;

/** The first palette colour not yet used, cycling when all are taken. */
export function nextThemeColor(used: readonly string[]): string {
  const taken = new Set(used.map((c) => c.toLowerCase()));
  const free = THEME_COLORS.find((c) => !taken.has(c));
  return free ?? THEME_COLORS[used.length % THEME_COLORS.length] ?? THEME_COLORS[0];
}

/** The starter themes a new journal offers; the user may delete them. */
export const STARTER_THEMES = [
  { name: 'transition', description: 'Moving into a new role, team, company or kind of work.' },
  { name: 'leadership', description: 'Leading people and decisions, with or without the title.' },
  { name: 'growth', description: 'Skills and judgement that grew this year.' },
  { name: 'quality', description: 'Fuzzy work with no big launch: code quality, reliability, on-call.' },
] as const;
