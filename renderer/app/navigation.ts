import type { SectionId } from '../../shared/domain/sections';

/** Which entries the journal shows. Highlights is the journal filtered to starred entries. */
export interface JournalFilter {
  themeId?: string;
  section?: SectionId;
  starred?: boolean;
}

export type View = { kind: 'journal'; filter: JournalFilter } | { kind: 'themes' } | { kind: 'trash' };

/**
 * The entry in the editor. `key` stays the same for the editor's life, so a new entry that gets
 * its id on first save keeps its editor (and cursor); `id` is null until then.
 */
export interface OpenEntry {
  key: string;
  id: string | null;
  /** Put the cursor in the title (new entries, Enter on the list). */
  focusTitle?: boolean;
}

let draftCounter = 0;
export function newDraft(): OpenEntry {
  draftCounter += 1;
  return { key: `draft-${draftCounter}-${Date.now()}`, id: null, focusTitle: true };
}

export function existing(id: string, focusTitle = false): OpenEntry {
  return { key: id, id, focusTitle };
}

export function sameFilter(a: JournalFilter, b: JournalFilter): boolean {
  return a.themeId === b.themeId && a.section === b.section && Boolean(a.starred) === Boolean(b.starred);
}
