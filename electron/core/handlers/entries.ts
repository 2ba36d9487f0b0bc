import type { Handlers, ParsedInput } from '../../../shared/api/contract';
import { ChronicleError } from '../../../shared/api/errors';
import type { Entry, TextSegment } from '../../../shared/domain/model';
import { markdownPlainText } from '../../../shared/domain/excerpt';
import { toFtsExpression } from '../../../shared/domain/searchQuery';
import { nextThemeColor } from '../../../shared/domain/themeColors';
import { entryDateProblem, type EntryDate } from '../../../shared/domain/entryDate';
import { type EntryFields, HIT_CLOSE, HIT_OPEN } from '../repos/entries';
import type { Context } from './context';
import { indexOnce } from '../db/searchIndex';

type EntryMethods =
  | 'entries.create'
  | 'entries.get'
  | 'entries.update'
  | 'entries.delete'
  | 'entries.restore'
  | 'entries.purge'
  | 'entries.list'
  | 'entries.search';

/** Resolving names and ids to rows, shared by entry writes and the sample journal. */
export function entryLinks(ctx: Context) {
  const { themes, people, goals } = ctx.repos;

  function insertTheme(name: string, color: string | undefined, description: string, at: string): string {
    if (themes.findByName(name)) throw new ChronicleError('conflict', `A theme named "${name}" already exists.`, { name });
    const id = ctx.newId();
    themes.insert({ id, name, color: color ?? nextThemeColor(themes.usedColors()), description, now: at });
    return id;
  }

  return {
    insertTheme,

    /** Theme ids must exist; new names are matched to existing themes ignoring case, or created. */
    themeSeqs(themeIds: readonly string[], newThemes: readonly string[], at: string): number[] {
      const seqs = themeIds.map((id) => {
        const seq = themes.seqOf(id);
        if (seq === undefined) throw new ChronicleError('not_found', 'One of the themes does not exist.', { themeId: id });
        return seq;
      });
      for (const name of newThemes) {
        const id = themes.findByName(name)?.id ?? insertTheme(name, undefined, '', at);
        seqs.push(themes.seqOf(id) as number);
      }
      return [...new Set(seqs)];
    },

    /** People are named, not picked: a new name adds the person. */
    personSeqs(names: readonly string[], at: string): number[] {
      const seqs = names.map((name) => people.findByName(name)?.seq ?? people.insert({ id: ctx.newId(), name, now: at }));
      return [...new Set(seqs)];
    },

    goalSeqs(goalIds: readonly string[]): number[] {
      return [
        ...new Set(
          goalIds.map((id) => {
            const seq = goals.seqOf(id);
            if (seq === undefined) throw new ChronicleError('not_found', 'One of the goals does not exist.', { goalId: id });
            return seq;
          }),
        ),
      ];
    },
  };
}

/**
 * Splits text that FTS marked with HIT_OPEN…HIT_CLOSE (the repo's marks, parsed only here) into
 * segments. A marked snippet of a body is Markdown: it is read as plain text first (the marks,
 * being control characters, pass through the parser), so no `**` or `- ` reaches the screen.
 */
function segments(marked: string, options: { markdown: boolean } = { markdown: false }): TextSegment[] {
  // A snippet is a fragment: emphasis opened before it or closed after it is left as bare marks.
  const text = options.markdown ? markdownPlainText(marked).replace(/\*\*|__|~~/g, '') : marked;
  const result: TextSegment[] = [];
  const pattern = new RegExp(`${HIT_OPEN}([^${HIT_CLOSE}]*)${HIT_CLOSE}`, 'g');
  const stray = new RegExp(`[${HIT_OPEN}${HIT_CLOSE}]`, 'g');
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) result.push({ text: text.slice(last, match.index), hit: false });
    if (match[1]) result.push({ text: match[1], hit: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) result.push({ text: text.slice(last), hit: false });
  return result.map((s) => ({ ...s, text: s.text.replace(stray, '') })).filter((s) => s.text);
}

/** A date, precision and range end that do not fit together are refused with the reason. */
function checkEntryDate(fields: EntryDate): void {
  const problem = entryDateProblem(fields);
  if (problem) throw new ChronicleError('invalid_input', problem, { date: fields.date });
}

function parseCursor(cursor: string): { date: string; seq: number } {
  const [date, seq] = cursor.split('~');
  return { date: date as string, seq: Number(seq) };
}

