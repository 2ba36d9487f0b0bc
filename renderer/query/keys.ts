import type { SectionId } from '../../shared/domain/sections';

/** Which entries a list shows. Absent fields do not filter. */
export interface EntryFilter {
  themeId?: string;
  section?: SectionId;
  starred?: boolean;
  trashed?: boolean;
}

/**
 * Query keys start with the contract method they call, so "everything `entries.list` returned"
 * can be invalidated with one prefix after a write.
 */
export const keys = {
  entry: (id: string) => ['entries.get', { id }] as const,
  entryLists: ['entries.list'] as const,
  entryList: (filter: EntryFilter) => ['entries.list', filter] as const,
  searches: ['entries.search'] as const,
  search: (query: string) => ['entries.search', { query }] as const,
  themes: ['themes.list'] as const,
  systemInfo: ['system.info'] as const,
};
