import { ChronicleError } from '../../shared/api/errors';

export interface FailureDialog {
  title: string;
  message: string;
}

/** What to tell the user when the journal cannot be opened. The file has not been touched. */
export function describeOpenFailure(error: unknown, databasePath: string): FailureDialog {
  if (error instanceof ChronicleError && error.code === 'database_too_new') {
    return {
      title: 'Chronicle needs an update',
      message: `${error.message}\n\nJournal: ${databasePath}`,
    };
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