export function entryHandlers(ctx: Context): Pick<Handlers, EntryMethods> {
  const { entries, themes, people, goals } = ctx.repos;
  const links = entryLinks(ctx);

  return {
    // Each write indexes the entry once, after its themes and people are attached.
    'entries.create': (input) =>
      indexOnce(ctx.db, () => {
        checkEntryDate(input);
        const at = ctx.now();
        const id = ctx.newId();
        const themeSeqs = links.themeSeqs(input.themeIds, input.newThemes, at);
        const personSeqs = links.personSeqs(input.people, at);
        const goalSeqs = links.goalSeqs(input.goalIds);
        const seq = entries.insert(id, input, at);
        entries.setThemes(seq, themeSeqs);
        people.setForEntry(seq, personSeqs);
        goals.setForEntry(seq, goalSeqs);
        return entries.toEntry(ctx.entryRow(id));
      }),

    'entries.get': ({ id }) => entries.toEntry(ctx.entryRow(id)),

    'entries.update': (input: ParsedInput<'entries.update'>) =>
      indexOnce(ctx.db, (): Entry => {
        const at = ctx.now();
        const row = ctx.liveEntryRow(input.id);
        const current = entries.toEntry(row);
        const fields: EntryFields = {
          date: input.date ?? current.date,
          // A new date without a precision is a day again, unless the old precision still fits it.
          datePrecision: input.datePrecision ?? (input.date === undefined ? current.datePrecision : 'day'),
          dateEnd:
            input.dateEnd !== undefined
              ? input.dateEnd
              : input.date === undefined && input.datePrecision === undefined
                ? current.dateEnd
                : null,
          title: input.title ?? current.title,
          body: input.body ?? current.body,
          section: input.section ?? current.section,
          impact: input.impact ?? current.impact,
          kind: input.kind ?? current.kind,
          starred: input.starred ?? current.starred,
          links: input.links ?? current.links,
        };
        checkEntryDate(fields);
        entries.update(input.id, fields, at);
        if (input.themeIds !== undefined || input.newThemes !== undefined) {
          const themeIds = input.themeIds ?? current.themes.map((t) => t.id);
          entries.setThemes(row.seq, links.themeSeqs(themeIds, input.newThemes ?? [], at));
        }
        if (input.people !== undefined) people.setForEntry(row.seq, links.personSeqs(input.people, at));
        if (input.goalIds !== undefined) goals.setForEntry(row.seq, links.goalSeqs(input.goalIds));
        return entries.toEntry(ctx.entryRow(input.id));
      }),

    'entries.delete': ({ id }) => {
      const row = ctx.entryRow(id);
      if (!row.deleted_at) {
        const at = ctx.now();
        entries.setDeleted(id, at, at);
      }
      return entries.toEntry(ctx.entryRow(id));
    },

    'entries.restore': ({ id }) => {
      const row = ctx.entryRow(id);
      if (row.deleted_at) entries.setDeleted(id, null, ctx.now());
      return entries.toEntry(ctx.entryRow(id));
    },

    'entries.purge': ({ id }) => {
      const row = ctx.entryRow(id);
      if (!row.deleted_at) throw new ChronicleError('conflict', 'Only entries in the trash can be deleted for good.', { id });
      entries.purge(id);
      return { id };
    },

    'entries.list': (input) => {
      if (input.themeId && !themes.get(input.themeId)) throw new ChronicleError('not_found', 'That theme does not exist.');
      if (input.personId && people.seqOf(input.personId) === undefined)
        throw new ChronicleError('not_found', 'That person is not in the journal.');
      if (input.goalId && goals.seqOf(input.goalId) === undefined) throw new ChronicleError('not_found', 'That goal does not exist.');
      const after = input.cursor ? parseCursor(input.cursor) : undefined;
      const { items, last } = entries.list({ ...input, after });
      const nextCursor = items.length === input.limit && last ? `${last.date}~${last.seq}` : null;
      return { items, nextCursor };
    },

    'entries.search': ({ query, limit, asYouType }) => {
      const expression = toFtsExpression(query, { asYouType });
      if (!expression) return { expression, hits: [], limitedTo: null };
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
        hits: found.hits.map(({ hit, item }) => ({
          entry: item,
          title: segments(hit.title),
          snippet: segments(hit.snippet, { markdown: true }),
        })),
        limitedTo: found.limitedTo,
      };
    },
  };
}
