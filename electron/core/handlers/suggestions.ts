import type { Handlers } from '../../../shared/api/contract';
import { ChronicleError } from '../../../shared/api/errors';
import * as S from '../../../shared/api/schemas';
import { addDaysToDay, type Day, weekStartOf } from '../../../shared/domain/day';
import {
  commitsByMonth,
  type GitCommit,
  type Suggestion,
  type SuggestionList,
  suggestFromCommits,
} from '../../../shared/domain/gitSuggestions';
import { LIMITS } from '../../../shared/domain/limits';
import { configuredEmail, readCommits } from '../git/gitLog';
import type { Context } from './context';
import { entryHandlers } from './entries';

type SuggestionMethods = 'suggestions.list' | 'suggestions.add' | 'suggestions.dismiss' | 'suggestions.identity';

interface Sources {
  from?: Day;
  to?: Day;
  repositories?: string[];
  authors?: string[];
}

/** Suggestions from local git history: read with the user's own git, nothing saved until added. */
export function suggestionHandlers(ctx: Context): Pick<Handlers, SuggestionMethods> {
  const remembered = ctx.db.prepare<[], { sha: string }>('SELECT sha FROM suggestion_commits');
  const remember = ctx.db.prepare(
    'INSERT INTO suggestion_commits (sha, repository, decision, entry_id, decided_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha) DO NOTHING',
  );
  const createEntry = entryHandlers(ctx)['entries.create'];

  function list(input: Sources): SuggestionList {
    const settings = ctx.readSettings();
    const to = input.to ?? addDaysToDay(weekStartOf(ctx.today(), settings.weekStartsOn), 6);
    const from = input.from ?? weekStartOf(input.to ?? ctx.today(), settings.weekStartsOn);
    if (from > to) throw new ChronicleError('invalid_input', 'The start of the range is after its end.');
    const repositories = input.repositories ?? settings.git.repositories;
    const authors = input.authors ?? settings.git.authors;
    const commits: GitCommit[] = [];
    const sources: SuggestionList['sources'] = [];
    for (const repository of repositories) {
      try {
        const found = readCommits({ repository, from, to, authors });
        commits.push(...found);
        sources.push({ repository, commits: found.length, problem: null });
      } catch (error) {
        if (!(error instanceof ChronicleError)) throw error;
        sources.push({ repository, commits: 0, problem: error.message });
      }
    }
    const known = new Set(remembered.all().map((row) => row.sha));
    return {
      from,
      to,
      authors,
      suggestions: suggestFromCommits(commits, { authors, from, to, remembered: known }),
      sources,
      commitsByMonth: commitsByMonth(commits, { authors, from, to }),
    };
  }

  function pick(input: Sources & { id: string }): Suggestion {
    const found = list(input).suggestions.find((suggestion) => suggestion.id === input.id);
    if (!found) {
      throw new ChronicleError('not_found', 'That suggestion is no longer there (it was added or dismissed, or its commits changed).', {
        id: input.id,
      });
    }
    return found;
  }

  return {
    'suggestions.list': (input) => list(input),

    'suggestions.add': (input) => {
      const suggestion = pick(input);
      const entry = createEntry(
        S.EntryCreateInput.parse({
          date: suggestion.to,
          title: suggestion.title.slice(0, LIMITS.titleLength),
          body: suggestion.body,
          newThemes: [suggestion.repositoryName.slice(0, LIMITS.themeNameLength)],
          people: suggestion.people.map((name) => name.slice(0, LIMITS.personNameLength)).slice(0, LIMITS.peoplePerEntry),
        }),
      );
      const at = ctx.now();
      for (const commit of suggestion.commits) remember.run(commit.sha, suggestion.repository, 'added', entry.id, at);
      return entry;
    },

    'suggestions.dismiss': (input) => {
      const suggestion = pick(input);
      const at = ctx.now();
      for (const commit of suggestion.commits) remember.run(commit.sha, suggestion.repository, 'dismissed', null, at);
      return { dismissed: suggestion.commits.length };
    },

    'suggestions.identity': () => ({ email: configuredEmail() }),
  };
}
