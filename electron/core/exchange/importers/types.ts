import type { Day } from '../../../../shared/domain/day';
import type { DatePrecision } from '../../../../shared/domain/entryDate';
import type { EntryKind, GoalStatus, ImportGuess } from '../../../../shared/domain/model';
import type { SectionId } from '../../../../shared/domain/sections';

import type { ImportFormat } from './detectFormat';

export { detectFormat, IMPORT_FORMATS, type ImportFormat } from './detectFormat';

/**
 * One entry as read from someone else's file, before it is stored.
 * Names rather than ids for themes and people: the database side finds or creates them.
 */
export interface ImportedEntry {
  /** null = the file did not say when; the user picks a default before saving. */
  date: Day | null;
  /** How precisely the file said when; a day when missing. `date` is the period's first day. */
  datePrecision?: DatePrecision;
  /** The last day of a range the file named ("May–July"), else null or missing. */
  dateEnd?: Day | null;
  title: string;
  /** Markdown. */
  body: string;
  /** Markdown; empty when the file did not say what happened because of it. */
  impact: string;
  section: SectionId;
  kind: EntryKind;
  /** Theme names, without '#' or '@'. */
  themes: string[];
  people: string[];
  /** What the file says a person is ("my manager", "PM"), by name: kept as the person's note. */
  roles?: Record<string, string>;
  starred: boolean;
  /** What the file said about a goal this served ("from January"), when it said so. */
  goalHint?: string;
  /** The goals (of this import or the journal) it served, by year and title. */
  goals?: { year: number; title: string }[];
  /** The 1-based line the entry starts on, where the format has lines worth pointing at. */
  sourceLine?: number;
  /** What the importer guessed, fixed up or could not keep, in words the user can check. */
  warnings: string[];
  /** The guesses a user can answer in the preview, each able to undo or change what it assumed. */
  guesses?: EntryGuess[];
}

/**
 * A guess as the importer makes it: the question the preview shows, and how an answer other than
 * the assumed one changes the entry. Ids are unique within the entry (the preview prefixes the
 * entry's place in the file).
 */
export interface EntryGuess extends Omit<ImportGuess, 'answer' | 'answered'> {
  /** The entry as this (already checked) answer makes it. */
  apply: (entry: ImportedEntry, answer: string) => ImportedEntry;
}

/** A yearly goal read from a brag document's "Goals for this year / next year". */
export interface ImportedGoal {
  year: number;
  title: string;
  status: GoalStatus;
  /** Anything written under the goal (sub-bullets), as Markdown; usually empty. */
  description: string;
}

export interface ImportResult {
  format: ImportFormat;
  entries: ImportedEntry[];
  /** About the file as a whole: skipped parts, headings that were not sections. */
  warnings: string[];
  goals?: ImportedGoal[];
  /** Text around the entries (an introduction, a name and role line, format notes), as Markdown. */
  notes?: string[];
  /** The year the whole document is about, where it says so (title, front matter). */
  year?: number;
}

export interface ImportOptions {
  /**
   * The year "Goals for this year" means when the document never says which year it is about.
   * Passed in so the importers stay pure; defaults to the current year at the entry point.
   */
  thisYear?: number;
}
