import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { Entry, EntryPage } from '../../shared/domain/model';
import { listExcerpts } from '../../shared/domain/excerpt';
import { keys } from './keys';

/**
 * Everything computed from entries as a whole: the week, goals' evidence, people's counts, the
 * calendar, the streak and the review dashboard and check. Only the queries on screen refetch; the rest refetch when shown.
 */
function derivedChanged(client: QueryClient): void {
  for (const queryKey of [
    keys.weeks,
    keys.goalLists,
    keys.goals,
    keys.people,
    keys.dueFollowUps,
    keys.calendars,
    keys.monthlies,
    keys.streak,
    // Review season reads every entry of a period: counts, gaps, drafts' sources.
    keys.reviewPeriods,
    keys.dashboards,
    keys.checks,
    keys.summaries,
  ]) {
    void client.invalidateQueries({ queryKey });
  }
}

/**
 * After an entry was written: the entry itself is known exactly; lists are patched in place
 * when only its text changed (no refetch of many pages while someone types), and refetched
 * when the change can move it (date, section, star, themes) or add it.
 */
export function entryWritten(client: QueryClient, entry: Entry, options: { reorders: boolean }): void {
  client.setQueryData(keys.entry(entry.id), entry);
  client.setQueriesData<InfiniteData<EntryPage>>({ queryKey: keys.entryLists }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            items: page.items.map((item) =>
              item.id === entry.id
                ? {
                    ...item,
                    title: entry.title,
                    ...listExcerpts(entry),
                    starred: entry.starred,
                    themes: entry.themes,
                    links: entry.links,
                    kind: entry.kind,
                    people: entry.people,
                    goals: entry.goals,
                    followUp: entry.followUp,
                    updatedAt: entry.updatedAt,
                  }
                : item,
            ),
          })),
        }
      : data,
  );
  if (options.reorders) void client.invalidateQueries({ queryKey: keys.entryLists });
  void client.invalidateQueries({ queryKey: keys.searches });
  void client.invalidateQueries({ queryKey: keys.themes });
  void client.invalidateQueries({ queryKey: keys.systemInfo });
  derivedChanged(client);
}

/** After an entry moved in or out of the trash, or was deleted for good. */
export function entriesMoved(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: keys.entryLists });
  void client.invalidateQueries({ queryKey: keys.searches });
  void client.invalidateQueries({ queryKey: keys.themes });
  void client.invalidateQueries({ queryKey: keys.systemInfo });
  void client.invalidateQueries({ queryKey: ['entries.get'] });
  derivedChanged(client);
}

/** A theme change shows up in every entry that carries it, so everything is refetched. */
export function themesChanged(client: QueryClient): void {
  void client.invalidateQueries();
}

/**
 * Goals, people, follow-ups, settings and examples each show up in many places (entries, the
 * week, lists), and change rarely: refetching what is on screen is simplest and exact.
 */
export const journalChanged = themesChanged;
