import { useQuery, useQueryClient } from '@tanstack/react-query';
import { format } from 'date-fns';
import { useState } from 'react';
import type { BackupSettings as BackupFolderSetting } from '../../../shared/domain/model';
import { useFiles } from '../../api/useFiles';
import { useApi } from '../../query/ApiContext';
import { keys } from '../../query/keys';
import { errorMessage } from '../../ui/errors';
import '../../entries/suggestions/suggestions.css';

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Where backups go, the last one and the list. A failed backup stays on screen until one works.
 * Restoring replaces the open journal: the desktop app does it itself (closing and reopening the
 * journal); a browser's server cannot reopen it, so there the CLI command to run is shown.
 */
export function BackupSettings({ backup }: { backup: BackupFolderSetting }) {
  const api = useApi();
  const files = useFiles();
  const client = useQueryClient();
  const status = useQuery({
    queryKey: ['backups.status'],
    queryFn: () => api.invoke('backups.status', {}),
    // while a backup runs, look again until it is done; a start-up backup may finish unseen
    refetchInterval: (query) => (query.state.data?.running ? 500 : false),
    refetchOnMount: 'always',
  });
  const [folder, setFolder] = useState(backup.folder ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const [restored, setRestored] = useState<string | null>(null);

  const saveFolder = async (next: string | null) => {
    try {
      const settings = await api.invoke('settings.update', { backup: { folder: next } });
      client.setQueryData(keys.settings, settings);
      void client.invalidateQueries({ queryKey: ['backups.status'] });
      setProblem(null);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  const chooseFolder = async () => {
    try {
      const chosen = await files.chooseFolder?.('backups');
      if (!chosen) return;
      setFolder(chosen);
      await saveFolder(chosen);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  const restore = async (name: string) => {
    if (!files.restoreBackup) return;
    setRestoring(true);
    try {
      const { kept } = await files.restoreBackup(name);
      setRestored(kept ? `Restored. The journal as it was is kept at ${kept}` : 'Restored.');
      setChosen(null);
      setProblem(null);
      // Every window refetches on the `changed` the main process sends; this page's list too.
      void client.invalidateQueries();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setRestoring(false);
      setConfirming(false);
    }
  };
  const backUpNow = async () => {
    try {
      client.setQueryData(['backups.status'], await api.invoke('backups.now', {}));
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  const data = status.data;
  const last = data?.backups.find((b) => b.problem === null);
  const picked = data?.backups.find((b) => b.name === chosen);

  return (
    <section className="settings-group" aria-labelledby="settings-backups">
      <h2 className="settings-heading" id="settings-backups">
        Backups
      </h2>
      <p className="settings-note settings-note-first">
        A checked copy of your journal, made at most once a day when something changed, when Chronicle starts and when it quits. Chronicle
        keeps 7 daily, 4 weekly and 12 monthly copies. Pick a synced folder (Dropbox, iCloud Drive, OneDrive, Syncthing) and your journal
        follows you to your next computer.
      </p>
      <form
        className="settings-add-row"
        onSubmit={(event) => {
          event.preventDefault();
          void saveFolder(folder.trim() || null);
        }}
      >
        <label className="visually-hidden" htmlFor="settings-backup-folder">
          Backup folder
        </label>
        <input
          id="settings-backup-folder"
          className="input"
          placeholder={data?.isDefaultFolder ? data.folder : 'The app’s data folder'}
          value={folder}
          onChange={(event) => setFolder(event.target.value)}
        />
        <button type="submit" className="button button-small" disabled={(folder.trim() || null) === backup.folder}>
          Use this folder
        </button>
        {files.chooseFolder && (
          <button type="button" className="button button-small button-quiet" onClick={() => void chooseFolder()}>
            Choose folder…
          </button>
        )}
      </form>
      {data && <code className="settings-path">{data.folder}</code>}

      {data?.lastError && (
        <p className="field-error" role="alert">
          The last backup failed: {data.lastError.message}
        </p>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <p className="settings-note" role="status">
        {data?.running
          ? 'Backing up…'
          : last
            ? `Last backup ${format(new Date(last.at), 'd MMM yyyy, HH:mm')} · ${size(last.size)} · ${last.entryCount} ${last.entryCount === 1 ? 'entry' : 'entries'}`
            : data
              ? 'No backup yet.'
              : ''}
      </p>
      <div className="settings-buttons">
        <button type="button" className="button button-small" disabled={!data || data.running} onClick={() => void backUpNow()}>
          Back up now
        </button>
      </div>

      {restored && (
        <p className="settings-note" role="status">
          {restored}
        </p>
      )}
      {data && data.backups.length > 0 && (
        <>
          <ul className="backup-list" aria-label="Backups">
            {data.backups.map((b) => (
              <li key={b.name}>
                <label className={`backup-item ${b.problem ? 'is-damaged' : ''}`}>
                  <input
                    type="radio"
                    name="backup"
                    value={b.name}
                    checked={chosen === b.name}
                    onChange={() => {
                      setChosen(b.name);
                      setConfirming(false);
                      setRestored(null);
                    }}
                  />
                  <span className="backup-when">{format(new Date(b.at), 'EEE d MMM yyyy, HH:mm')}</span>
                  <span className="backup-what">
                    {b.problem ?? `${b.entryCount} ${b.entryCount === 1 ? 'entry' : 'entries'} · ${size(b.size)}`}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {picked && (
            <div className="backup-restore" role="region" aria-label="Restore this backup">
              {picked.problem ? (
                <p className="field-error">This backup cannot be restored: {picked.problem}</p>
              ) : (
                <>
                  <p className="settings-note settings-note-first">
                    This backup holds {picked.entryCount} {picked.entryCount === 1 ? 'entry' : 'entries'}, as they were on{' '}
                    {format(new Date(picked.at), 'd MMM yyyy')}. Restoring replaces the journal; the current one is kept beside it.
                    {files.restoreBackup ? '' : ' Quit Chronicle, then run:'}
                  </p>
                  {!files.restoreBackup ? (
                    <code className="settings-path">
                      chronicle restore {picked.name} --to {data.folder}
                    </code>
                  ) : confirming ? (
                    <div className="settings-buttons">
                      <button type="button" className="button button-small" disabled={restoring} onClick={() => void restore(picked.name)}>
                        {restoring
                          ? 'Restoring…'
                          : `Replace the journal with ${picked.entryCount} ${picked.entryCount === 1 ? 'entry' : 'entries'}`}
                      </button>
                      <button
                        type="button"
                        className="button button-small button-quiet"
                        disabled={restoring}
                        onClick={() => setConfirming(false)}
                      >
                        Cancel
                      </button>
                    </div>
                  ) : (
                    <div className="settings-buttons">
                      <button type="button" className="button button-small" onClick={() => setConfirming(true)}>
                        Restore this backup…
                      </button>
                    </div>
                  )}
                </>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}
