import type { Day } from '../../shared/domain/day';
import type { EntryKind, ReflectionPeriod } from '../../shared/domain/model';
import type { SectionId } from '../../shared/domain/sections';

/** Which entries a list shows. Absent fields do not filter. */
export interface EntryFilter {
  themeId?: string;
  section?: SectionId;
  starred?: boolean;
  trashed?: boolean;
  kind?: EntryKind;
  personId?: string;
  goalId?: string;
  from?: Day;
  to?: Day;
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
  people: ['people.list'] as const,
  goalLists: ['goals.list'] as const,
  goalList: (year?: number) => ['goals.list', { year }] as const,
  goals: ['goals.get'] as const,
  goal: (id: string) => ['goals.get', { id }] as const,
  reflections: ['reflections.get'] as const,
  reflection: (period: ReflectionPeriod, start: Day) => ['reflections.get', { period, start }] as const,
  weeks: ['week.get'] as const,
  week: (date: Day | undefined) => ['week.get', { date }] as const,
  dueFollowUps: ['followUps.due'] as const,
  calendars: ['stats.calendar'] as const,
  calendar: (year: number) => ['stats.calendar', { year }] as const,
  monthlies: ['stats.monthly'] as const,
  monthly: (themeId?: string) => ['stats.monthly', { themeId }] as const,
  streak: ['stats.streak'] as const,
  settings: ['settings.get'] as const,
};
