import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createContext } from '../../electron/core/handlers/context';
import { reviewSources } from '../../electron/core/handlers/review';
import { reviewDashboard } from '../../shared/domain/review/dashboard';
import { SECTION_IDS } from '../../shared/domain/sections';
import { ENTRY_KINDS } from '../../shared/domain/model';
import { openTestJournal, type TestJournal } from './journal';

let journal: TestJournal | undefined;
afterEach(() => journal?.close());

const entry = fc.record({
  date: fc
    .tuple(fc.integer({ min: 2025, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  title: fc.constantFrom('Shipped it', 'Mentored Sam', 'Fixed CI', 'Design doc', 'Talk'),
  section: fc.constantFrom(...SECTION_IDS),
  kind: fc.constantFrom(...ENTRY_KINDS),
  starred: fc.boolean(),
  themes: fc.uniqueArray(fc.constantFrom('leadership', 'quality', 'ml', 'hiring', 'writing', 'growth', 'oncall'), { maxLength: 4 }),
  people: fc.uniqueArray(fc.constantFrom('Sam', 'Priya', 'Zoë'), { maxLength: 2 }),
  trashed: fc.boolean(),
});

type Generated = typeof entry extends fc.Arbitrary<infer T> ? T : never;

function fill(list: Generated[]) {
  const j = openTestJournal({ now: () => new Date('2026-11-27T10:00:00Z') });
  j.call('themes.create', { name: 'unused', description: '' });
  for (const e of list) {
    const created = j.call('entries.create', {
      date: e.date,
      title: e.title,
      section: e.section,
      kind: e.kind,
      starred: e.starred,
      newThemes: e.themes,
      people: e.people,
    });
    if (e.trashed) j.call('entries.delete', { id: created.id });
  }
  return j;
}

describe('counts come from SQL and match counting whole entries', () => {
  it('gives the review dashboard the same numbers as counting the period’s entries', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 40 }),
        fc.constantFrom<{ kind: 'year'; year: number } | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }>(
          { kind: 'year', year: 2025 },
          { kind: 'year', year: 2026 },
          { kind: 'quarter', year: 2026, quarter: 2 },
        ),
        (list, period) => {
          journal = fill(list);
          const sources = reviewSources(createContext({ db: journal.backend.db, databasePath: journal.databasePath }));
          const simple = reviewDashboard(sources.dataFor(sources.resolvePeriod(period)));
          const { period: _, ...fast } = journal.call('review.dashboard', { period });
          expect(fast).toEqual(simple);
          journal.close();
          journal = undefined;
        },
      ),
      { numRuns: 20 },
    );
  });

  it('counts each theme’s and person’s entries outside the trash', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), (list) => {
        journal = fill(list);
        const live = list.filter((e) => !e.trashed);
        const themes = journal.call('themes.list', {});
        const repos = createContext({ db: journal.backend.db, databasePath: journal.databasePath }).repos;
        for (const theme of themes) {
          expect([theme.name, theme.entryCount]).toEqual([
            theme.name,
            live.filter((e) => (e.themes as string[]).includes(theme.name)).length,
          ]);
          expect(repos.themes.get(theme.id)?.entryCount).toBe(theme.entryCount);
        }
        for (const person of journal.call('people.list', {})) {
          expect([person.name, person.entryCount]).toEqual([
            person.name,
            live.filter((e) => (e.people as string[]).includes(person.name)).length,
          ]);
        }
        journal.close();
        journal = undefined;
      }),
      { numRuns: 20 },
    );
  });

  it('gives each person the entries, kudos and first and last day that counting their entries gives', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), (list) => {
        journal = fill(list);
        const live = list.filter((e) => !e.trashed);
        const simple = (name: string) => {
          const theirs = live.filter((e) => (e.people as string[]).includes(name));
          const days = theirs.map((e) => e.date).sort();
          return {
            entryCount: theirs.length,
            kudosCount: theirs.filter((e) => e.kind === 'kudos').length,
            firstDate: days[0] ?? null,
            lastDate: days.at(-1) ?? null,
          };
        };
        const people = journal.call('people.list', {});
        const repos = createContext({ db: journal.backend.db, databasePath: journal.databasePath }).repos;
        // Everyone ever named is listed, the trashed-only ones with nothing counted.
        expect(people.map((p) => p.name).sort()).toEqual([...new Set(list.flatMap((e) => e.people as string[]))].sort());
        for (const person of people) {
          expect({ name: person.name, ...simple(person.name) }).toEqual({
            name: person.name,
            entryCount: person.entryCount,
            kudosCount: person.kudosCount,
            firstDate: person.firstDate,
            lastDate: person.lastDate,
          });
          expect(repos.people.get(person.id)).toEqual(person);
        }
        // Most recent first, people with no live entry last.
        const last = people.map((p) => p.lastDate ?? '');
        expect(last).toEqual([...last].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : b.localeCompare(a))));
        journal.close();
        journal = undefined;
      }),
      { numRuns: 25 },
    );
  });
});
