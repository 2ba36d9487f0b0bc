import { ChronicleError } from '../../../../shared/api/errors';

/** The files Chronicle can read entries from. */
export const IMPORT_FORMATS = ['brag-markdown', 'jrnl', 'day-one'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * Which importer a file needs, from its content first (people rename files) and its name second.
 * A cheap look at the text: the importer itself checks the structure properly.
 */
export function detectFormat(text: string, fileName: string): ImportFormat {
  const start = text.trimStart();
  const looksLikeJson = start.startsWith('{') || start.startsWith('[');
  const named = /\.json$/i.test(fileName);
  if (!looksLikeJson && !named) return 'brag-markdown';
  if (/"creationDate"\s*:/.test(text) || /"metadata"\s*:\s*\{[^}]*"version"/.test(text)) return 'day-one';
  if (/"entries"\s*:/.test(text)) return 'jrnl';
  if (!looksLikeJson) return 'brag-markdown';
  throw new ChronicleError(
    'invalid_input',
    `${fileName} is JSON, but not a jrnl or Day One export (it has no "entries" list). Chronicle imports jrnl and Day One JSON exports and Markdown brag documents.`,
  );
}
