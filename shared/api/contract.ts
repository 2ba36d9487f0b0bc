import type { z } from 'zod';
import type {
  CalendarYear,
  ArchivedFile,
  Draft,
  DraftListItem,
  ExportedFile,
  SavedExport,
  ImportOutcome,
  ImportPreview,
  ReviewDate,
  DueFollowUp,
  Entry,
  EntryPage,
  FollowUp,
  Goal,
  GoalWithEvidence,
  MonthCount,
  Person,
  Reflection,
  ReminderCheck,
  SearchResult,
  Settings,
  SystemInfo,
  Theme,
  WeekView,
} from '../domain/model';
import type { BackupStatus } from '../domain/model';
import type { SuggestionList } from '../domain/gitSuggestions';
import type { BulletDraft } from '../domain/review/bullets';
import type { ReviewDashboard } from '../domain/review/dashboard';
import type { ReviewPeriod } from '../domain/review/period';
import type { Readiness } from '../domain/review/readiness';
import type { ReviewDraft, ReviewSummary } from '../domain/review/summary';
import type { Streak } from '../domain/streak';
import * as S from './schemas';

/** Declares a method: its input schema now, its output type as a type argument. */
function declare<Kind extends 'query' | 'mutation'>(kind: Kind) {
  return <Output>() =>
    <Input extends z.ZodType>(input: Input) => ({ input, kind, output: undefined as unknown as Output });
}
/** Reads only. */
const query = declare('query');
/** Writes, in one transaction; open windows are told the journal changed. */
const mutation = declare('mutation');

/**
 * Every backend operation, once. Both transports (Electron IPC and the loopback HTTP bridge)
 * carry exactly these methods, and the backend validates every input against these schemas.
 */
