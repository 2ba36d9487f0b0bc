import type { Day } from '../day';
import type { Entry } from '../model';
import { plainExcerpt } from '../plainText';
import { SECTIONS, type SectionId } from '../sections';
import { byDate, monthOf } from './dashboard';
import { formatDay, monthName, monthsOfPeriod, type ReviewData } from './period';

/**
 * The check before sharing anything: what a manager or peer would notice is missing.
 * Each item says what is wrong in a sentence and carries the id of the thing to fix, so the
 * UI can open it in place.
 */
export const READINESS_KINDS = [
  'no-entries',
  'missing-impact',
  'vague-impact',
  'empty-section',
  'silent-month',
  'goal-without-evidence',
  'unanswered-follow-up',
] as const;
export type ReadinessKind = (typeof READINESS_KINDS)[number];

export interface ReadinessItem {
  kind: ReadinessKind;
  /** A sentence the user can act on. */
  message: string;
  entryId?: string;
  section?: SectionId;
  /** yyyy-MM */
  month?: string;
  goalId?: string;
  followUpId?: string;
}

export interface Readiness {
  /**
   * 0–100, unrounded so that every fix moves it (show it rounded):
   *
   *   score = 100 × (weight of checks passed) / (weight of all checks)
   *
   * The checks and their weights (READINESS_WEIGHTS):
   * - each accomplishment: it has an impact (2), and the impact is specific: a number or a
   *   "which caused…" phrase (1). Learnings and kudos are not asked for an impact.
   * - each of the six entry sections: something in it (1)
   * - each month of the period that has begun: at least one entry (1)
   * - each goal not dropped: at least one linked entry (1)
   * - each follow-up due by the end of the period: answered (1). Only open ones are known, so
   *   answering one removes a failed check; the score still rises because at least one
   *   section check passes whenever there are entries.
   *
   * Fixing a gap without opening a new one (e.g. a new entry that has a specific impact)
   * therefore always raises the score strictly. With no entries the score is 0.
   */
  score: number;
  /** The weights behind the score, for a "12 of 40 checks" style display. */
  checks: { passed: number; total: number };
  /** In the order of READINESS_KINDS, then by date. */
  items: ReadinessItem[];
}

export const READINESS_WEIGHTS = {
  impact: 2,
  specificImpact: 1,
  section: 1,
  month: 1,
  goalEvidence: 1,
  followUp: 1,
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
}

export function reviewReadiness(data: ReviewData, options: ReadinessOptions = {}): Readiness {
  const { period, entries } = data;
  if (entries.length === 0) {
    return {
      score: 0,
      checks: { passed: 0, total: 0 },
      items: [{ kind: 'no-entries', message: `There are no entries for ${period.label} yet: add what you did, even briefly, and this check will have something to look at.` }],
    };
  }
  const checks = [...entryChecks(entries), ...sectionChecks(data), ...monthChecks(data, options.today), ...goalChecks(data), ...followUpChecks(data)];
  const total = sum(checks.map((c) => c.weight));
  const passed = sum(checks.filter((c) => c.passed).map((c) => c.weight));
  return {
    score: total === 0 ? 0 : (100 * passed) / total,
    checks: { passed, total },
    items: checks.flatMap((c) => (c.item ? [c.item] : [])),
  };
}

function entryChecks(entries: readonly Entry[]): Check[] {
  const needing = byDate(entries.filter(needsImpact));
  const missing: Check[] = [];
  const vague: Check[] = [];
  for (const entry of needing) {
    const named = `"${entry.title}" (${formatDay(entry.date)})`;
    const hasImpact = plainExcerpt(entry.impact).length > 0;
    const specific = hasImpact && impactIsSpecific(entry.impact);
    missing.push({
      weight: READINESS_WEIGHTS.impact,
      passed: hasImpact,
      item: hasImpact ? undefined : { kind: 'missing-impact', message: `${named} has no impact yet: what happened because of it?`, entryId: entry.id },
    });
    vague.push({
      weight: READINESS_WEIGHTS.specificImpact,
      passed: specific,
      // A missing impact is already listed; one item per gap is enough.
      item:
        hasImpact && !specific
          ? { kind: 'vague-impact', message: `The impact of ${named} has no number and no "which caused…": what changed, and by how much?`, entryId: entry.id }
          : undefined,
    });
  }
  return [...missing, ...vague];
}

function sectionChecks(data: ReviewData): Check[] {
  const used = new Set(data.entries.map((e) => e.section));
  return SECTIONS.map((s): Check => ({
    weight: READINESS_WEIGHTS.section,
    passed: used.has(s.id),
    item: used.has(s.id) ? undefined : { kind: 'empty-section', message: `Nothing under ${s.label} in ${data.period.label}. ${s.blurb}`, section: s.id },
  }));
}

function monthChecks(data: ReviewData, today: Day | undefined): Check[] {
  const active = new Set(data.entries.map((e) => monthOf(e.date)));
  return monthsOfPeriod(data.period)
    .filter((month) => today === undefined || `${month}-01` <= today)
    .map((month): Check => ({
      weight: READINESS_WEIGHTS.month,
      passed: active.has(month),
      item: active.has(month)
        ? undefined
        : { kind: 'silent-month', message: `No entries in ${monthName(month)} ${month.slice(0, 4)}: anything worth remembering from that month?`, month },
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
      return { weight: READINESS_WEIGHTS.goalEvidence, passed, item: passed ? undefined : { kind: 'goal-without-evidence', message, goalId: goal.id } };
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
