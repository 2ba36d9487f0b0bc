import { formatEntryDate } from '../entryDate';
import type { Day } from '../day';
import type { Entry } from '../model';
import { plainExcerpt } from '../plainText';
import { analyzeEntry, type EntryAnalysis } from './analysis';
import { byDate, monthOf } from './dashboard';
import { formatDay, monthName, monthsOfPeriod, type ReviewData } from './period';

/**
 * The check before sharing anything: what a careful manager would notice is missing, and
 * nothing else. Each item says what is wrong in a sentence and carries the id of the thing to
 * fix, so the UI can open it in place. Kinds are listed in the order that most improves the
 * review: a goal with no evidence is a whole paragraph missing, a single vague line is not.
 */
export const READINESS_KINDS = [
  'no-entries',
  'goal-without-evidence',
  'missing-impact',
  'vague-entry',
  'unanswered-follow-up',
  'single-entry-theme',
  'kudos-without-person',
  'guessed-date',
  'silent-month',
] as const;
export type ReadinessKind = (typeof READINESS_KINDS)[number];

export interface ReadinessItem {
  kind: ReadinessKind;
  /** A sentence the user can act on. */
  message: string;
  entryId?: string;
  /** yyyy-MM */
  month?: string;
  goalId?: string;
  themeId?: string;
  followUpId?: string;
}

export interface Readiness {
  /**
   * 0–100, unrounded so that every fix moves it (show it rounded):
   *
   *   score = 100 × (weight of checks passed) / (weight of all checks)
   *
   * The checks and their weights (READINESS_WEIGHTS); every failed check is one item:
   * - each accomplishment that records an action: it is not vague, i.e. not a weak verb
   *   ("worked on", "helped with") with no outcome stated anywhere (2)
   * - each starred or goal-linked accomplishment: it states an outcome somewhere: title, body,
   *   impact or a follow-up's answer; a number, "so…", "which…", "→", "adopted by"… (2)
   * - each goal not dropped: at least one linked entry (2)
   * - each follow-up due by the end of the period: answered (1)
   * - each theme used in the period: more than one entry (1)
   * - each kudos: says who gave it (1)
   * - each entry whose date is a guess: confirmed (1)
   * - each month of the period that has begun: at least one entry (1)
   *
   * Strong, specific entries without a stated result are not flagged: "Set up drift alerts for
   * the production models" is a fine line in a review. Fixing a gap without opening a new one
   * therefore always raises the score strictly. With no entries the score is 0.
   */
  score: number;
  /** The weights behind the score, for a "12 of 40 checks" style display. */
  checks: { passed: number; total: number };
  /** In the order of READINESS_KINDS, then starred first, then by date. */
  items: ReadinessItem[];
}

export const READINESS_WEIGHTS = {
  vague: 2,
  outcome: 2,
  goalEvidence: 2,
  followUp: 1,
  theme: 1,
  kudosPerson: 1,
  datePrecision: 1,
  month: 1,
} as const;

export interface ReadinessOptions {
  /** Months that start after this day are not expected to have entries yet. */
  today?: Day;
}

/** Phrases that say what happened *because* of the work (Julia Evans' "…which made the tests 3x faster"). */
export const CAUSAL_PHRASES: readonly string[] = [
  'which caused',
  'which made',
  'which meant',
  'which let',
  'which allowed',
  'which saved',
  'which cut',
  'so that',
  'resulting in',
  'resulted in',
  'leading to',
  'led to',
  'as a result',
  'because of this',
  'because of that',
  'because of it',
  'thanks to this',
  'thanks to that',
  'enabled',
  'enabling',
  'unblocked',
  'unblocking',
  'allowed',
  'allowing',
];

/** Spelled-out quantities count as numbers: "halved the build time" is specific. */
const NUMBER_WORDS =
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|twice|double[ds]?|triple[ds]?|tripled|halved|half|percent)\b/i;

/** True when the text states a quantity: a digit, or a number written as a word. */
export function hasNumber(text: string): boolean {
  return /\d/.test(text) || NUMBER_WORDS.test(text);
}

