import { sourceNotes } from '../../../shared/domain/review/summary';

/** One footnote of a draft: `[^3]` and the entry it points at, with the line's own words. */
export interface DraftSource {
  label: string;
  entryId: string;
  /** "4 Mar 2026, Cut CI time for the ranking repo" */
  text: string;
}

const DEFINITION_TEXT = /^\[\^([^\]\s]+)\]:\s*(.*?)\s*\(entry: (?:[^()\s\\]|\\.)+\)\s*$/gm;

/**
 * The sources a draft cites, read from its footnote definitions (the Markdown itself stays as
 * written). The ids come from sourceNotes(), which also undoes escapes an editor may add.
 */
export function draftSources(markdown: string): DraftSource[] {
  const texts = new Map([...markdown.matchAll(DEFINITION_TEXT)].map((m) => [m[1] ?? '', unescape(m[2] ?? '')]));
  return sourceNotes(markdown).map((note) => ({ ...note, text: texts.get(note.label) ?? `Entry ${note.label}` }));
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}
