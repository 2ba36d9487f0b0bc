import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { GitSettings } from '../../../shared/domain/model';
import { useFiles } from '../../api/useFiles';
import { useApi } from '../../query/ApiContext';
import { keys } from '../../query/keys';
import { errorMessage } from '../../ui/errors';
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
  const [folder, setFolder] = useState('');
  const [email, setEmail] = useState('');
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
      <ul className="settings-list" aria-label="Repositories">
        {git.repositories.map((repository) => (
          <li key={repository} className="settings-list-item">
            <code>{repository}</code>
            <button
              type="button"
              className="button button-small button-quiet"
              aria-label={`Stop reading ${repository}`}
              onClick={() => void save({ ...git, repositories: git.repositories.filter((r) => r !== repository) })}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form
        className="settings-add-row"
        onSubmit={(event) => {
          event.preventDefault();
          const value = folder.trim();
          if (!value || git.repositories.includes(value)) return;
          void save({ ...git, repositories: [...git.repositories, value] }).then((ok) => ok && setFolder(''));
        }}
      >
        <label className="visually-hidden" htmlFor="settings-git-folder">
          Repository folder
        </label>
        <input
          id="settings-git-folder"
          className="input"
          placeholder="/Users/you/code/project"
          value={folder}
          onChange={(event) => setFolder(event.target.value)}
        />
        <button type="submit" className="button button-small" disabled={!folder.trim()}>
          Add repository
        </button>
        {files.chooseFolder && (
          <button type="button" className="button button-small button-quiet" onClick={() => void chooseRepository()}>
            Choose folder…
          </button>
        )}
      </form>

      <ul className="settings-list" aria-label="Your commit emails">
        {git.authors.map((author) => (
          <li key={author} className="settings-list-item">
            <code>{author}</code>
            <button
              type="button"
              className="button button-small button-quiet"
              aria-label={`Remove ${author}`}
              onClick={() => void save({ ...git, authors: git.authors.filter((a) => a !== author) })}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form
        className="settings-add-row"
        onSubmit={(event) => {
          event.preventDefault();
          const value = email.trim();
          if (!value || git.authors.includes(value)) return;
          void save({ ...git, authors: [...git.authors, value] }).then((ok) => ok && setEmail(''));
        }}
      >
        <label className="visually-hidden" htmlFor="settings-git-email">
          Your commit email
        </label>
        <input
          id="settings-git-email"
          className="input"
          type="email"
          placeholder={suggestedEmail ?? 'you@example.com'}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <button type="submit" className="button button-small" disabled={!email.trim()}>
          Add email
        </button>
        {suggestedEmail && (
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => void save({ ...git, authors: [...git.authors, suggestedEmail] })}
          >
            Use {suggestedEmail}
          </button>
        )}
      </form>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
