import type { Handlers } from '../../../shared/api/contract';
import type { WeekStart } from '../../../shared/domain/day';
import type { Settings } from '../../../shared/domain/model';
import type { Context } from './context';

export function settingsHandlers(ctx: Context): Pick<Handlers, 'settings.get' | 'settings.update' | 'system.info'> {
  return {
    'settings.get': () => ctx.readSettings(),

    'settings.update': (input) => {
      const current = ctx.readSettings();
      const next: Settings = {
        weekStartsOn: (input.weekStartsOn ?? current.weekStartsOn) as WeekStart,
        reminder: (input.reminder ?? current.reminder) as Settings['reminder'],
        quickCapture: input.quickCapture ?? current.quickCapture,
        welcomeDone: input.welcomeDone ?? current.welcomeDone,
        git: input.git ?? current.git,
        backup: input.backup ?? current.backup,
      };
      ctx.repos.settings.write('settings', next);
      return ctx.readSettings();
    },

    'system.info': () => {
      const counts = ctx.repos.entries.counts();
      return {
        databasePath: ctx.databasePath,
        schemaVersion: ctx.db.pragma('user_version', { simple: true }) as number,
        entryCount: counts.live,
        trashedCount: counts.trashed,
      };
    },
  };
}