const CAUSAL_PATTERN = new RegExp(`\\b(?:${CAUSAL_PHRASES.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');

/** True when the text says what followed from the work: "…which made the tests 3x faster". */
export function hasCausalPhrase(text: string): boolean {
  return CAUSAL_PATTERN.test(plainExcerpt(text, Number.MAX_SAFE_INTEGER));
}

/** An impact says how much or what followed from the work, not just that it happened. */
export function impactIsSpecific(impact: string): boolean {
  return hasNumber(impact) || hasCausalPhrase(impact);
}

/** Only accomplishments are asked what happened because of them; a lesson or praise stands alone. */
export function needsImpact(entry: Pick<Entry, 'kind'>): boolean {
  return entry.kind === 'accomplishment';
}

interface Check {
  weight: number;
  passed: boolean;
  item?: ReadinessItem;
  /** Ties within a kind: starred entries first, then by date. */
  order?: string;
}

/** The analysis of an entry; callers with a cache pass theirs in. */
export type AnalysisLookup = (entry: Entry) => EntryAnalysis;

const analyzeDirectly: AnalysisLookup = (entry) => analyzeEntry(entry);

/**
 * Whether the entry's date is a guess (imported from a note that only said "spring", say).
 * The one place that reads date precision, so the field can change without touching the checks.
 */
/**
 * A date only known to a season, a half or a year: the review may place the work in the wrong
 * month. A week, a month or a quarter is what the author wrote and is precise enough for a review.
 */
export function dateIsGuess(entry: Entry): boolean {
  return entry.datePrecision === 'season' || entry.datePrecision === 'half' || entry.datePrecision === 'year';
}

export function reviewReadiness(data: ReviewData, options: ReadinessOptions = {}, analysisOf: AnalysisLookup = analyzeDirectly): Readiness {
  const { period, entries } = data;
  if (entries.length === 0) {
    return {
      score: 0,
      checks: { passed: 0, total: 0 },
      items: [
        {
          kind: 'no-entries',
          message: `There are no entries for ${period.label} yet: add what you did, even briefly, and this check will have something to look at.`,
        },
      ],
    };
  }
  const checks = [
    ...entryChecks(entries, analysisOf),
    ...themeChecks(data),
    ...monthChecks(data, options.today),
    ...goalChecks(data),
    ...followUpChecks(data),
  ];
  const total = sum(checks.map((c) => c.weight));
  const passed = sum(checks.filter((c) => c.passed).map((c) => c.weight));
  const items = checks
    .filter((c): c is Check & { item: ReadinessItem } => c.item !== undefined)
    .sort(
      (a, b) => READINESS_KINDS.indexOf(a.item.kind) - READINESS_KINDS.indexOf(b.item.kind) || (a.order ?? '').localeCompare(b.order ?? ''),
    )
    .map((c) => c.item);
  return { score: total === 0 ? 0 : (100 * passed) / total, checks: { passed, total }, items };
}

function entryChecks(entries: readonly Entry[], analysisOf: AnalysisLookup): Check[] {
  const checks: Check[] = [];
  for (const entry of byDate(entries)) {
    const named = `"${entry.title.trim()}" (${formatEntryDate(entry, formatDay)})`;
    const order = `${entry.starred ? 0 : 1}${entry.date}${entry.id}`;
    const analysis = analysisOf(entry);
    if (needsImpact(entry) && analysis.action) {
      const vague = analysis.action.strength === 'weak' && !analysis.hasOutcome;
      checks.push({
        weight: READINESS_WEIGHTS.vague,
        passed: !vague,
        order,
        item: vague
          ? {
              kind: 'vague-entry',
              message: `${named} says you took part ("${analysis.action.written.toLowerCase()}") but not what you did or what changed: what was your part, and what came of it?`,
              entryId: entry.id,
            }
          : undefined,
      });
      if ((entry.starred || entry.goals.length > 0) && !vague) {
        const why = entry.starred ? 'is starred' : `is evidence for "${entry.goals[0]?.title ?? ''}"`;
        checks.push({
          weight: READINESS_WEIGHTS.outcome,
          passed: analysis.hasOutcome,
          order,
          item: analysis.hasOutcome
            ? undefined
            : {
                kind: 'missing-impact',
                message: `${named} ${why} but does not say what changed because of it: what happened next?`,
                entryId: entry.id,
              },
        });
      }
    }
    if (needsImpact(entry) && analysis.nonAction === 'note' && !analysis.hasOutcome && !entry.body.trim()) {
      checks.push({
        weight: READINESS_WEIGHTS.vague,
        passed: false,
        order,
        item: {
          kind: 'vague-entry',
          message: `${named} names the work but not what you did or what came of it: a sentence or two will do.`,
          entryId: entry.id,
        },
      });
    }
    if (entry.kind === 'kudos') {
      const named_ = entry.people.length > 0 || analysis.names.length > 0;
      checks.push({
        weight: READINESS_WEIGHTS.kudosPerson,
        passed: named_,
        order,
        item: named_
          ? undefined
          : {
              kind: 'kudos-without-person',
              message: `${named} does not say who gave the kudos: add the person, so it can be quoted.`,
              entryId: entry.id,
            },
      });
    }
    if (dateIsGuess(entry)) {
      checks.push({
        weight: READINESS_WEIGHTS.datePrecision,
        passed: false,
        order,
        item: {
          kind: 'guessed-date',
          message: `${named} is only dated to a ${entry.datePrecision ?? 'season'}: give it a month so the review places it right.`,
          entryId: entry.id,
        },
      });
    }
  }
  return checks;
}

/** A theme with one entry cannot carry a section of the review: add to it or fold it into another. */
function themeChecks(data: ReviewData): Check[] {
  const counts = new Map<string, number>();
  for (const entry of data.entries) for (const t of entry.themes) counts.set(t.id, (counts.get(t.id) ?? 0) + 1);
  return data.themes
    .filter((t) => (counts.get(t.id) ?? 0) > 0)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((theme): Check => {
      const passed = (counts.get(theme.id) ?? 0) > 1;
      return {
        weight: READINESS_WEIGHTS.theme,
        passed,
        order: theme.name,
        item: passed
          ? undefined
          : {
              kind: 'single-entry-theme',
              message: `The theme "${theme.name}" has only one entry in ${data.period.label}: add the related work, or move the entry to another theme.`,
              themeId: theme.id,
            },
      };
    });
}

function monthChecks(data: ReviewData, today: Day | undefined): Check[] {
  const active = new Set(data.entries.map((e) => monthOf(e.date)));
  return monthsOfPeriod(data.period)
    .filter((month) => today === undefined || `${month}-01` <= today)
    .map((month): Check => ({
      weight: READINESS_WEIGHTS.month,
      order: month,
      passed: active.has(month),
      item: active.has(month)
        ? undefined
        : {
            kind: 'silent-month',
            message: `No entries in ${monthName(month)} ${month.slice(0, 4)}: anything worth remembering from that month?`,
            month,
          },
    }));
}

function goalChecks(data: ReviewData): Check[] {
  // A dropped goal needs no evidence: dropping it was the decision.
  return data.goals
    .filter((g) => g.status !== 'dropped')
    .map((goal): Check => {
      const passed = goal.evidenceIds.length > 0;
      const message =
        goal.status === 'achieved'
          ? `The goal "${goal.title}" is marked achieved but no entry shows it: link the work that got it there.`
          : `The goal "${goal.title}" has no linked entry yet: link the work that moved it forward.`;
      return {
        weight: READINESS_WEIGHTS.goalEvidence,
        passed,
        order: goal.title,
        item: passed ? undefined : { kind: 'goal-without-evidence', message, goalId: goal.id },
      };
    });
}

function followUpChecks(data: ReviewData): Check[] {
  const titles = new Map(data.entries.map((e) => [e.id, e.title]));
  return data.followUps.open
    .filter((f) => f.answeredAt === null && f.dismissedAt === null && f.due <= data.period.to)
    .sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id))
    .map((followUp): Check => {
      const title = titles.get(followUp.entryId);
      const about = title === undefined ? '' : ` about "${title}"`;
      return {
        weight: READINESS_WEIGHTS.followUp,
        passed: false,
        order: `${followUp.due}${followUp.id}`,
        item: {
          kind: 'unanswered-follow-up',
          message: `A follow-up${about} has waited for an answer since ${formatDay(followUp.due)}: ${followUp.question}`,
          followUpId: followUp.id,
          entryId: followUp.entryId,
        },
      };
    });
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
