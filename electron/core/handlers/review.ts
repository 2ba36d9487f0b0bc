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
import { entryLinks } from './entries';

type ReviewMethods =
  | 'review.orderThemes'
  | 'themes.accept'
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
    const { analysisOf, coreOf } = ctx.repos.analysis.forBullets(picked, input.format);
    return draftBullets(picked, input.format, analysisOf, coreOf);
  }

  /** The user's theme order for summaries and packets; anything unreadable counts as none. */
  function themeOrder(): string[] {
    const stored = ctx.repos.settings.read(THEME_ORDER_KEY);
    return Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string') : [];
  }

  /** Generators read each entry's cached analysis (computed and stored on first use). */
  function analysisFor(data: ReviewData) {
    return ctx.repos.analysis.forEntries(data.entries);
  }

  /** A summary's or packet's options: the theme order, and each entry's cached analysis and derived text. */
  function draftOptions(data: ReviewData) {
    return { themeOrder: themeOrder(), ...ctx.repos.analysis.forReview(data.entries) };
  }

  return { resolvePeriod, dataFor, goalsFor, bulletsFor, themeOrder, analysisFor, draftOptions };
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
    rank: draft.rank,
    inDefaultSet: draft.inDefaultSet,
    rankReasons: draft.rankReasons,
  }));
}

const THEME_ORDER_KEY = 'summaryThemeOrder';

export function reviewHandlers(ctx: Context): Pick<Handlers, ReviewMethods> {
  const { reviewDates, themes, entries } = ctx.repos;
  const sources = reviewSources(ctx);
  const links = entryLinks(ctx);

  return {
    'review.orderThemes': ({ order }) => {
      ctx.repos.settings.write(THEME_ORDER_KEY, order);
      return { order };
    },

    'themes.accept': ({ themeId, name, entryIds }) => {
      const [seq] = themeId ? links.themeSeqs([themeId], [], ctx.now()) : links.themeSeqs([], [name], ctx.now());
      const picked = entries.fullByIds(entryIds);
      if (seq === undefined || picked.length !== new Set(entryIds).size) {
        throw new ChronicleError('not_found', 'Some of the suggested entries do not exist or are in the trash.');
      }
      for (const entry of picked) {
        const current = links.themeSeqs(
          entry.themes.map((t) => t.id),
          [],
          ctx.now(),
        );
        entries.setThemes(ctx.liveEntryRow(entry.id).seq, [...new Set([...current, seq])]);
      }
      const theme = themes.list().find((t) => themes.seqOf(t.id) === seq);
      if (!theme) throw new ChronicleError('not_found', 'That theme does not exist.');
      return theme;
    },

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
      const data = sources.dataFor(resolved);
      return { ...reviewReadiness(data, { today: ctx.today() }, sources.analysisFor(data)), period: resolved };
    },

    'review.summary': ({ period }) => {
      const resolved = sources.resolvePeriod(period);
      const data = sources.dataFor(resolved);
      return { ...reviewSummary(data, sources.draftOptions(data)), period: resolved };
    },

    'review.packet': ({ period, reader }) => {
      const resolved = sources.resolvePeriod(period);
      const data = sources.dataFor(resolved);
      return {
        ...reviewPacket(data, reader, sources.draftOptions(data)),
        period: resolved,
      };
    },

    'review.bullets': (input) => sources.bulletsFor(input),
  };
}
