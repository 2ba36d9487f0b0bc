import type { Day } from './day';
import type { SectionId } from './sections';

/** A link attached to an entry: a pull request, a doc, a dashboard. */
export interface Link {
  url: string;
  title: string;
}

/** What an entry shows of a theme. */
export interface ThemeRef {
  id: string;
  name: string;
  color: string;
}

/** A theme: a focus area such as `transition` or `leadership` that groups entries. */
export interface Theme extends ThemeRef {
  /** Why this theme matters (Markdown). */
  description: string;
  /** Entries outside the trash that carry it. */
  entryCount: number;
  createdAt: string;
  updatedAt: string;
}

/** One dated accomplishment, learning or piece of recognition. */
export interface Entry {
  id: string;
  date: Day;
  title: string;
  /** What was done, as Markdown. */
  body: string;
  section: SectionId;
  /** What happened because of it, as Markdown. */
  impact: string;
  themes: ThemeRef[];
  starred: boolean;
  links: Link[];
  createdAt: string;
  updatedAt: string;
  /** When it was moved to the trash; null while it is in the journal. */
  deletedAt: string | null;
}

/** An entry as lists show it: the body cut to a plain-text excerpt so pages stay small. */
export interface EntryListItem extends Omit<Entry, 'body' | 'impact'> {
  excerpt: string;
  impactExcerpt: string;
}

export interface EntryPage {
  items: EntryListItem[];
  /** Pass back as `cursor` for the next (older) page; null at the end. */
  nextCursor: string | null;
}

/** A run of text that either matched the query or did not. Rendered as text, never as HTML. */
export interface TextSegment {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  entry: EntryListItem;
  title: TextSegment[];
  snippet: TextSegment[];
}

export interface SearchResult {
  /** The query as the database received it, for display and debugging. */
  expression: string;
  hits: SearchHit[];
}

export interface SystemInfo {
  databasePath: string;
  schemaVersion: number;
  entryCount: number;
  trashedCount: number;
}
