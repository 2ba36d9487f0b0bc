import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { GitSettings } from '../../../shared/domain/model';
import { useFiles } from '../../api/useFiles';
import { useApi } from '../../query/ApiContext';
import { keys } from '../../query/keys';
import { errorMessage } from '../../ui/errors';
import { EditableList } from './EditableList';
import '../../entries/suggestions/suggestions.css';

/**
 * The repositories Chronicle reads for suggestions and the emails that are the user. A folder is
 * typed or pasted, or in the desktop app chosen in the native dialog (a browser cannot tell a page
 * a folder's path); the first email is offered from `git config user.email`.
 */
export function RepositorySettings({ git }: { git: GitSettings }) {
  const api = useApi();
  const files = useFiles();
  const client = useQueryClient();
  const identity = useQuery({
    queryKey: ['suggestions.identity'],
    queryFn: () => api.invoke('suggestions.identity', {}),
    staleTime: Infinity,
  });
  const [problem, setProblem] = useState<string | null>(null);

  const save = async (next: GitSettings) => {
    try {
      const settings = await api.invoke('settings.update', { git: next });
      client.setQueryData(keys.settings, settings);
      void client.invalidateQueries({ queryKey: ['suggestions.list'] });
      setProblem(null);
      return true;
    } catch (error) {
      setProblem(errorMessage(error));
      return false;
    }
  };
  const chooseRepository = async () => {
    try {
      const chosen = await files.chooseFolder?.('repository');
      if (chosen && !git.repositories.includes(chosen)) await save({ ...git, repositories: [...git.repositories, chosen] });
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  const suggestedEmail = identity.data?.email && !git.authors.includes(identity.data.email) ? identity.data.email : null;

  return (
    <section className="settings-group" aria-labelledby="settings-git">
      <h2 className="settings-heading" id="settings-git">
        Suggestions from your commits
      </h2>
      <p className="settings-note settings-note-first">
        Chronicle reads these repositories with your own <code>git</code>, read-only, and suggests entries from the commits you wrote or
        co-wrote. Nothing leaves this computer, and nothing is saved until you add a suggestion.
      </p>
      <EditableList
        items={git.repositories}
        listLabel="Repositories"
        removeLabel={(repository) => `Stop reading ${repository}`}
        field={{ id: 'settings-git-folder', label: 'Repository folder', placeholder: '/Users/you/code/project' }}
        addText="Add repository"
        save={(repositories) => save({ ...git, repositories })}
      >
        {files.chooseFolder && (
          <button type="button" className="button button-small button-quiet" onClick={() => void chooseRepository()}>
            Choose folder…
          </button>
        )}
      </EditableList>

      <EditableList
        items={git.authors}
        listLabel="Your commit emails"
        removeLabel={(author) => `Remove ${author}`}
        field={{ id: 'settings-git-email', label: 'Your commit email', placeholder: suggestedEmail ?? 'you@example.com', type: 'email' }}
        addText="Add email"
        save={(authors) => save({ ...git, authors })}
      >
        {suggestedEmail && (
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => void save({ ...git, authors: [...git.authors, suggestedEmail] })}
          >
            Use {suggestedEmail}
          </button>
        )}
      </EditableList>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
