import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Input } from '../../../shared/api/contract';
import type { ImportPreview } from '../../../shared/domain/model';
import { useApi } from '../../query/ApiContext';
import { journalChanged } from '../../query/cache';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/errors';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import { ArchivePreview } from './ArchivePreview';
import { EntriesPreview } from './EntriesPreview';
import { FORMAT_LABELS, outcomeMessage, plural } from './transferWords';
import type { ImportSource } from './useImportSource';
import './transfer.css';

type ImportRequest = Input<'import.preview'>;

function requestFor(
  source: ImportSource,
  choices: { defaultDate: string; includeDuplicates: boolean; answers: Record<string, string> },
): ImportRequest | null {
  if ('problem' in source) return null;
  const file = 'data' in source ? { data: source.data } : { folder: source.folder };
  return {
    fileName: source.fileName,
    ...file,
    ...(choices.defaultDate ? { defaultDate: choices.defaultDate } : {}),
    includeDuplicates: choices.includeDuplicates,
    ...(Object.keys(choices.answers).length > 0 ? { answers: choices.answers } : {}),
  };
}

/**
 * The answers after the user gave some more. A note kept as a note again no longer is an entry,
 * so the answers to that entry's own questions ("n1:date") go with it: the backend refuses
 * answers to questions the file does not ask.
 */
function mergeAnswers(now: Record<string, string>, given: Record<string, string>): Record<string, string> {
  const merged = { ...now, ...given };
  for (const [id, answer] of Object.entries(given)) {
    const note = /^note:(\d+)$/.exec(id);
    if (!note || answer === 'entry') continue;
    for (const key of Object.keys(merged)) if (key.startsWith(`n${note[1]}:`)) delete merged[key];
  }
  return merged;
}

/** What pressing Import would bring in; zero means there is nothing to press it for. */
function importCount(preview: ImportPreview, includeDuplicates: boolean): number {
  if (preview.archive) return Object.values(preview.archive.counts).reduce((n, c) => n + c.added + c.updated, 0);
  const entries = preview.entries.filter((e) => includeDuplicates || !e.duplicateOf).length;
  return entries + preview.goals.filter((g) => !g.exists).length;
}

function importLabel(preview: ImportPreview, includeDuplicates: boolean): string {
  if (preview.archive) return preview.archive.restored ? 'Restore journal' : 'Import archive';
  const entries = preview.entries.filter((e) => includeDuplicates || !e.duplicateOf).length;
  const goals = preview.goals.filter((g) => !g.exists).length;
  return entries === 0 && goals > 0 ? `Import ${plural(goals, 'goal')}` : `Import ${plural(entries, 'entry', 'entries')}`;
}

/**
 * Always a preview first: what the file is, what would be created, merged or skipped, and what
 * Chronicle needs to know (a day for undated items). Import then writes it all or nothing.
 */
export function ImportDialog({ source, onClose, onShowJournal }: { source: ImportSource; onClose: () => void; onShowJournal: () => void }) {
  const api = useApi();
  const client = useQueryClient();
  const toast = useToast();
  const [defaultDate, setDefaultDate] = useState('');
  const [includeDuplicates, setIncludeDuplicates] = useState(false);
  // The user's answers to the preview's questions; every preview and the import carry them.
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [committing, setCommitting] = useState(false);
  const [commitProblem, setCommitProblem] = useState<string | null>(null);
  // Which rows have no date in the file itself; later previews carry the default day instead.
  const [undatedRows, setUndatedRows] = useState<number[] | null>(null);

  const request = requestFor(source, { defaultDate, includeDuplicates: false, answers });
  const preview = useQuery({
    // The file is identified by its key: its bytes are too big to be part of a query key.
    queryKey: ['import.preview', { source: source.key, defaultDate, answers }],
    queryFn: () => api.invoke('import.preview', request as ImportRequest),
    enabled: request !== null,
    retry: false,
    gcTime: 0,
    placeholderData: keepPreviousData,
  });

  useEffect(() => {
    if (preview.data && !preview.isPlaceholderData && !defaultDate && undatedRows === null) {
      setUndatedRows(preview.data.entries.flatMap((e, i) => (e.date === null ? [i] : [])));
    }
  }, [preview.data, preview.isPlaceholderData, defaultDate, undatedRows]);

  const problem = 'problem' in source ? source.problem : preview.isError && !preview.data ? errorMessage(preview.error) : null;
  const data = problem ? undefined : preview.data;
  // Undated items need the default day unless each was given its own.
  const needsDate = (data?.undated ?? 0) > 0;

  const commit = async () => {
    const final = requestFor(source, { defaultDate, includeDuplicates, answers });
    if (!final) return;
    setCommitting(true);
    setCommitProblem(null);
    try {
      const outcome = await api.invoke('import.commit', final);
      journalChanged(client);
      toast({ message: outcomeMessage(outcome), action: { label: 'Show in journal', run: onShowJournal } });
      onClose();
    } catch (error) {
      setCommitProblem(errorMessage(error));
      setCommitting(false);
    }
  };

  return (
    <Dialog label={`Import ${source.fileName}`} onClose={onClose} className="import-dialog">
      <header className="import-header">
        <h2 className="dialog-title">
          Import <span className="import-file-name">{source.fileName}</span>
        </h2>
        {data && <p className="import-format">{FORMAT_LABELS[data.format]}</p>}
      </header>

      <div className="import-body" aria-busy={preview.isFetching || undefined}>
        {problem ? (
          <ImportProblem message={problem} />
        ) : !data ? (
          <p className="import-loading">Reading the file…</p>
        ) : (
          <>
            {data.warnings.length > 0 && (
              <ul className="import-warnings" aria-label="About this file">
                {data.warnings.map((w) => (
                  <li key={w}>
                    <Icon name="alert" size={14} /> {w}
                  </li>
                ))}
              </ul>
            )}
            {data.archive ? (
              <ArchivePreview archive={data.archive} />
            ) : (
              <EntriesPreview
                preview={data}
                undatedRows={undatedRows ?? []}
                defaultDate={defaultDate}
                onDefaultDate={setDefaultDate}
                includeDuplicates={includeDuplicates}
                onIncludeDuplicates={setIncludeDuplicates}
                onAnswer={(given) => setAnswers((now) => mergeAnswers(now, given))}
              />
            )}
          </>
        )}
        {commitProblem && (
          <p className="field-error import-commit-problem" role="alert">
            Nothing was imported: {commitProblem}
          </p>
        )}
      </div>

      <footer className="dialog-actions import-actions">
        {needsDate && data && <span className="import-hint">Choose a day for the undated items first.</span>}
        <button type="button" className="button" onClick={onClose}>
          {problem ? 'Close' : 'Cancel'}
        </button>
        {data && (
          <button
            type="button"
            className="button button-primary"
            disabled={committing || preview.isFetching || needsDate || importCount(data, includeDuplicates) === 0}
            onClick={() => void commit()}
          >
            {committing ? 'Importing…' : importLabel(data, includeDuplicates)}
          </button>
        )}
      </footer>
    </Dialog>
  );
}

function ImportProblem({ message }: { message: string }) {
  return (
    <div className="import-problem" role="alert">
      <Icon name="alert" size={18} />
      <div>
        <p className="import-problem-title">Chronicle can’t import this file</p>
        <p>{message}</p>
        <p className="import-problem-note">Nothing was imported.</p>
      </div>
    </div>
  );
}
