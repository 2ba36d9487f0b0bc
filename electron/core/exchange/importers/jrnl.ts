import { ChronicleError } from '../../../../shared/api/errors';
import { dayProblem, isDay } from '../../../../shared/domain/day';
import { fitAllToLimits } from './fitToLimits';
import { entriesList, optionalBoolean, optionalString, optionalStrings, parseJsonExport, type JsonObject } from './json';
import { takeMarkers } from './markers';
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

function withoutTags(text: string, tags: readonly string[]): string {
  // Whole tags only: "@work" goes, "@workshop" (another tag, or a handle) stays.
  return tags.reduce(
    (rest, tag) => rest.replace(new RegExp(`${tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-]|\\.\\w)`, 'g'), ' '),
    text,
  );
}

function entryFromJrnl(raw: JsonObject, index: number, fileName: string): ImportedEntry {
  const where = `entries[${index}]`;
  const date = optionalString(raw, 'date', where, fileName);
  if (date === undefined) throw refuse(`${fileName}: ${where} has no "date".`);
  if (!isDay(date)) throw refuse(`${fileName}: ${where}.date: ${dayProblem(date) ?? `"${date}" is not a date`}.`);
  const title = optionalString(raw, 'title', where, fileName) ?? '';
  const text = optionalString(raw, 'body', where, fileName) ?? '';
  const tags = optionalStrings(raw, 'tags', where, fileName);
  const starred = optionalBoolean(raw, 'starred', where, fileName) ?? false;

  // jrnl's title is the first sentence, however long; ours is the first ≤120 characters of it.
  const split = splitTitle(title);
  const marked = takeMarkers([split.rest, text].filter(Boolean).join('\n\n'));
  // The people the text names, as in a brag document; jrnl's own tags ("@work") are not @handles.
  const found = peopleOf(withoutTags([split.title, marked.text].join('\n\n'), tags), marked.people);
  return {
    date,
    title: split.title,
    body: marked.text,
    impact: marked.impact,
    section: 'projects',
    kind: 'accomplishment',
    // Tags already carry the inline #tags too; the text keeps its @words so nothing reads oddly.
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
