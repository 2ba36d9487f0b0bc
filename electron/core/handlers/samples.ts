import type { Handlers } from '../../../shared/api/contract';
import { ChronicleError } from '../../../shared/api/errors';
import { addDaysToDay, dateOfDay } from '../../../shared/domain/day';
import { periodStart } from '../../../shared/domain/periods';
import { SAMPLE_ENTRIES, SAMPLE_GOALS, SAMPLE_REFLECTION, sampleDay } from '../../../shared/domain/samples';
import type { Context } from './context';
import { entryLinks } from './entries';

interface CreatedBySamples {
  themeIds: string[];
  personIds: string[];
}

/** The welcome tour's examples: added in one step, removed in one step, nothing else touched. */
export function sampleHandlers(ctx: Context): Pick<Handlers, 'samples.load' | 'samples.remove'> {
  const { entries, themes, people, goals, reflections, followUps, settings } = ctx.repos;
  const links = entryLinks(ctx);

  return {
    'samples.load': () => {
      if (entries.hasSamples()) throw new ChronicleError('conflict', 'The examples are already in your journal.');
      const at = ctx.now();
      const today = ctx.today();
      const themesBefore = new Set(themes.ids());
      const peopleBefore = new Set(people.ids());
      const year = dateOfDay(today).getFullYear();
      const goalSeqs = SAMPLE_GOALS.map((goal) => {
        const id = ctx.newId();
        goals.insert(id, { year: year + goal.yearOffset, title: goal.title, description: goal.description, status: 'open' }, at, true);
        return goals.seqOf(id) as number;
      });
      for (const sample of SAMPLE_ENTRIES) {
        const date = sampleDay(today, sample.daysAgo);
        const seq = entries.insert(
          ctx.newId(),
          {
            date,
            title: sample.title,
            body: sample.body,
            impact: sample.impact,
            section: sample.section,
            kind: sample.kind,
            starred: sample.starred,
            links: [],
          },
          at,
          true,
        );
        entries.setThemes(seq, links.themeSeqs([], sample.themes, at));
        people.setForEntry(seq, links.personSeqs(sample.people, at));
        if (sample.goal !== undefined) goals.setForEntry(seq, [goalSeqs[sample.goal] as number]);
        if (sample.followUpAfterDays !== undefined) {
          const question = 'What actually happened because of this?';
          followUps.set({ id: ctx.newId(), entrySeq: seq, due: addDaysToDay(date, sample.followUpAfterDays), question, now: at });
        }
      }
      const week = periodStart('week', today, ctx.weekStartsOn());
      if (!reflections.get('week', week)) {
        reflections.save({ id: ctx.newId(), period: 'week', start: week, body: SAMPLE_REFLECTION, now: at, sample: true });
      }
      const created: CreatedBySamples = {
        themeIds: themes.ids().filter((id) => !themesBefore.has(id)),
        personIds: people.ids().filter((id) => !peopleBefore.has(id)),
      };
      settings.write('sampleCreated', created);
      return { entries: SAMPLE_ENTRIES.length };
    },

    'samples.remove': () => {
      const removed = entries.purgeSamples();
      goals.removeSamples();
      reflections.removeSamples();
      const created = settings.read('sampleCreated') as Partial<CreatedBySamples> | undefined;
      // Themes and people the examples brought in go too, unless the user has used them since.
      themes.removeUnused(Array.isArray(created?.themeIds) ? created.themeIds : []);
      people.removeUnused(Array.isArray(created?.personIds) ? created.personIds : []);
      settings.write('sampleCreated', { themeIds: [], personIds: [] });
      return { removed };
    },
  };
}
