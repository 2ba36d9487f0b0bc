import type { TextSegment } from '../../shared/domain/model';

/** Output shared by several commands, so a theme or a hit looks the same everywhere. */
export function themeList(themes: { name: string }[]): string {
  return themes.length ? `  #${themes.map((t) => t.name).join(' #')}` : '';
}

/** Search hits in bold on a terminal, plain when piped. */
export function render(segments: TextSegment[], tty: boolean): string {
  return segments.map((s) => (s.hit && tty ? `\u001b[1m${s.text}\u001b[22m` : s.text)).join('');
}

export function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

export function printJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
