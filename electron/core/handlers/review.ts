import type { z } from 'zod';
import type { Handlers } from '../../../shared/api/contract';
import { ChronicleError } from '../../../shared/api/errors';
import type { PeriodChoice } from '../../../shared/api/schemas';
import { dateOfDay } from '../../../shared/domain/day';
import type { KeptBullet } from '../../../shared/domain/model';
import { type BulletDraft, type BulletFormat, draftBullets } from '../../../shared/domain/review/bullets';
import { reviewPacket } from '../../../shared/domain/review/packet';
import { type GoalWithEvidenceIds, type ReviewData, type ReviewPeriod, reviewPeriod } from '../../../shared/domain/review/period';
import { reviewReadiness } from '../../../shared/domain/review/readiness';
import { reviewSummary } from '../../../shared/domain/review/summary';
import type { Context } from './context';

type ReviewMethods =
  | 'reviews.list'
  | 'reviews.add'
  | 'reviews.delete'
  | 'review.period'
  | 'review.dashboard'
  | 'review.check'
  | 'review.summary'
  | 'review.packet'
  | 'review.bullets';

export type PeriodChoiceInput = z.output<typeof PeriodChoice>;

/** Reading the journal for review writing: shared by the review queries and saved drafts. */
export function reviewSources(ctx: Context) {
  const { entries, themes, goals, reflections, followUps, reviewDates } = ctx.repos;

  function resolvePeriod(choice: PeriodChoiceInput): ReviewPeriod {
    const result =
      choice.kind === 'sinceLastReview'
        ? reviewPeriod({ kind: 'sinceLastReview', reviews: reviewDates.list().map((r) => r.date), today: ctx.today() })
        : reviewPeriod(choice);
    if (!result.ok) throw new ChronicleError('invalid_input', result.problem.message, { code: result.problem.code });
    return result.period;
  }

  function goalsOf(years: number[]): GoalWithEvidenceIds[] {
    const evidence = goals.evidenceIds();
    return years.flatMap((year) => goals.list(year)).map((goal) => ({ ...goal, evidenceIds: evidence.get(goal.id) ?? [] }));
  }

  /** The goals of the period's years and of the year after it. */
  function goalsFor(period: ReviewPeriod): { goals: GoalWithEvidenceIds[]; goalsNext: GoalWithEvidenceIds[] } {
    const first = dateOfDay(period.from).getFullYear();
    const last = dateOfDay(period.to).getFullYear();
    return { goals: goalsOf(Array.from({ length: last - first + 1 }, (_, i) => first + i)), goalsNext: goalsOf([last + 1]) };
  }

  /** Everything the generators read about a period. */
  function dataFor(period: ReviewPeriod): ReviewData {
    const first = dateOfDay(period.from).getFullYear();
    const last = dateOfDay(period.to).getFullYear();
    const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
    return {
      period,
      entries: entries.fullInRange(period.from, period.to),
      themes: themes.list(),
      goals: goalsOf(years),
      goalsNext: goalsOf([last + 1]),
      reflections: reflections.list({ from: period.from, to: period.to }),
      followUps: { open: followUps.open() },
    };
  }

  function bulletsFor(input: { period?: PeriodChoiceInput; entryIds?: string[]; format: BulletFormat }): BulletDraft[] {
    const period = input.period && resolvePeriod(input.period);
    const picked = period ? entries.fullInRange(period.from, period.to) : entries.fullByIds(input.entryIds ?? []);
    if (input.entryIds && picked.length !== new Set(input.entryIds).size) {
      throw new ChronicleError('not_found', 'Some of the picked entries do not exist or are in the trash.');
    }
    return draftBullets(picked, input.format);
  }

  return { resolvePeriod, dataFor, goalsFor, bulletsFor };
}

/** Bullets as the user keeps them: each with an id, accepted or not. */
export function keepBullets(drafts: readonly BulletDraft[]): KeptBullet[] {
  return drafts.map((draft, i) => ({
    id: `b${i + 1}`,
    text: draft.text,
    sourceIds: draft.sourceIds,
    accepted: false,
    needsMeasure: draft.needsMeasure,
    warnings: draft.warnings.map((w) => ({ code: w.code, message: w.message })),
  }));
}

export function reviewHandlers(ctx: Context): Pick<Handlers, ReviewMethods> {
  const { reviewDates } = ctx.repos;
  const sources = reviewSources(ctx);

  return {
    'reviews.list': () => reviewDates.list(),

    'reviews.add': ({ date, note }) => {
      if (reviewDates.findByDate(date)) throw new ChronicleError('conflict', `A review on ${date} is already recorded.`);
      const id = ctx.newId();
      reviewDates.insert({ id, date, note, now: ctx.now() });
      return { id, date, note };
    },

    'reviews.delete': ({ id }) => {
      if (reviewDates.remove(id) === 0) throw new ChronicleError('not_found', 'That review date does not exist.');
      return { id };
    },

    'review.period': ({ period }) => sources.resolvePeriod(period),

    'review.dashboard': ({ period }) => {
      const resolved = sources.resolvePeriod(period);
      // Counted in SQL (same numbers as reviewDashboard over whole entries, see the tests).
      return { ...ctx.repos.dashboard.dashboard(resolved), period: resolved };
    },

    'review.check': ({ period }) => {
      const resolved = sources.resolvePeriod(period);
      return { ...reviewReadiness(sources.dataFor(resolved), { today: ctx.today() }), period: resolved };
    },

    'review.summary': ({ period }) => {
      const resolved = sources.resolvePeriod(period);
      return { ...reviewSummary(sources.dataFor(resolved)), period: resolved };
    },

    'review.packet': ({ period, reader }) => {
      const resolved = sources.resolvePeriod(period);
      return { ...reviewPacket(sources.dataFor(resolved), reader), period: resolved };
    },

    'review.bullets': (input) => sources.bulletsFor(input),
  };
}
