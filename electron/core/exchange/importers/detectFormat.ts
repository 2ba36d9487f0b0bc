import { ChronicleError } from '../../../../shared/api/errors';

/** The files Chronicle can read entries from. */
export const IMPORT_FORMATS = ['brag-markdown', 'jrnl', 'day-one'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * A file whose whole content is one JSON value that is not an object or a list (`1`, `"text"`,
 * `null`) is JSON with nothing to import, not a one-line Markdown document.
 */
function refuseJsonScalar(start: string, fileName: string): void {
  if (start.length > 10_000 || !/^(?:["\d-]|null\b|true\b|false\b)/.test(start)) return;
  let value: unknown;
  try {
    value = JSON.parse(start);
  } catch {
    return;
  }
  if (typeof value === 'object' && value !== null) return;
  throw new ChronicleError(
    'invalid_input',
    `${fileName} holds a single JSON value (${JSON.stringify(value).slice(0, 40)}), not entries. Chronicle imports jrnl and Day One JSON exports, Chronicle archives and Markdown documents.`,
  );
}

/**
 * Which importer a file needs, from its content first (people rename files) and its name second.
 * A cheap look at the text: the importer itself checks the structure properly.
 */
export function detectFormat(text: string, fileName: string): ImportFormat {
  const start = text.trimStart();
  refuseJsonScalar(start, fileName);
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