export const contract = {
  /** Adds an entry to the journal. */
  'entries.create': mutation<Entry>()(S.EntryCreateInput),
  /** One entry, in the journal or the trash. */
  'entries.get': query<Entry>()(S.IdInput),
  /** Changes the given fields of an entry; absent fields stay as they are. */
  'entries.update': mutation<Entry>()(S.EntryUpdateInput),
  /** Moves an entry to the trash (undo with `entries.restore`). */
  'entries.delete': mutation<Entry>()(S.IdInput),
  /** Brings an entry back from the trash. */
  'entries.restore': mutation<Entry>()(S.IdInput),
  /** Deletes a trashed entry for good. Refused for entries not in the trash. */
  'entries.purge': mutation<{ id: string }>()(S.IdInput),
  /** Entries newest first, filtered and paged with a cursor. */
  'entries.list': query<EntryPage>()(S.EntryListInput),
  /** Full-text search over titles, text, impact and theme names, best match first. */
  'entries.search': query<SearchResult>()(S.SearchInput),

  /** Every theme with its entry count, by name. */
  'themes.list': query<Theme[]>()(S.NoInput),
  /** Creates a theme; its name must be new (ignoring case). */
  'themes.create': mutation<Theme>()(S.ThemeCreateInput),
  /** Renames, recolours or re-describes a theme. */
  'themes.update': mutation<Theme>()(S.ThemeUpdateInput),
  /** Moves every entry of `sourceId` to `targetId`, then removes `sourceId`. */
  'themes.merge': mutation<Theme>()(S.ThemeMergeInput),
  /** Removes a theme from every entry and deletes it. Entries stay. */
  'themes.delete': mutation<{ id: string }>()(S.IdInput),
  /** Accepts a suggested theme in one click: the entries get the theme (created when new). */
  'themes.accept': mutation<Theme>()(S.ThemeAcceptInput),

  /** Everyone named on an entry, with how often and when. */
  'people.list': query<Person[]>()(S.NoInput),
  /** Corrects a person's name everywhere. */
  'people.update': mutation<Person>()(S.PersonUpdateInput),
  /** Folds two spellings of one person together. */
  'people.merge': mutation<Person>()(S.PersonMergeInput),
  /** Removes a person from every entry. Entries stay. */
  'people.delete': mutation<{ id: string }>()(S.IdInput),

  /** Goals, of one year or all, in the order they were written. */
  'goals.list': query<Goal[]>()(S.GoalListInput),
  /** One goal with the entries that are its evidence. */
  'goals.get': query<GoalWithEvidence>()(S.IdInput),
  'goals.create': mutation<Goal>()(S.GoalCreateInput),
  /** Changes a goal's text, year or status (open, achieved, dropped). */
  'goals.update': mutation<Goal>()(S.GoalUpdateInput),
  /** Deletes a goal; the entries it was linked to stay. */
  'goals.delete': mutation<{ id: string }>()(S.IdInput),
  /** Records an entry as evidence for a goal. */
  'goals.link': mutation<Goal>()(S.GoalLinkInput),
  'goals.unlink': mutation<Goal>()(S.GoalLinkInput),

  /** The reflection of a week, quarter or year, or null when none is written. */
  'reflections.get': query<Reflection | null>()(S.ReflectionKey),
  /** Writes a reflection; `start` must be the first day of its period. */
  'reflections.save': mutation<Reflection>()(S.ReflectionSaveInput),
  'reflections.list': query<Reflection[]>()(S.ReflectionListInput),

  /** The week containing `date` (today by default): entries, reflection, due follow-ups, streak. */
  'week.get': query<WeekView>()(S.WeekInput),

  /** Asks to revisit an entry on a later day. Replaces a waiting follow-up. */
  'followUps.set': mutation<FollowUp>()(S.FollowUpSetInput),
  /** Cancels an entry's waiting follow-up. */
  'followUps.clear': mutation<{ entryId: string }>()(S.EntryIdInput),
  /** Follow-ups whose day has come, oldest first. */
  'followUps.due': query<DueFollowUp[]>()(S.NoInput),
  /** Adds the real result to the entry's impact, dated, and closes the follow-up. */
  'followUps.answer': mutation<Entry>()(S.FollowUpAnswerInput),
  'followUps.dismiss': mutation<FollowUp>()(S.IdInput),

  /** Entries per day of a year, for the heatmap. */
  'stats.calendar': query<CalendarYear>()(S.CalendarInput),
  /** Entries per month, optionally of one theme or range. */
  'stats.monthly': query<MonthCount[]>()(S.MonthlyInput),
  /** Weeks in a row with an entry, forgiving one missed week a quarter. */
  'stats.streak': query<Streak>()(S.NoInput),

  'settings.get': query<Settings>()(S.NoInput),
  'settings.update': mutation<Settings>()(S.SettingsUpdateInput),

  /** Whether the weekly reminder should show now, or when to ask again. */
  'reminders.check': query<ReminderCheck>()(S.NoInput),
  /** Records that the reminder was shown, so it is not shown again for that week. */
  'reminders.shown': mutation<ReminderCheck>()(S.NoInput),
  'reminders.snooze': mutation<ReminderCheck>()(S.SnoozeInput),

  /** Adds the welcome tour's example entries, goals and reflection (written by us). */
  'samples.load': mutation<{ entries: number }>()(S.NoInput),
  /** Deletes every example in one step; the user's own writing is untouched. */
  'samples.remove': mutation<{ removed: number }>()(S.NoInput),

  /** Days the user had a review, newest first. */
  'reviews.list': query<ReviewDate[]>()(S.NoInput),
  'reviews.add': mutation<ReviewDate>()(S.ReviewDateInput),
  'reviews.delete': mutation<{ id: string }>()(S.IdInput),

  /** Resolves a period choice (e.g. "since my last review") to days and a name. */
  'review.period': query<ReviewPeriod>()(S.PeriodInput),
  /** Counts for the period's charts: by section, theme, kind and month; highlights. */
  'review.dashboard': query<ReviewDashboard & { period: ReviewPeriod }>()(S.PeriodInput),
  /** What to fix before sharing: entries without impact, empty sections, silent months… and a score. */
  'review.check': query<Readiness & { period: ReviewPeriod }>()(S.PeriodInput),
  /** A fresh (unsaved) summary of the period, shaped like a reflective blog post. */
  'review.summary': query<ReviewSummary & { period: ReviewPeriod }>()(S.PeriodInput),
  /** Saves the summary's theme order (the first is the pinned lead); every summary uses it. */
  'review.orderThemes': mutation<{ order: string[] }>()(S.ThemeOrderInput),
  /** A fresh (unsaved) review packet for a manager or a peer reviewer. */
  'review.packet': query<ReviewDraft & { period: ReviewPeriod }>()(S.PacketInput),
  /** Fresh (unsaved) résumé bullets for a period or picked entries. */
  'review.bullets': query<BulletDraft[]>()(S.BulletsInput),

  /** Saved drafts, most recently changed first. */
  'drafts.list': query<DraftListItem[]>()(S.DraftListInput),
  /** A draft with its latest version, or the version asked for. */
  'drafts.get': query<Draft>()(S.DraftGetInput),
  /** Generates a summary, packet or bullet set and keeps it as version 1. */
  'drafts.create': mutation<Draft>()(S.DraftCreateInput),
  /** Saves the user's edits: into the current edited version, or a new one after a generated one. */
  'drafts.save': mutation<Draft>()(S.DraftSaveInput),
  /** Generates again from the entries as a new version; earlier versions and edits stay. */
  'drafts.regenerate': mutation<Draft>()(S.IdInput),
  /** Makes an earlier version the current one (as a new edited version). */
  'drafts.restore': mutation<Draft>()(S.DraftRestoreInput),
  'drafts.delete': mutation<{ id: string }>()(S.IdInput),

  /** Renders an export: a brag document, a blog post, a packet, bullets, one entry, an archive… */
  'export.file': query<ExportedFile>()(S.ExportInput),
  /** The whole journal as a folder of Markdown files (one per entry) that imports back exactly. */
  'export.folder': query<{ files: ArchivedFile[] }>()(S.NoInput),
  /** Writes an export (or the archive folder) to a path on disk as it reads: returns where and how big, never the text. */
  'export.save': query<SavedExport>()(S.ExportSaveInput),
  /** Reads a file and says what importing it would do. Writes nothing. */
  'import.preview': query<ImportPreview>()(S.ImportInput),
  /** Imports a file, all or nothing. A Chronicle archive imported twice changes nothing. */
  'import.commit': mutation<ImportOutcome>()(S.ImportInput),

  /** Where the journal lives and how big it is. */
  'system.info': query<SystemInfo>()(S.NoInput),

  /** Candidate entries from the user's own commits in the period (this week by default). Writes nothing. */
  'suggestions.list': query<SuggestionList>()(S.SuggestionsInput),
  /** Adds a candidate as an entry and remembers its commits, so it is never suggested again. */
  'suggestions.add': mutation<Entry>()(S.SuggestionPickInput),
  /** Remembers a candidate's commits as not worth an entry. */
  'suggestions.dismiss': mutation<{ dismissed: number }>()(S.SuggestionPickInput),
  /** The email `git config user.email` gives, to prefill the author list. */
  'suggestions.identity': query<{ email: string | null }>()(S.NoInput),

  /** The backup folder, its backups (newest first) and the last failure, if any. */
  'backups.status': query<BackupStatus>()(S.NoInput),
  /**
   * Starts a backup now (one at a time) and returns at once. A query, not a mutation: it writes
   * nothing to the journal (the copy goes to the backup folder), so it needs no transaction.
   */
  'backups.now': query<BackupStatus>()(S.NoInput),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller sends: defaults may be left out. */
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives: validated, with defaults filled in. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = Contract[M]['output'];

/** The backend: one function per method. A missing or mistyped handler fails to compile. */
export type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => Output<M> };

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMutation(name: MethodName): boolean {
  return contract[name].kind === 'mutation';
}

