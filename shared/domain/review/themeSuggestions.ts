import type { Entry, Theme } from '../model';
import type { EntryAnalysis } from './analysis';
import { monthOf } from './dashboard';
import { type EntryText, entryTextLookup, stem, stemsOf } from './entryText';

/**
 * Where untagged entries belong, and which themes lead a year.
 *
 * Suggestions come from two places, both deterministic:
 * 1. the user's own tagging: an untagged entry that shares distinctive words with the entries
 *    of one theme (and clearly more than with any other) is suggested for that theme;
 * 2. a workstream finder for the rest: untagged entries whose titles share a distinctive word
 *    ("forecast", "search", "postmortem") across at least two months form a suggested theme
 *    named by that word, which is the author's own.
 * Accepting a suggestion tags the entries (themes.accept); until then the summary already
 * places them, and says nothing about tagging.
 */
export interface ThemeSuggestion {
  /** An existing theme's id, or null for a new workstream. */
  themeId: string | null;
  name: string;
  entryIds: string[];
  basis: 'tagged' | 'workstream';
}

/** Entries that can carry a theme: kudos and Outside of work stay where they are. */
function placeable(entry: Entry, analysis: EntryAnalysis | undefined): boolean {
  return entry.kind !== 'kudos' && entry.section !== 'outside' && analysis?.nonAction !== 'lifeEvent' && analysis?.nonAction !== 'feeling';
}

export function suggestThemes(
  entries: readonly Entry[],
  themes: readonly Theme[],
  analysisOf?: (entry: Entry) => EntryAnalysis,
  textOf: (entry: Entry) => EntryText = entryTextLookup(),
): ThemeSuggestion[] {
  const joined = new Map(entries.map((e) => [e.id, textOf(e).words]));
  // Stems as numbers, so counting and scoring are array arithmetic rather than map lookups.
  const stemIds = new Map<string, number>();
  const idsOf = new Map<string, Int32Array>();
  for (const [id, w] of joined) {
    const stems = stemsOf(w.all);
    const ids = new Int32Array(stems.length);
    for (let i = 0; i < stems.length; i++) {
      const s = stems[i] as string;
      let n = stemIds.get(s);
      if (n === undefined) {
        n = stemIds.size;
        stemIds.set(s, n);
      }
      ids[i] = n;
    }
    idsOf.set(id, ids);
  }
  // Only entries without a theme need their words as words (for workstreams): made when asked.
  const words = new Map<string, { title: Set<string>; all: string[]; spelling: Map<string, string> }>();
  const wordsOf = (id: string) => {
    let found = words.get(id);
    if (found === undefined) {
      const w = joined.get(id);
      found = { title: new Set(stemsOf(w?.title ?? '')), all: stemsOf(w?.all ?? ''), spelling: new Map(w?.spelling ?? []) };
      words.set(id, found);
    }
    return found;
  };
  const vocabulary = stemIds.size;
  const documentFrequency = new Int32Array(vocabulary);
  for (const ids of idsOf.values()) for (const n of ids) documentFrequency[n] = (documentFrequency[n] ?? 0) + 1;

  const untagged = entries.filter((e) => e.themes.length === 0 && placeable(e, analysisOf?.(e)));
  const suggestions: ThemeSuggestion[] = [];

  // 1. From the user's tagging: the theme whose entries share the most distinctive words.
  const themeCount = themes.length;
  const themeIndex = new Map(themes.map((t, i) => [t.id, i]));
  // profile[stem * themeCount + theme]: how many of the theme's entries use the stem.
  const profile = new Int32Array(vocabulary * themeCount);
  for (const e of entries)
    for (const id of new Set(e.themes.map((t) => t.id))) {
      const t = themeIndex.get(id);
      if (t !== undefined) for (const n of idsOf.get(e.id) ?? []) profile[n * themeCount + t] = (profile[n * themeCount + t] ?? 0) + 1;
    }
  // What each stem adds to each theme's score: its idf, counted for at most two of the theme's
  // entries; 0 where the theme never uses it. Each score adds its terms in the entry's word
  // order, as a sum over the entry's words per theme would.
  const weight = new Float64Array(vocabulary * themeCount);
  for (let n = 0; n < vocabulary; n++) {
    const idf = Math.log((entries.length + 1) / ((documentFrequency[n] ?? 0) + 1));
    for (let t = 0; t < themeCount; t++) {
      const count = profile[n * themeCount + t] ?? 0;
      if (count > 0) weight[n * themeCount + t] = idf * Math.min(2, count);
    }
  }
  // Ties go to the name first in alphabetical order; names are compared once, not per entry.
  const byName = themes.map((_, i) => i).sort((a, b) => (themes[a]?.name ?? '').localeCompare(themes[b]?.name ?? ''));
  const nameRank = themes.map(() => 0);
  byName.forEach((i, at) => {
    const before = byName[at - 1];
    const same = before !== undefined && (themes[before]?.name ?? '').localeCompare(themes[i]?.name ?? '') === 0;
    nameRank[i] = same ? (nameRank[before] ?? at) : at;
  });
  const placed = new Set<string>();
  const byTheme = new Map<string, string[]>();
  const sums = new Float64Array(themeCount);
  for (const entry of untagged) {
    sums.fill(0);
    for (const n of idsOf.get(entry.id) ?? [])
      for (let t = 0; t < themeCount; t++) sums[t] = (sums[t] ?? 0) + (weight[n * themeCount + t] ?? 0);
    const scores = themes
      .map((theme, i) => ({ theme, score: sums[i] ?? 0, rank: nameRank[i] ?? 0 }))
      .sort((a, b) => b.score - a.score || a.rank - b.rank);
    const [best, second] = scores;
    // Clearly one theme, on more than one shared word's worth of evidence.
    if (best && best.score >= 4 && best.score >= 1.5 * (second?.score ?? 0)) {
      placed.add(entry.id);
      const ids = byTheme.get(best.theme.id);
      if (ids) ids.push(entry.id);
      else byTheme.set(best.theme.id, [entry.id]);
    }
  }
  for (const theme of themes) {
    const ids = byTheme.get(theme.id);
    if (ids) suggestions.push({ themeId: theme.id, name: theme.name, entryIds: ids, basis: 'tagged' });
  }

  // 2. Workstreams among the rest: a shared title word across months, then a word shared by
  // whole entries as long as it is in one of their titles (so the name is a title word).
  let rest = untagged.filter((e) => !placed.has(e.id));
  const taken = new Set(themes.map((t) => stem(t.name.toLowerCase())));
  for (const field of ['title', 'all'] as const) {
    // Each stem's entries among the rest, in the rest's order. A pick removes its entries from
    // the groups they are in, and only those groups are judged again.
    const groups = new Map<string, Entry[]>();
    for (const e of rest)
      for (const s of wordsOf(e.id)[field]) {
        const group = groups.get(s);
        if (group) group.push(e);
        else groups.set(s, [e]);
      }
    const qualifies = (s: string, group: readonly Entry[]): boolean =>
      group.length >= 3 &&
      s.length >= 3 &&
      !taken.has(s) &&
      group.some((e) => wordsOf(e.id).title.has(s)) &&
      new Set(group.map((e) => monthOf(e.date))).size >= 2;
    const candidates = new Set<string>();
    for (const [s, group] of groups) if (qualifies(s, group)) candidates.add(s);
    for (;;) {
      // The most entries first, then the stem in alphabetical order.
      let pick: [string, Entry[]] | undefined;
      for (const s of candidates) {
        const group = groups.get(s) as Entry[];
        if (!pick || group.length > pick[1].length || (group.length === pick[1].length && s.localeCompare(pick[0]) < 0)) pick = [s, group];
      }
      if (!pick) break;
      const [s, group] = pick;
      const name = group.map((e) => wordsOf(e.id).spelling.get(s)).find((w): w is string => w !== undefined) ?? s;
      suggestions.push({ themeId: null, name, entryIds: group.map((e) => e.id), basis: 'workstream' });
      taken.add(s);
      const ids = new Set(group.map((e) => e.id));
      rest = rest.filter((e) => !ids.has(e.id));
      const touched = new Set<string>([s]);
      for (const e of group) for (const t of wordsOf(e.id)[field]) touched.add(t);
      for (const t of touched) {
        const left = (groups.get(t) ?? []).filter((e) => !ids.has(e.id));
        groups.set(t, left);
        if (qualifies(t, left)) candidates.add(t);
        else candidates.delete(t);
      }
    }
  }
  return suggestions;
}

