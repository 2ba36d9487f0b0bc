import type { Handlers } from '../../shared/api/contract';
import { STARTER_THEMES } from '../../shared/domain/themeColors';
import { createBackupScheduler } from './backups';
import { backupHandlers } from './handlers/backups';
import { createContext, type HandlerDeps } from './handlers/context';
import { draftHandlers } from './handlers/drafts';
import { entryHandlers } from './handlers/entries';
import { goalHandlers } from './handlers/goals';
import { habitHandlers } from './handlers/habit';
import { peopleHandlers } from './handlers/people';
import { reviewHandlers } from './handlers/review';
import { sampleHandlers } from './handlers/samples';
import { settingsHandlers } from './handlers/settings';
import { suggestionHandlers } from './handlers/suggestions';
import { themeHandlers } from './handlers/themes';
import { transferHandlers } from './handlers/transfer';

export type { HandlerDeps };

/** The backend: every contract method, over one open journal. Inputs arrive validated. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const ctx = createContext(deps);
  return {
    ...entryHandlers(ctx),
    ...themeHandlers(ctx),
    ...peopleHandlers(ctx),
    ...goalHandlers(ctx),
    ...habitHandlers(ctx),
    ...settingsHandlers(ctx),
    ...sampleHandlers(ctx),
    ...reviewHandlers(ctx),
    ...draftHandlers(ctx),
    ...transferHandlers(ctx),
    ...suggestionHandlers(ctx),
    ...backupHandlers(
      deps.backups ??
        createBackupScheduler({
          db: deps.db,
          databasePath: deps.databasePath,
          now: deps.now,
          folderSetting: () => ctx.readSettings().backup.folder,
        }),
    ),
  };
}

/** Gives a brand-new journal the starter themes. */
export function seedNewJournal(handlers: Handlers): void {
  for (const theme of STARTER_THEMES) {
    handlers['themes.create']({ name: theme.name, description: theme.description });
  }
}
