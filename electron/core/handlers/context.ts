import type Database from 'better-sqlite3';
import { z } from 'zod';
import { ChronicleError } from '../../../shared/api/errors';
import { dayOf, type WeekStart } from '../../../shared/domain/day';
import type { Settings } from '../../../shared/domain/model';
import { DEFAULT_REMINDER } from '../../../shared/domain/reminders';
import { draftsRepo, reviewDatesRepo } from '../repos/drafts';
import { entriesRepo } from '../repos/entries';
import { followUpsRepo } from '../repos/followUps';
import { goalsRepo } from '../repos/goals';
import { peopleRepo } from '../repos/people';
import { reflectionsRepo } from '../repos/reflections';
import { analysisRepo } from '../repos/analysis';
import { settingsRepo } from '../repos/settings';
import { themesRepo } from '../repos/themes';

export interface HandlerDeps {
  db: Database.Database;
  databasePath: string;
  now?: () => Date;
  newId?: () => string;
}

export const DEFAULT_SETTINGS: Settings = {
  weekStartsOn: 1,
  reminder: DEFAULT_REMINDER,
  quickCapture: { enabled: false, accelerator: 'CommandOrControl+Shift+J' },
  welcomeDone: false,
};

// Stored settings are read leniently: a value from an older or damaged file falls back to
// the default for that one setting instead of failing the app.
const StoredSettings = z.object({
  weekStartsOn: z.number().int().min(0).max(6).catch(DEFAULT_SETTINGS.weekStartsOn),
  reminder: z
    .object({ enabled: z.boolean(), weekday: z.number().int().min(0).max(6), time: z.string() })
    .catch(DEFAULT_SETTINGS.reminder),
  quickCapture: z.object({ enabled: z.boolean(), accelerator: z.string() }).catch(DEFAULT_SETTINGS.quickCapture),
  welcomeDone: z.boolean().catch(false),
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
  const analysis = analysisRepo(db);

  function readSettings(): Settings {
    const stored = settingsStore.read('settings');
    const merged = { ...DEFAULT_SETTINGS, ...(typeof stored === 'object' && stored !== null ? stored : {}) };
    return StoredSettings.parse(merged) as Settings;
  }

  return {
    db,
    databasePath: deps.databasePath,
    clock,
    /** The current instant as stored in the journal. */
    now: () => clock().toISOString(),
    /** The user's calendar day, in local time. */
    today: () => dayOf(clock()),
    newId: deps.newId ?? (() => crypto.randomUUID()),
    transaction: <T>(work: () => T): T => db.transaction(work)(),
    repos: { themes, people, goals, followUps, entries, reflections, settings: settingsStore, drafts, reviewDates, analysis },
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
