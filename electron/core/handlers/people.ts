import type { Handlers } from '../../../shared/api/contract';
import { ChronicleError } from '../../../shared/api/errors';
import type { Context } from './context';

type PeopleMethods = 'people.list' | 'people.update' | 'people.merge' | 'people.delete';

export function peopleHandlers(ctx: Context): Pick<Handlers, PeopleMethods> {
  const { people } = ctx.repos;

  function personOrThrow(id: string) {
    const person = people.get(id);
    if (!person) throw new ChronicleError('not_found', 'That person is not in the journal.', { id });
    return person;
  }

  return {
    'people.list': () => people.list(),

    'people.update': ({ id, name }) => {
      personOrThrow(id);
      const clash = people.findByName(name);
      if (clash && clash.id !== id) {
        throw new ChronicleError('conflict', `"${name}" is already in the journal. Merge the two instead.`, { existingId: clash.id });
      }
      people.rename({ id, name, now: ctx.now() });
      return personOrThrow(id);
    },

    'people.merge': ({ sourceId, targetId }) => {
      personOrThrow(sourceId);
      personOrThrow(targetId);
      people.moveEntries(people.seqOf(sourceId) as number, people.seqOf(targetId) as number);
      people.remove(sourceId);
      return personOrThrow(targetId);
    },

    'people.delete': ({ id }) => {
      personOrThrow(id);
      people.remove(id);
      return { id };
    },
  };
}