/**
 * Methods that write to a path on the user's disk: only the command line and Electron's main
 * process (after a native dialog) call them. The IPC channel and the bridge refuse them, so a page
 * can never name a path to write to.
 */
export const NOT_FROM_PAGES: ReadonlySet<string> = new Set<MethodName>(['export.save']);

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Events the backend pushes to open windows. */
export type BackendEvent =
  | { type: 'changed'; source: 'external' | 'local' }
  /** A long call reporting how far it has got, for a progress bar (imports report entries written, then indexed). */
  | { type: 'progress'; task: WorkTask; phase: 'writing' | 'indexing'; done: number; total: number };

/** The kinds of long work (shared/api/longWork.ts lists which calls are which). */
export type WorkTask = 'import' | 'export' | 'review' | 'samples' | 'suggestions';

/**
 * Things the desktop shell asks the renderer to do: a menu item was chosen, a reminder
 * notification was clicked. The renderer runs the same action as its keyboard shortcut.
 */
export const APP_COMMANDS = ['entry.new', 'search.open', 'week.open', 'capture.open', 'settings.open', 'transfer.open'] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];
export type CommandEvent = { type: 'command'; command: AppCommand };

/** Everything pushed to a window on the event channel. */
export type PushEvent = BackendEvent | CommandEvent;
