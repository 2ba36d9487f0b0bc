import type { Handlers } from '../../../shared/api/contract';
import { ChronicleError } from '../../../shared/api/errors';
import type { Context } from './context';

type GoalMethods = 'goals.list' | 'goals.get' | 'goals.create' | 'goals.update' | 'goals.delete' | 'goals.link' | 'goals.unlink';

export function goalHandlers(ctx: Context): Pick<Handlers, GoalMethods> {
  const { goals, entries } = ctx.repos;

  function goalOrThrow(id: string) {
    const goal = goals.get(id);
    if (!goal) throw new ChronicleError('not_found', 'That goal does not exist.', { id });
    return goal;
  }

  function evidenceLink(goalId: string, entryId: string) {
    goalOrThrow(goalId);
    const row = ctx.liveEntryRow(entryId);
    return { entrySeq: row.seq, goalSeq: goals.seqOf(goalId) as number };
  }

  return {
    'goals.list': ({ year }) => goals.list(year),

    'goals.get': ({ id }) => {
      const goal = goalOrThrow(id);
      const evidence = entries.list({ goalId: id, trashed: false, limit: 500 }).items;
      return { ...goal, evidence };
    },

    'goals.create': (input) => {
      const id = ctx.newId();
      goals.insert(id, input, ctx.now());
      return goalOrThrow(id);
    },

    'goals.update': (input) => {
      const goal = goalOrThrow(input.id);
      goals.update(
        goal.id,
        {
          year: input.year ?? goal.year,
          title: input.title ?? goal.title,
          description: input.description ?? goal.description,
          status: input.status ?? goal.status,
        },
        ctx.now(),
      );
      return goalOrThrow(goal.id);
    },

    'goals.delete': ({ id }) => {
      goalOrThrow(id);
      goals.remove(id);
      return { id };
    },

    'goals.link': ({ goalId, entryId }) => {
      const { entrySeq, goalSeq } = evidenceLink(goalId, entryId);
      goals.link(entrySeq, goalSeq);
      return goalOrThrow(goalId);
    },

    'goals.unlink': ({ goalId, entryId }) => {
      const { entrySeq, goalSeq } = evidenceLink(goalId, entryId);
      goals.unlink(entrySeq, goalSeq);
      return goalOrThrow(goalId);
    },
  };
}
