import type { Handlers } from '../../../shared/api/contract';
import { ChronicleError } from '../../../shared/api/errors';
import type { Context } from './context';
import { entryLinks } from './entries';

type ThemeMethods = 'themes.list' | 'themes.create' | 'themes.update' | 'themes.merge' | 'themes.delete';

export function themeHandlers(ctx: Context): Pick<Handlers, ThemeMethods> {
  const { themes } = ctx.repos;
  const links = entryLinks(ctx);

  function themeOrThrow(id: string) {
    const theme = themes.get(id);
    if (!theme) throw new ChronicleError('not_found', 'That theme does not exist.', { id });
    return theme;
  }

  return {
    'themes.list': () => themes.list(),

    'themes.create': ({ name, color, description }) => themeOrThrow(links.insertTheme(name, color, description, ctx.now())),

    'themes.update': (input) => {
      const theme = themeOrThrow(input.id);
      const name = input.name ?? theme.name;
      const clash = themes.findByName(name);
      if (clash && clash.id !== theme.id) {
        throw new ChronicleError('conflict', `A theme named "${clash.name}" already exists. Merge the two instead.`, {
          name,
          existingId: clash.id,
        });
      }
      themes.update({
        id: theme.id,
        name,
        color: input.color ?? theme.color,
        description: input.description ?? theme.description,
        now: ctx.now(),
      });
      return themeOrThrow(theme.id);
    },

    'themes.merge': ({ sourceId, targetId }) => {
      themeOrThrow(sourceId);
      themeOrThrow(targetId);
      themes.moveEntries(themes.seqOf(sourceId) as number, themes.seqOf(targetId) as number);
      themes.remove(sourceId);
      return themeOrThrow(targetId);
    },

    'themes.delete': ({ id }) => {
      themeOrThrow(id);
      themes.remove(id);
      return { id };
    },
  };
}
