import { ChronicleError, type ErrorCode } from '../../shared/api/errors';

export interface FailureDialog {
  title: string;
  message: string;
}

const JOURNAL_TITLES: Partial<Record<ErrorCode, string>> = {
  journal_empty: 'Your journal file is empty',
  journal_damaged: 'Your journal looks damaged',
  journal_read_only: 'Chronicle cannot write to your journal',
  journal_locked: 'Another program is using your journal',
};

/** What to tell the user when the journal cannot be opened. The file has not been touched. */
export function describeOpenFailure(error: unknown, databasePath: string): FailureDialog {
  if (error instanceof ChronicleError && error.code === 'database_too_new') {
    return {
      title: 'Chronicle needs an update',
      message: `${error.message}\n\nJournal: ${databasePath}`,
    };
  }
  if (error instanceof ChronicleError && JOURNAL_TITLES[error.code]) {
    // The sentence already names the cause and what to do.
    return { title: JOURNAL_TITLES[error.code] as string, message: error.message };
  }
  if (error instanceof ChronicleError && error.code === 'invalid_input') {
    return {
      title: 'This is not a Chronicle journal',
      message: `${error.message}\n\nChronicle did not change it. Move the file away to start a new journal.`,
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    title: 'Chronicle could not open your journal',
    message: `${detail}\n\nJournal: ${databasePath}\nChronicle did not change it.`,
  };
}
