import type { Day } from '../../shared/domain/day';
import type { Input } from '../../shared/api/contract';
import type { DraftKind, EntryKind, ReflectionPeriod } from '../../shared/domain/model';
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
  reviewDates: ['reviews.list'] as const,
  reviewPeriods: ['review.period'] as const,
  reviewPeriod: (period: PeriodChoice) => ['review.period', { period }] as const,
  dashboards: ['review.dashboard'] as const,
  dashboard: (period: PeriodChoice) => ['review.dashboard', { period }] as const,
  checks: ['review.check'] as const,
  check: (period: PeriodChoice) => ['review.check', { period }] as const,
  summaries: ['review.summary'] as const,
  summary: (period: PeriodChoice) => ['review.summary', { period }] as const,
  draftLists: ['drafts.list'] as const,
  draftList: (kind?: DraftKind) => ['drafts.list', { kind }] as const,
  drafts: ['drafts.get'] as const,
  draft: (id: string, version?: number) => ['drafts.get', { id, version }] as const,
};

/** How a review period is chosen ("2026", "H2 2026", "since my last review"…). */
export type PeriodChoice = Input<'review.period'>['period'];
