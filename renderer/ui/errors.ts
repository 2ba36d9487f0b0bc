import { ChronicleError } from '../../shared/api/errors';

/** What to tell the person about a failure, in words. */
export function errorMessage(error: unknown): string {
  if (error instanceof ChronicleError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}

export interface FieldIssue {
  /** The first part of the issue's path, e.g. `title` or `links`. */
  field: string;
  /** For list fields such as links, which item. */
  index?: number;
  message: string;
}

/** The field-level problems the backend reported for invalid input, if any. */
export function fieldIssues(error: unknown): FieldIssue[] {
  if (!(error instanceof ChronicleError) || error.code !== 'invalid_input') return [];
  const details = error.details as { issues?: { path?: unknown; message?: unknown }[] } | undefined;
  const issues = Array.isArray(details?.issues) ? details.issues : [];
  return issues.flatMap((issue) => {
    if (typeof issue.path !== 'string' || typeof issue.message !== 'string') return [];
    const [field, index] = issue.path.split('.');
    if (!field) return [];
    const n = Number(index);
    return [{ field, ...(Number.isInteger(n) ? { index: n } : {}), message: issue.message }];
  });
}
