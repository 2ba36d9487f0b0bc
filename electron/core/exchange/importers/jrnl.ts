import { ChronicleError } from '../../../../shared/api/errors';
import { dayProblem, isDay } from '../../../../shared/domain/day';
import { fitAllToLimits } from './fitToLimits';
import { entriesList, optionalBoolean, optionalString, optionalStrings, parseJsonExport, type JsonObject } from './json';
import { mapOutsideCode, takeHashtags, takeMarkers } from './markers';
import { peopleOf } from './people';
import { splitTitle } from './titles';
import type { ImportedEntry, ImportResult } from './types';

/**
 * jrnl's JSON export (`jrnl --export json`, or `--format json`):
 *   { "tags": { "@work": 3 }, "entries": [ { "title", "body", "date": "2019-03-04",
 *     "time": "09:00", "tags": ["@work"], "starred": false, "uuid"?: … } ] }
 * jrnl splits an entry's text at the end of its first sentence into title and body, and keeps
 * tags (with their symbol, '@' by default) inside the text as well as in "tags".
 */

function refuse(message: string): ChronicleError {
  return new ChronicleError('invalid_input', message);
}

/**
 * jrnl keeps its tags ("@work") inside the text. They are read as #hashtags are in every other
 * importer: tags standing apart at the end or start of a line go (they are themes already), a tag
 * inside a sentence ("for @work") keeps its word and loses its symbol, so that the text reads and
 * the '@' is not later taken for a person's @handle. Code blocks are left as they are.
 */
function withoutTagSymbols(markdown: string, tags: readonly string[]): string {
  const symbols = [...new Set(tags.map((t) => t.charAt(0)).filter((c) => c && !/[\p{L}\p{N}]/u.test(c)))];
  if (symbols.length === 0) return markdown;
  return mapOutsideCode(markdown, (line) => symbols.reduce((rest, symbol) => takeHashtags(rest, symbol).text, line));
}

export function entryFromJrnl(raw: JsonObject, index: number, fileName: string): ImportedEntry {
  const where = `entries[${index}]`;
  const date = optionalString(raw, 'date', where, fileName);
  if (date === undefined) throw refuse(`${fileName}: ${where} has no "date".`);
  if (!isDay(date)) throw refuse(`${fileName}: ${where}.date: ${dayProblem(date) ?? `"${date}" is not a date`}.`);
  const tags = optionalStrings(raw, 'tags', where, fileName);
  const title = withoutTagSymbols(optionalString(raw, 'title', where, fileName) ?? '', tags);
  const text = withoutTagSymbols(optionalString(raw, 'body', where, fileName) ?? '', tags);
  const starred = optionalBoolean(raw, 'starred', where, fileName) ?? false;

  // jrnl's title is the first sentence, however long; ours is the first ≤120 characters of it.
  const split = splitTitle(title);
  const marked = takeMarkers([split.rest, text].filter(Boolean).join('\n\n'));
  const found = peopleOf([split.title, marked.text].join('\n\n'), marked.people);
  return {
    date,
    title: split.title,
    body: marked.text,
    impact: marked.impact,
    section: 'projects',
    kind: 'accomplishment',
    // Tags already carry the inline #tags and the @words taken out of the text above.
    themes: [...tags, ...marked.themes],
    ...found,
    starred,
    warnings: [],
  };
}

/** Reads a jrnl JSON export; refuses anything that is not one, saying where it stopped making sense. */
export function importJrnl(text: string, fileName: string): ImportResult {
  const root = parseJsonExport(text, fileName);
  const entries = entriesList(root, fileName, 'jrnl').map((raw, i) => entryFromJrnl(raw, i, fileName));
  return { format: 'jrnl', entries: fitAllToLimits(entries), warnings: [] };
}