/** The score that orders a year's themes, in one line for the UI. */
export const THEME_SCORE_RULE =
  'Until you save an order, themes are ordered by how much of the year they span (2 per month), starred entries (3 each), measured results (3 each) and goals served (3 each), plus 1 per entry; a theme of one entry never leads.';

export interface ScoredTheme {
  id: string;
  name: string;
  description: string;
  entries: Entry[];
  /** Placed by suggestion rather than by the user's tags. */
  suggested: boolean;
  score: number;
}

export function themeScore(entries: readonly Entry[], analysisOf: (entry: Entry) => EntryAnalysis): number {
  const months = new Set(entries.map((e) => monthOf(e.date))).size;
  const starred = entries.filter((e) => e.starred).length;
  const results = entries.filter((e) => analysisOf(e).measures.some((m) => m.kind !== 'count' && m.kind !== 'teamSize')).length;
  const goals = new Set(entries.flatMap((e) => e.goals.map((g) => g.id))).size;
  return 2 * months + 3 * starred + 3 * results + 3 * goals + entries.length;
}

/**
 * Themes in the order the summary tells them: the user's own order first (pinned lead, then
 * any reordering), the rest by score. A theme of one entry never leads unless it is pinned.
 */
export function orderThemes(themes: readonly ScoredTheme[], userOrder: readonly string[] = []): ScoredTheme[] {
  const byScore = [...themes].sort(
    (a, b) => Number(b.entries.length > 1) - Number(a.entries.length > 1) || b.score - a.score || a.name.localeCompare(b.name),
  );
  const chosen = userOrder.flatMap((key) => byScore.filter((t) => t.id === key || t.name === key));
  return [...new Set([...chosen, ...byScore])];
}
