import type { z } from 'zod';
import type {
  Entry,
  EntryPage,
  SearchResult,
  SystemInfo,
  Theme,
} from '../domain/model';
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

  /** Where the journal lives and how big it is. */
  'system.info': query<SystemInfo>()(S.NoInput),
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

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Events the backend pushes to open windows. */
export type BackendEvent = { type: 'changed'; source: 'external' | 'local' };
