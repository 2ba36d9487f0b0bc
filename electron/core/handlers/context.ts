import type Database from 'better-sqlite3';
import { z } from 'zod';
import { ChronicleError } from '../../../shared/api/errors';
import type { BackupScheduler } from '../backups';
import { dayOf, type WeekStart } from '../../../shared/domain/day';
import type { Settings } from '../../../shared/domain/model';
import { DEFAULT_REMINDER } from '../../../shared/domain/reminders';
import { dashboardRepo } from '../repos/dashboard';
import { draftsRepo, reviewDatesRepo } from '../repos/drafts';
import { entriesRepo } from '../repos/entries';
import { followUpsRepo } from '../repos/followUps';
import { goalsRepo } from '../repos/goals';
import { peopleRepo } from '../repos/people';
import { reflectionsRepo } from '../repos/reflections';
import { analysisRepo } from '../repos/analysis';
import { settingsRepo } from '../repos/settings';
import { themesRepo } from '../repos/themes';
import type { BulkProgress } from '../exchange/bulkWrite';

export interface HandlerDeps {
  db: Database.Database;
  databasePath: string;
  now?: () => Date;
  newId?: () => string;
  /** Receives progress of long writes (imports); the backend turns it into `progress` events. */
  onProgress?: (progress: ImportProgress) => void;
  /** The backend's backup scheduler; handlers make their own when none is given. */
  backups?: BackupScheduler;
  /**
   * Whether calls may name files on this computer by path (`import.*`'s `path`). Only the
   * command line, whose caller is the user at a shell, turns it on: a window or the browser
   * bridge must never make the backend read a file the user did not choose.
   */
  readLocalFiles?: boolean;
}

export type ImportProgress = BulkProgress & { task: 'import' };

export const DEFAULT_SETTINGS: Settings = {
  weekStartsOn: 1,
  reminder: DEFAULT_REMINDER,
  quickCapture: { enabled: false, accelerator: 'CommandOrControl+Shift+J' },
  welcomeDone: false,
  git: { repositories: [], authors: [] },
  backup: { folder: null },
};

// Stored settings are read leniently: a value from an older or damaged file falls back to
// the default for that one setting instead of failing the app.
const StoredSettings = z.object({
  weekStartsOn: z.number().int().min(0).max(6).catch(DEFAULT_SETTINGS.weekStartsOn),
  reminder: z.object({ enabled: z.boolean(), weekday: z.number().int().min(0).max(6), time: z.string() }).catch(DEFAULT_SETTINGS.reminder),
  quickCapture: z.object({ enabled: z.boolean(), accelerator: z.string() }).catch(DEFAULT_SETTINGS.quickCapture),
  welcomeDone: z.boolean().catch(false),
  git: z.object({ repositories: z.array(z.string()), authors: z.array(z.string()) }).catch(DEFAULT_SETTINGS.git),
  backup: z.object({ folder: z.string().nullable() }).catch(DEFAULT_SETTINGS.backup),
});

/** What every handler group shares: the repos over one connection, the clock, ids. */
export function createContext(deps: HandlerDeps) {
  const { db } = deps;
  const clock = () => deps.now?.() ?? new Date();
  const themes = themesRepo(db);
  const people = peopleRepo(db);
  const goals = goalsRepo(db);
  const followUps = followUpsRepo(db);
  const entries = entriesRepo(db, { themes, people, goals, followUps });
  const reflections = reflectionsRepo(db);
  const settingsStore = settingsRepo(db);
  const drafts = draftsRepo(db);
  const reviewDates = reviewDatesRepo(db);
  const dashboard = dashboardRepo(db);
  const analysis = analysisRepo(db);

  function readSettings(): Settings {
    const stored = settingsStore.read('settings');
    const merged = { ...DEFAULT_SETTINGS, ...(typeof stored === 'object' && stored !== null ? stored : {}) };
    return StoredSettings.parse(merged) as Settings;
  }

  return {
    db,
    databasePath: deps.databasePath,
    readLocalFiles: deps.readLocalFiles === true,
    clock,
    /** The current instant as stored in the journal. */
    now: () => clock().toISOString(),
    /** The user's calendar day, in local time. */
    today: () => dayOf(clock()),
    newId: deps.newId ?? (() => crypto.randomUUID()),
    /**
     * Runs `work` and undoes every write it made, for previews that must show exactly what a
     * mutation would do. Mutations themselves never open transactions: dispatch does.
     */
    dryRun: <T>(work: () => T): T => dryRun(db, work),
    progress: (progress: ImportProgress) => deps.onProgress?.(progress),
    repos: { themes, people, goals, followUps, entries, reflections, settings: settingsStore, drafts, reviewDates, dashboard, analysis },
    readSettings,
    weekStartsOn: (): WeekStart => readSettings().weekStartsOn,

    entryRow(id: string) {
      const row = entries.rowById(id);
      if (!row) throw new ChronicleError('not_found', 'That entry does not exist (it may have been deleted for good).', { id });
      return row;
    },
    liveEntryRow(id: string) {
      const row = this.entryRow(id);
      if (row.deleted_at) throw new ChronicleError('conflict', 'That entry is in the trash: restore it to change it.', { id });
      return row;
    },
  };
}

export type Context = ReturnType<typeof createContext>;

/** Thrown out of the dry run's transaction to roll it back, carrying what the work returned. */
class DryRunDone<T> extends Error {
  constructor(readonly result: T) {
    super('dry run finished');
  }
}

function dryRun<T>(db: Database.Database, work: () => T): T {
  try {
    // Throwing out of a better-sqlite3 transaction rolls it back (or back to its savepoint).
    db.transaction(() => {
      throw new DryRunDone(work());
    })();
  } catch (error) {
    if (error instanceof DryRunDone) return error.result as T;
    throw error;
  }
  throw new ChronicleError('internal', 'The preview did not finish.');
}
