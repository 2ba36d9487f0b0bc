import type { ArchiveSnapshot } from './archive';
import type { snapshotRepo } from '../repos/snapshot';

type SnapshotRepo = ReturnType<typeof snapshotRepo>;

export type ArchiveKind = 'themes' | 'people' | 'goals' | 'entries' | 'followUps' | 'reflections' | 'drafts' | 'reviewDates';

export interface KindCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** The journal's own copy was newer and was kept. */
  keptNewer: number;
}

export interface ArchiveImportReport {
  /** The journal was empty, so the archive was restored as it is, settings included. */
  restored: boolean;
  counts: Record<ArchiveKind, KindCounts>;
  warnings: string[];
}

const KINDS: ArchiveKind[] = ['themes', 'people', 'goals', 'entries', 'followUps', 'reflections', 'drafts', 'reviewDates'];

function emptyCounts(): Record<ArchiveKind, KindCounts> {
  return Object.fromEntries(KINDS.map((k) => [k, { added: 0, updated: 0, unchanged: 0, keptNewer: 0 }])) as Record<ArchiveKind, KindCounts>;
}

/** Whether the journal holds nothing the user wrote (a new journal may hold starter themes). */
export function isEmptyJournal(current: ArchiveSnapshot): boolean {
  return (
    current.entries.length === 0 &&
    current.goals.length === 0 &&
    current.reflections.length === 0 &&
    current.drafts.length === 0 &&
    current.reviewDates.length === 0 &&
    current.people.length === 0
  );
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes an archive into the journal. Into an empty journal it is restored exactly (ids,
 * timestamps, settings), so export → import gives the same data. Into a journal with writing of
 * its own it is merged: the same id is the same thing, and of two copies the one changed last
 * wins; a theme or person with the same name but another id is taken to be the same one.
 * Importing the same archive twice changes nothing the second time. Call inside a transaction.
 */
export function mergeArchive(repo: SnapshotRepo, archive: ArchiveSnapshot): ArchiveImportReport {
  const current = repo.read();
  const counts = emptyCounts();
  const warnings: string[] = [];

  if (isEmptyJournal(current)) {
    repo.clearAll();
    archive.themes.forEach(repo.writeTheme);
    archive.people.forEach(repo.writePerson);
    archive.goals.forEach(repo.writeGoal);
    archive.entries.forEach((e) => repo.writeEntry(e));
    archive.followUps.forEach(repo.writeFollowUp);
    archive.reflections.forEach(repo.writeReflection);
    archive.drafts.forEach((d) => repo.writeDraft(d));
    archive.reviewDates.forEach(repo.writeReviewDate);
    for (const [key, value] of Object.entries(archive.settings)) repo.writeSetting(key, value);
    for (const kind of KINDS) counts[kind].added = archive[kind].length;
    return { restored: true, counts, warnings };
  }

  /** Adds, updates or keeps one item by id, newest `updatedAt` winning. */
  function upsert<T extends { id: string; updatedAt?: string }>(
    kind: ArchiveKind,
    existing: Map<string, T>,
    item: T,
    write: (item: T) => void,
  ) {
    const local = existing.get(item.id);
    if (!local) {
      write(item);
      counts[kind].added++;
    } else if (same(local, item)) {
      counts[kind].unchanged++;
    } else if (!local.updatedAt || !item.updatedAt || item.updatedAt > local.updatedAt) {
      write(item);
      counts[kind].updated++;
    } else {
      counts[kind].keptNewer++;
    }
  }

  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

  // Themes and people can already exist under another id with the same name: use the journal's.
  const themeIds = new Map<string, string>();
  const localThemes = byId(current.themes);
  for (const theme of archive.themes) {
    const sameName = localThemes.has(theme.id) ? undefined : repo.lookups.themeIdByName(theme.name);
    if (sameName && sameName !== theme.id) {
      themeIds.set(theme.id, sameName);
      counts.themes.unchanged++;
      warnings.push(`The theme “${theme.name}” is already in your journal; its entries join it.`);
      continue;
    }
    themeIds.set(theme.id, theme.id);
    upsert('themes', localThemes, theme, repo.writeTheme);
  }
  const personIds = new Map<string, string>();
  const localPeople = byId(current.people);
  for (const person of archive.people) {
    const sameName = localPeople.has(person.id) ? undefined : repo.lookups.personIdByName(person.name);
    if (sameName && sameName !== person.id) {
      personIds.set(person.id, sameName);
      counts.people.unchanged++;
      continue;
    }
    personIds.set(person.id, person.id);
    upsert('people', localPeople, person, repo.writePerson);
  }
  const localGoals = byId(current.goals);
  for (const goal of archive.goals) upsert('goals', localGoals, goal, repo.writeGoal);

  const localEntries = byId(current.entries);
  for (const entry of archive.entries) {
    const mapped = {
      ...entry,
      themeIds: [...new Set(entry.themeIds.map((id) => themeIds.get(id) ?? id))],
      personIds: [...new Set(entry.personIds.map((id) => personIds.get(id) ?? id))],
    };
    upsert('entries', localEntries, mapped, (e) => repo.writeEntry(e));
  }

  const localFollowUps = byId(current.followUps);
  for (const followUp of archive.followUps) {
    const local = localFollowUps.get(followUp.id);
    if (!local) {
      repo.writeFollowUp(followUp);
      counts.followUps.added++;
    } else if (same(local, followUp)) {
      counts.followUps.unchanged++;
    } else if (!local.answeredAt && !local.dismissedAt && (followUp.answeredAt || followUp.dismissedAt)) {
      // A follow-up answered in the archive but still waiting here: the answer is newer.
      repo.writeFollowUp(followUp);
      counts.followUps.updated++;
    } else {
      counts.followUps.keptNewer++;
    }
  }

  const localReflections = byId(current.reflections);
  for (const reflection of archive.reflections) {
    const holder = repo.lookups.reflectionIdAt(reflection.period, reflection.start);
    if (holder && holder !== reflection.id) {
      // The same week (or quarter, year) written on both sides: keep the later text, under the journal's id.
      const local = localReflections.get(holder);
      if (local && reflection.updatedAt > local.updatedAt) {
        repo.writeReflection({ ...reflection, id: holder, createdAt: local.createdAt });
        counts.reflections.updated++;
      } else {
        counts.reflections.keptNewer++;
      }
      continue;
    }
    upsert('reflections', localReflections, reflection, repo.writeReflection);
  }

  const localDrafts = byId(current.drafts);
  for (const draft of archive.drafts) upsert('drafts', localDrafts, draft, (d) => repo.writeDraft(d));

  const localReviews = byId(current.reviewDates);
  for (const review of archive.reviewDates) {
    const holder = repo.lookups.reviewIdOn(review.date);
    if (holder && holder !== review.id) {
      counts.reviewDates.unchanged++;
      continue;
    }
    upsert('reviewDates', localReviews, review, repo.writeReviewDate);
  }

  return { restored: false, counts, warnings };
}
