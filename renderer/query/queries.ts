import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { Day } from '../../shared/domain/day';
import type { ReflectionPeriod } from '../../shared/domain/model';
import { useApi } from './ApiContext';
import { type EntryFilter, keys, type PeriodChoice } from './keys';

/** Entries per page: a screenful many times over, small enough to arrive at once. */
export const PAGE_SIZE = 100;

export function useEntry(id: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: keys.entry(id ?? ''),
    queryFn: () => api.invoke('entries.get', { id: id as string }),
    enabled: id !== null,
  });
}

/** Entries newest first (or the trash, newest deletion first), a page at a time. */
export function useEntryList(filter: EntryFilter) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: keys.entryList(filter),
    queryFn: ({ pageParam }) => api.invoke('entries.list', { ...filter, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useThemes() {
  const api = useApi();
  return useQuery({ queryKey: keys.themes, queryFn: () => api.invoke('themes.list', {}) });
}

export function useSystemInfo() {
  const api = useApi();
  return useQuery({ queryKey: keys.systemInfo, queryFn: () => api.invoke('system.info', {}) });
}

/** Search as you type; the previous results stay on screen while the next ones arrive. */
export function useSearch(query: string) {
  const api = useApi();
  const trimmed = query.trim();
  return useQuery({
    queryKey: keys.search(trimmed),
    queryFn: () => api.invoke('entries.search', { query: trimmed, asYouType: true, limit: 30 }),
    enabled: trimmed.length > 0,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function usePeople() {
  const api = useApi();
  return useQuery({ queryKey: keys.people, queryFn: () => api.invoke('people.list', {}) });
}

/** Goals of one year, or of every year when `year` is undefined. */
export function useGoals(year?: number) {
  const api = useApi();
  return useQuery({
    queryKey: keys.goalList(year),
    queryFn: () => api.invoke('goals.list', year === undefined ? {} : { year }),
  });
}

export function useGoal(id: string) {
  const api = useApi();
  return useQuery({ queryKey: keys.goal(id), queryFn: () => api.invoke('goals.get', { id }) });
}

export function useReflection(period: ReflectionPeriod, start: Day) {
  const api = useApi();
  return useQuery({
    queryKey: keys.reflection(period, start),
    queryFn: () => api.invoke('reflections.get', { period, start }),
  });
}

/** The week containing `date`, or this week. The last week stays on screen while the next loads. */
export function useWeek(date: Day | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: keys.week(date),
    queryFn: () => api.invoke('week.get', date ? { date } : {}),
    placeholderData: keepPreviousData,
  });
}

export function useCalendar(year: number) {
  const api = useApi();
  return useQuery({
    queryKey: keys.calendar(year),
    queryFn: () => api.invoke('stats.calendar', { year }),
    placeholderData: keepPreviousData,
  });
}

export function useMonthly(themeId?: string) {
  const api = useApi();
  return useQuery({
    queryKey: keys.monthly(themeId),
    queryFn: () => api.invoke('stats.monthly', themeId ? { themeId } : {}),
  });
}

export function useSettings() {
  const api = useApi();
  return useQuery({ queryKey: keys.settings, queryFn: () => api.invoke('settings.get', {}) });
}

/** Days the user had a review, newest first. */
export function useReviewDates() {
  const api = useApi();
  return useQuery({ queryKey: keys.reviewDates, queryFn: () => api.invoke('reviews.list', {}) });
}

/** The chosen period as days and a name; "since my last review" may be refused with a reason. */
export function useReviewPeriod(period: PeriodChoice) {
  const api = useApi();
  return useQuery({
    queryKey: keys.reviewPeriod(period),
    queryFn: () => api.invoke('review.period', { period }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useReviewDashboard(period: PeriodChoice) {
  const api = useApi();
  return useQuery({
    queryKey: keys.dashboard(period),
    queryFn: () => api.invoke('review.dashboard', { period }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useReadinessCheck(period: PeriodChoice) {
  const api = useApi();
  return useQuery({
    queryKey: keys.check(period),
    queryFn: () => api.invoke('review.check', { period }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** The period's summary as generated now: its theme order and the suggested themes. */
export function useReviewSummary(period: PeriodChoice) {
  const api = useApi();
  return useQuery({
    queryKey: keys.summary(period),
    queryFn: () => api.invoke('review.summary', { period }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** Saved drafts, most recently changed first. */
export function useDrafts() {
  const api = useApi();
  return useQuery({ queryKey: keys.draftList(), queryFn: () => api.invoke('drafts.list', {}) });
}

/** A draft at its latest version, or at the version asked for (read-only history). */
export function useDraft(id: string, version?: number) {
  const api = useApi();
  return useQuery({
    queryKey: keys.draft(id, version),
    queryFn: () => api.invoke('drafts.get', version === undefined ? { id } : { id, version }),
    // A version other than the latest never changes; the latest only through our own writes.
    staleTime: Infinity,
  });
}
