import type Database from 'better-sqlite3';
import type { Handlers, ParsedInput } from '../../shared/api/contract';
import { ChronicleError } from '../../shared/api/errors';
import type { Entry, TextSegment } from '../../shared/domain/model';
import { toFtsExpression } from '../../shared/domain/searchQuery';
import { nextThemeColor, STARTER_THEMES } from '../../shared/domain/themeColors';
import { entriesRepo, HIT_CLOSE, HIT_OPEN, type EntryFields } from './repos/entries';
import { themesRepo } from './repos/themes';

export interface HandlerDeps {
  db: Database.Database;
  databasePath: string;
  now?: () => Date;
  newId?: () => string;
}

/** The backend: every contract method, over one open journal. Inputs arrive validated. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { db } = deps;
  const now = () => (deps.now?.() ?? new Date()).toISOString();
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const themes = themesRepo(db);
  const entries = entriesRepo(db, themes);

  function entryRow(id: string) {
    const row = entries.rowById(id);
    if (!row) throw new ChronicleError('not_found', 'That entry does not exist (it may have been deleted for good).', { id });
    return row;
  }

  function liveEntryRow(id: string) {
    const row = entryRow(id);
    if (row.deleted_at) throw new ChronicleError('conflict', 'That entry is in the trash: restore it to change it.', { id });
    return row;
  }

  function themeOrThrow(id: string) {
    const theme = themes.get(id);
    if (!theme) throw new ChronicleError('not_found', 'That theme does not exist.', { id });
    return theme;
  }

  /** Returns the new theme's id. */
  function insertTheme(name: string, color: string | undefined, description: string, at: string): string {
    if (themes.findByName(name)) {
      throw new ChronicleError('conflict', `A theme named "${name}" already exists.`, { name });
    }
    const id = newId();
    themes.insert({ id, name, color: color ?? nextThemeColor(themes.usedColors()), description, now: at });
    return id;
  }

  /** Theme ids must exist; new names are matched to existing themes ignoring case, or created. */
  function resolveThemes(themeIds: readonly string[], newThemes: readonly string[], at: string): number[] {
    const seqs: number[] = [];
    for (const id of themeIds) {
      const seq = themes.seqOf(id);
      if (seq === undefined) throw new ChronicleError('not_found', 'One of the themes does not exist.', { themeId: id });
      seqs.push(seq);
    }
    for (const name of newThemes) {
      const id = themes.findByName(name)?.id ?? insertTheme(name, undefined, '', at);
      seqs.push(themes.seqOf(id) as number);
    }
    return [...new Set(seqs)];
  }

  const transaction = <T>(work: () => T): T => db.transaction(work)();

  function segments(marked: string): TextSegment[] {
    const result: TextSegment[] = [];
    const pattern = new RegExp(`${HIT_OPEN}([^${HIT_CLOSE}]*)${HIT_CLOSE}`, 'g');
    let last = 0;
    for (const match of marked.matchAll(pattern)) {
      if (match.index > last) result.push({ text: marked.slice(last, match.index), hit: false });
      if (match[1]) result.push({ text: match[1], hit: true });
      last = match.index + match[0].length;
    }
    if (last < marked.length) result.push({ text: marked.slice(last), hit: false });
    return result.map((s) => ({ ...s, text: s.text.replace(/[\u0002\u0003]/g, '') })).filter((s) => s.text);
  }

  return {
    'entries.create': (input) =>
      transaction(() => {
        const at = now();
        const id = newId();
        const themeSeqs = resolveThemes(input.themeIds, input.newThemes, at);
        const seq = entries.insert(id, input, at);
        entries.setThemes(seq, themeSeqs);
        return entries.toEntry(entryRow(id));
      }),

    'entries.get': ({ id }) => entries.toEntry(entryRow(id)),

    'entries.update': (input: ParsedInput<'entries.update'>) =>
      transaction((): Entry => {
        const at = now();
        const current = entries.toEntry(liveEntryRow(input.id));
        const fields: EntryFields = {
          date: input.date ?? current.date,
          title: input.title ?? current.title,
          body: input.body ?? current.body,
          section: input.section ?? current.section,
          impact: input.impact ?? current.impact,
          starred: input.starred ?? current.starred,
          links: input.links ?? current.links,
        };
        entries.update(input.id, fields, at);
        if (input.themeIds !== undefined || input.newThemes !== undefined) {
          const themeIds = input.themeIds ?? current.themes.map((t) => t.id);
          const seqs = resolveThemes(themeIds, input.newThemes ?? [], at);
          entries.setThemes(liveEntryRow(input.id).seq, seqs);
        }
        return entries.toEntry(entryRow(input.id));
      }),

    'entries.delete': ({ id }) =>
      transaction(() => {
        const row = entryRow(id);
        if (!row.deleted_at) {
          const at = now();
          entries.setDeleted(id, at, at);
        }
        return entries.toEntry(entryRow(id));
      }),

    'entries.restore': ({ id }) =>
      transaction(() => {
        const row = entryRow(id);
        if (row.deleted_at) entries.setDeleted(id, null, now());
        return entries.toEntry(entryRow(id));
      }),

    'entries.purge': ({ id }) =>
      transaction(() => {
        const row = entryRow(id);
        if (!row.deleted_at) {
          throw new ChronicleError('conflict', 'Only entries in the trash can be deleted for good.', { id });
        }
        entries.purge(id);
        return { id };
      }),

    'entries.list': (input) => {
      if (input.themeId) themeOrThrow(input.themeId);
      const after = input.cursor ? parseCursor(input.cursor) : undefined;
      const { items, last } = entries.list({ ...input, after });
      const nextCursor = items.length === input.limit && last ? `${last.date}~${last.seq}` : null;
      return { items, nextCursor };
    },

    'entries.search': ({ query, limit, asYouType }) => {
      const expression = toFtsExpression(query, { asYouType });
      if (!expression) return { expression, hits: [] };
      let found;
      try {
        found = entries.search(expression, limit);
      } catch (error) {
        // The expression is built from quoted terms, so FTS5 should never reject it; if it
        // does, the user still gets a message rather than a crash.
        throw new ChronicleError('bad_query', 'That search could not be understood. Try fewer symbols.', {
          expression,
          reason: error instanceof Error ? error.message : String(error),
        });
      }
      return {
        expression,
        hits: found.map(({ hit, item }) => ({
          entry: item,
          title: segments(hit.title),
          snippet: segments(hit.snippet),
        })),
      };
    },

    'themes.list': () => themes.list(),

    'themes.create': ({ name, color, description }) =>
      transaction(() => themeOrThrow(insertTheme(name, color, description, now()))),

    'themes.update': (input) =>
      transaction(() => {
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
          now: now(),
        });
        return themeOrThrow(theme.id);
      }),

    'themes.merge': ({ sourceId, targetId }) =>
      transaction(() => {
        themeOrThrow(sourceId);
        themeOrThrow(targetId);
        themes.moveEntries(themes.seqOf(sourceId) as number, themes.seqOf(targetId) as number);
        themes.remove(sourceId);
        return themeOrThrow(targetId);
      }),

    'themes.delete': ({ id }) =>
      transaction(() => {
        themeOrThrow(id);
        themes.remove(id);
        return { id };
      }),

    'system.info': () => {
      const counts = entries.counts();
      return {
        databasePath: deps.databasePath,
        schemaVersion: db.pragma('user_version', { simple: true }) as number,
        entryCount: counts.live,
        trashedCount: counts.trashed,
      };
    },
  };
}

function parseCursor(cursor: string): { date: string; seq: number } {
  const [date, seq] = cursor.split('~');
  return { date: date as string, seq: Number(seq) };
}

/** Gives a brand-new journal the starter themes. */
export function seedNewJournal(handlers: Handlers): void {
  for (const theme of STARTER_THEMES) {
    handlers['themes.create']({ name: theme.name, description: theme.description });
  }
}
