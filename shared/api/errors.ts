/** Why a backend call failed. The UI shows `message`; `code` lets it choose how. */
export type ErrorCode =
  | 'invalid_input' // the input did not match the method's schema
  | 'not_found' // the id names nothing (or something already gone)
  | 'conflict' // it would break a rule, e.g. a second theme with the same name
  | 'bad_query' // a search query that cannot be understood
  | 'unknown_method' // no such backend method
  | 'forbidden' // the caller is not allowed (bad token, foreign frame)
  | 'database_too_new' // written by a newer Chronicle; left untouched
  | 'journal_empty' // the journal file exists but has no bytes (a cut-off copy); left untouched
  | 'journal_damaged' // the journal file is cut short or corrupt; restore a backup
  | 'journal_read_only' // the journal file or its folder cannot be written
  | 'journal_locked' // another program held the journal longer than the busy timeout
  | 'internal'; // a bug: nothing the user did

export interface ChronicleErrorData {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** The one error type that crosses the contract. Errors are values with a code, never strings. */
export class ChronicleError extends Error implements ChronicleErrorData {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ChronicleError';
    this.code = code;
    if (details !== undefined) this.details = details;
  }

  toJSON(): ChronicleErrorData {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  static from(data: ChronicleErrorData): ChronicleError {
    return new ChronicleError(data.code, data.message, data.details);
  }
}

export function isChronicleErrorData(value: unknown): value is ChronicleErrorData {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

/** What a transport carries back for one call. */
export type RpcResult<T> = { ok: true; value: T } | { ok: false; error: ChronicleErrorData };
