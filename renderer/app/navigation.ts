import type { Day } from '../../shared/domain/day';
import type { SectionId } from '../../shared/domain/sections';

/** Which entries the journal shows. Highlights is the journal filtered to starred entries. */
export interface JournalFilter {
  themeId?: string;
  section?: SectionId;
  starred?: boolean;
}

export type ReflectionScope = { period: 'quarter' | 'year'; start: Day };

/** The parts of review season: counts and charts, what to fix, and the writing. */
export type ReviewTab = 'dashboard' | 'check' | 'writing';

/** Every place in the window. Absent optional fields mean "the current one" (this week, this year). */
export type View =
  | { kind: 'journal'; filter: JournalFilter }
  | { kind: 'week'; date?: Day }
  | { kind: 'reflections'; scope?: ReflectionScope }
  | { kind: 'goals'; year?: number }
  | { kind: 'people'; personId?: string }
  | { kind: 'calendar'; year?: number; day?: Day }
  | { kind: 'themes' }
  | { kind: 'review'; tab?: ReviewTab; draftId?: string }
  | { kind: 'trash' }
  | { kind: 'transfer' }
  | { kind: 'settings' };

/**
 * The entry in the editor. `key` stays the same for the editor's life, so a new entry that gets
 * its id on first save keeps its editor (and cursor); `id` is null until then.
 */
export interface OpenEntry {
  key: string;
  id: string | null;
  /** Put the cursor in the title (new entries, Enter on the list). */
  focusTitle?: boolean;
  /** What a new entry starts with, e.g. the empty section or silent month the review check found. */
  preset?: { date?: Day; section?: SectionId };
}

let draftCounter = 0;
export function newDraft(preset?: OpenEntry['preset']): OpenEntry {
  draftCounter += 1;
  return { key: `draft-${draftCounter}-${Date.now()}`, id: null, focusTitle: true, ...(preset ? { preset } : {}) };
}

export function existing(id: string, focusTitle = false): OpenEntry {
  return { key: id, id, focusTitle };
}

export function sameFilter(a: JournalFilter, b: JournalFilter): boolean {
  return a.themeId === b.themeId && a.section === b.section && Boolean(a.starred) === Boolean(b.starred);
}

/** The places with a Mod+digit shortcut, in sidebar order. */
export const NUMBERED_PLACES: readonly { label: string; view: View }[] = [
  { label: 'This week', view: { kind: 'week' } },
  { label: 'Journal', view: { kind: 'journal', filter: {} } },
  { label: 'Highlights', view: { kind: 'journal', filter: { starred: true } } },
  { label: 'Calendar', view: { kind: 'calendar' } },
  { label: 'Goals', view: { kind: 'goals' } },
  { label: 'People', view: { kind: 'people' } },
  { label: 'Themes', view: { kind: 'themes' } },
  { label: 'Review', view: { kind: 'review' } },
];

/** Export & import, a place without a number (it is rarely visited, and E says what it is). */
export const TRANSFER_SHORTCUT = 'Mod+Shift+E';

/** "Mod+3" for the third numbered place. */
export function placeShortcut(label: string): string | undefined {
  const index = NUMBERED_PLACES.findIndex((p) => p.label === label);
  return index < 0 ? undefined : `Mod+${index + 1}`;
}
