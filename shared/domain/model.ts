import type { Day, WeekStart } from './day';
import type { DatePrecision } from './entryDate';
import type { ReminderSettings } from './reminders';
import type { SectionId } from './sections';
import type { Streak } from './streak';

/** What an entry records: something done, something learned, or praise received. */
export const ENTRY_KINDS = ['accomplishment', 'learning', 'kudos'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const KIND_LABELS: Record<EntryKind, string> = {
  accomplishment: 'Accomplishment',
  learning: 'Learning',
  kudos: 'Kudos received',
};

/** Someone an entry involves: a collaborator, a mentee, whoever gave the kudos. */
export interface PersonRef {
  id: string;
  name: string;
}

export interface Person extends PersonRef {
  /** Who they are to the author ("my manager"), as an import read it; missing when nothing is known. */
  note?: string;
  entryCount: number;
  kudosCount: number;
  firstDate: Day | null;
  lastDate: Day | null;
}

export const GOAL_STATUSES = ['open', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export interface GoalRef {
  id: string;
  title: string;
  /** The year the goal is for. "Goals for next year" written in 2026 have year 2027. */
  year: number;
}

export interface Goal extends GoalRef {
  description: string;
  status: GoalStatus;
  /** Entries outside the trash linked to it as evidence. */
  entryCount: number;
  sample: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface GoalWithEvidence extends Goal {
  evidence: EntryListItem[];
}

/** "3 months ago you shipped X: what actually happened?" */
export interface FollowUp {
  id: string;
  entryId: string;
  due: Day;
  question: string;
  createdAt: string;
  answeredAt: string | null;
  answer: string | null;
  dismissedAt: string | null;
}

export interface DueFollowUp extends FollowUp {
  entry: EntryListItem;
}

export const REFLECTION_PERIODS = ['week', 'quarter', 'year'] as const;
export type ReflectionPeriod = (typeof REFLECTION_PERIODS)[number];

/** Free text about a period; a year's reflection is the seed of a blog post. */
export interface Reflection {
  id: string;
  period: ReflectionPeriod;
  start: Day;
  /** Last day of the period. */
  end: Day;
  body: string;
  createdAt: string;
  updatedAt: string;
}

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
  /** The first day of when it happened (see datePrecision); sorting and filtering use it. */
  date: Day;
  /** How precisely the author said when: a day unless told otherwise (see shared/domain/entryDate). */
  datePrecision?: DatePrecision;
  /** The last day of a range ("May–July 2023"); null when the date names one period. */
  dateEnd?: Day | null;
  title: string;
  /** What was done, as Markdown. */
  body: string;
  section: SectionId;
  /** What happened because of it, as Markdown. */
  impact: string;
  themes: ThemeRef[];
  kind: EntryKind;
  people: PersonRef[];
  goals: GoalRef[];
  /** The follow-up still waiting for an answer, if any. */
  followUp: FollowUp | null;
  starred: boolean;
  links: Link[];
  /** One of the examples from the welcome tour. */
  sample: boolean;
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
  /**
   * Set when the query matched so much of the journal that only this many of the newest
   * matches were ranked (a one- or two-letter prefix); the list says so. Null otherwise.
   */
  limitedTo: number | null;
}

export interface SystemInfo {
  databasePath: string;
  schemaVersion: number;
  entryCount: number;
  trashedCount: number;
}

export interface Settings {
  /** 0 = Sunday … 6 = Saturday; Monday by default. */
  weekStartsOn: WeekStart;
  reminder: ReminderSettings;
  quickCapture: {
    /** The global shortcut works even when Chronicle is in the background. Off by default. */
    enabled: boolean;
    /** An Electron accelerator such as CommandOrControl+Shift+J. */
    accelerator: string;
  };
  /** The welcome tour was seen (or skipped). */
  welcomeDone: boolean;
  /** Where suggestions come from: repository folders and the user's commit emails. */
  git: GitSettings;
  /** Where automatic backups go; null means the app's data folder. */
  backup: BackupSettings;
}

export interface GitSettings {
  repositories: string[];
  authors: string[];
}

export interface BackupSettings {
  folder: string | null;
}

/** One week as the weekly habit sees it. */
export interface WeekView {
  start: Day;
  end: Day;
  entries: EntryListItem[];
  reflection: Reflection | null;
  dueFollowUps: DueFollowUp[];
  streak: Streak;
}

export interface CalendarDay {
  date: Day;
  count: number;
}

export interface CalendarYear {
  year: number;
  days: CalendarDay[];
  total: number;
  activeDays: number;
}

export interface MonthCount {
  /** yyyy-MM */
  month: string;
  count: number;
}

export type ReminderCheck = { kind: 'off' } | { kind: 'due'; weekStart: Day; missed: boolean } | { kind: 'wait'; until: string };

export const DRAFT_KINDS = ['summary', 'packet', 'bullets'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];
export const PACKET_READERS = ['manager', 'peer'] as const;
export type PacketReader = (typeof PACKET_READERS)[number];
export const BULLET_FORMATS = ['xyz', 'short'] as const;
export type BulletFormatName = (typeof BULLET_FORMATS)[number];

/** A résumé bullet the user keeps: drafted from entries, then accepted, edited, reordered. */
export interface KeptBullet {
  id: string;
  text: string;
  /** The entries it came from. */
  sourceIds: string[];
  accepted: boolean;
  needsMeasure: boolean;
  warnings: { code: string; message: string }[];
  /** As drafted: 1 = strongest (BULLET_RANK_RULE). Absent in sets kept before ranking existed. */
  rank?: number;
  /** As drafted: one of the best 8–12 shown first. Absent counts as in the set. */
  inDefaultSet?: boolean;
  /** As drafted: why it ranks where it does ("measured result, starred"). */
  rankReasons?: string[];
}

export interface DraftVersionInfo {
  number: number;
  /** Written by Chronicle, or edited by the user. */
  origin: 'generated' | 'edited';
  createdAt: string;
  updatedAt: string;
}

export interface DraftPeriod {
  from: Day;
  to: Day;
  label: string;
}

/** Generated writing the user edits and keeps; every version is kept. */
export interface Draft {
  id: string;
  kind: DraftKind;
  reader: PacketReader | null;
  title: string;
  period: DraftPeriod;
  format: BulletFormatName | null;
  /** The version shown: the latest unless another was asked for. */
  version: DraftVersionInfo & { markdown: string; bullets: KeptBullet[] | null };
  versions: DraftVersionInfo[];
  createdAt: string;
  updatedAt: string;
}

export interface DraftListItem {
  id: string;
  kind: DraftKind;
  reader: PacketReader | null;
  title: string;
  period: DraftPeriod;
  versionCount: number;
  updatedAt: string;
}

/** A day the user had a review, for "since my last review". */
export interface ReviewDate {
  id: string;
  date: Day;
  note: string;
}

/** A rendered export, ready to save or download. */
export interface ExportedFile {
  fileName: string;
  mimeType: 'text/markdown' | 'application/json';
  content: string;
}

/** An export the backend wrote to disk: where, under what name, and how big. */
export interface SavedExport {
  /** The file written (or, for a folder export, the folder written into). */
  path: string;
  fileName: string;
  bytes: number;
  /** Files written: 1, or every file of a folder export. */
  files: number;
}

export interface ArchivedFile {
  /** Relative, with forward slashes. */
  path: string;
  content: string;
}

export type ImportFileFormat =
  | 'chronicle-json'
  | 'chronicle-markdown'
  | 'chronicle-folder'
  | 'brag-markdown'
  | 'jrnl'
  | 'day-one'
  /** A folder or .zip of Markdown notes (Obsidian, Jekyll, Hugo, Joplin): one entry per note. */
  | 'note-folder';

/** What an import guessed about one item, each a question the user can answer before importing. */
export type ImportGuessKind = 'date' | 'year' | 'dayMonth' | 'person' | 'kind' | 'theme' | 'impact' | 'goal' | 'note';

/**
 * One guess as a question: what Chronicle assumed, the words it read it from, and the answers it
 * accepts. `answerType` says which control answers it: one of `choices`, a day, or a year.
 */
export interface ImportGuess {
  /** Names the question within the file ("3:person:Sam"); answers are keyed by it. */
  id: string;
  kind: ImportGuessKind;
  /** The question in words: "Is “Sam” a person?" */
  question: string;
  /** The words the guess was read from, as the file wrote them. */
  from: string;
  answerType: 'choice' | 'day' | 'year';
  /** For 'choice': every accepted answer and its label; empty otherwise. */
  choices: { value: string; label: string }[];
  /** What Chronicle took when nobody answers; '' for a day the file never gave. */
  assumed: string;
  /** The answer in force: the user's when they gave one, else `assumed`. */
  answer: string;
  answered: boolean;
  /** The entry's warning this question answers, so it is shown once, as the question. */
  warning?: string;
}

export interface ImportPreviewEntry {
  date: Day | null;
  datePrecision?: DatePrecision;
  dateEnd?: Day | null;
  /** The date in the author's terms, as understood ("Q2 2019"); null while undated. */
  dateText?: string | null;
  /** What the entry says happened because of it (Markdown), shown so the user can check it. */
  impact?: string;
  /** What the file says each person is ("my manager"), by name. */
  roles?: Record<string, string>;
  /** Titles of the goals the entry will be linked to. */
  goals?: string[];
  title: string;
  section: SectionId;
  kind: EntryKind;
  themes: string[];
  people: string[];
  starred: boolean;
  warnings: string[];
  /** Every place Chronicle guessed about this item, as questions answerable before importing. */
  guesses?: ImportGuess[];
  /** An entry already in the journal with the same day and title. */
  duplicateOf: { id: string; title: string; date: Day } | null;
}

export interface ArchiveCounts {
  added: number;
  updated: number;
  unchanged: number;
  keptNewer: number;
}

/** What an import would do, before anything is written. */
export interface ImportPreview {
  format: ImportFileFormat;
  fileName: string;
  warnings: string[];
  /** For hand-written documents and other journals. */
  entries: ImportPreviewEntry[];
  goals: { year: number; title: string; status: GoalStatus; exists: boolean }[];
  /** For Chronicle archives: what happens to each kind of thing. */
  archive: { restored: boolean; counts: Record<string, ArchiveCounts> } | null;
  /** Entries without a date in the file and no default day given. */
  undated: number;
  /** Text around the entries (an introduction, a name and role line, format notes): kept, never an entry. */
  notes?: string[];
  duplicates: number;
  /** How many questions the entries and notes ask (answered or not). */
  questions?: number;
  /** Each note asks whether it should be an entry instead (`from` is the note's text). */
  noteQuestions?: ImportGuess[];
}

export interface ImportOutcome {
  format: ImportFileFormat;
  created: number;
  skippedDuplicates: number;
  goalsCreated: number;
  archive: { restored: boolean; counts: Record<string, ArchiveCounts> } | null;
}

/** One backup file in the backup folder, and what it holds. */
export interface BackupInfo {
  name: string;
  path: string;
  /** When it was made (ISO instant). */
  at: string;
  /** The local day it was made on. */
  day: string;
  /** Bytes. */
  size: number;
  /** Entries in it (not counting the trash); null when it cannot be read. */
  entryCount: number | null;
  /** Why it cannot be restored, in a sentence; null when it can. */
  problem: string | null;
}

export interface BackupStatus {
  folder: string;
  /** The folder is the app's data folder (no folder was picked). */
  isDefaultFolder: boolean;
  /** A backup is being written now. */
  running: boolean;
  /** The last backup that failed, until one succeeds. Shown, never hidden. */
  lastError: { at: string; message: string } | null;
  /** Newest first. */
  backups: BackupInfo[];
}
