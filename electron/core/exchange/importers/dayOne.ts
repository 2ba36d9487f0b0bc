import { ChronicleError } from '../../../../shared/api/errors';
import { isDay, type Day } from '../../../../shared/domain/day';
import { fitAllToLimits } from './fitToLimits';
import { entriesList, optionalBoolean, optionalString, optionalStrings, parseJsonExport, type JsonObject } from './json';
import { mapOutsideCode, takeHashtags, takeMarkers } from './markers';
import { peopleOf } from './people';
import { splitTitle } from './titles';
import type { ImportedEntry, ImportResult } from './types';

/**
 * Day One's JSON export (the Journal.json inside "Export → JSON (.zip)"):
 *   { "metadata": { "version": "1.0" }, "entries": [ { "uuid", "creationDate": "2019-03-04T09:12:00Z",
 *     "timeZone": "Europe/Berlin", "text": "# Title\n\nbody…", "tags": […], "starred": true,
 *     "photos": […], "richText"?: …, "location"?: …, "weather"?: … } ] }
 * `text` is Markdown with Day One's habits: most punctuation backslash-escaped ("3\.5x", "e\-mail")
 * and attachments as ![](dayone-moment://ID) (or dayone-moment:/video/ID, …/audio/…, …/pdfAttachment/…).
 */

function refuse(message: string): ChronicleError {
  return new ChronicleError('invalid_input', message);
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Parses Day One's creationDate strictly: "2019-13-45T…" is refused rather than rolled over by Date. */
export function parseInstant(text: string): Date | undefined {
  const m = INSTANT.exec(text);
  if (!m) return undefined;
  if (!isDay(`${m[1]}-${m[2]}-${m[3]}`)) return undefined;
  const [hours, minutes, seconds] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 60) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The calendar day an instant falls on in a time zone; undefined when the zone is unknown. */
export function dayInTimeZone(instant: Date, timeZone: string): Day | undefined {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  } catch {
    // RangeError: not a time zone this runtime knows.
    return undefined;
  }
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  const day = `${part('year')}-${part('month')}-${part('day')}`;
  return isDay(day) ? day : undefined;
}

const MOMENT = /!\[[^\]]*\]\(dayone-moment:[^)]*\)/g;

// Day One escapes punctuation that is only special in some places. Unescaping is safe where the
// character cannot start Markdown structure; at the start of a line "1\." and "\-" stay escaped.
const UNESCAPE_ANYWHERE = /\\([.!(){}+\-,:;'"?&%$@=~/#])/g;

/** Day One's Markdown, made to read as a person typed it; code blocks are left untouched. */
export function unescapeDayOne(markdown: string): string {
  return mapOutsideCode(markdown, (line) => {
    const lead = /^(\s*)(\d+\\\.|\\[-+](?=\s)|\\#)/.exec(line);
    const head = lead ? lead[0] : '';
    const tail = line.slice(head.length);
    // Inline code spans keep their backslashes.
    const parts = tail.split(/(`+[^`]*`+)/);
    return head + parts.map((part, i) => (i % 2 === 1 ? part : part.replace(UNESCAPE_ANYWHERE, '$1'))).join('');
  });
}

interface Attachments {
  text: string;
  count: number;
}

// What a dayone-moment reference was, by the path Day One gives it.
const MOMENT_KINDS: Record<string, string> = { video: 'A video', audio: 'A recording', pdfAttachment: 'A PDF' };

/**
 * Day One's attachments cannot come along: each reference becomes a short note saying what was
 * there (a link to dayone-moment:// would be broken anywhere else), and the object-replacement
 * characters (U+FFFC) its apps leave where a photo sat are dropped.
 */
function dropAttachments(text: string): Attachments {
  let count = 0;
  const withoutObjects = text.replace(/\uFFFC/g, '');
  const bare = withoutObjects.replace(MOMENT, '');
  const cleaned = withoutObjects.replace(MOMENT, (ref) => {
    count += 1;
    const kind = /dayone-moment:\/*(video|audio|pdfAttachment)\//.exec(ref)?.[1];
    return `*(${kind ? (MOMENT_KINDS[kind] ?? 'An attachment') : 'A photo'} was here in Day One.)*`;
  });
  const tidy = (t: string) =>
    t
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  // An entry that was only attachments has no text worth importing.
  return { text: tidy(bare) ? tidy(cleaned) : '', count };
}

/** The first heading or line is the title, as Day One shows it in its timeline. */
function titleAndBody(text: string): { title: string; body: string } {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return { title: '', body: '' };
  const line = (lines[first] ?? '').replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\s+#+\s*$/, '');
  const remaining = lines
    .slice(first + 1)
    .join('\n')
    .trim();
  const split = splitTitle(line);
  return { title: split.title, body: [split.rest, remaining].filter(Boolean).join('\n\n') };
}

function arrayLength(raw: JsonObject, key: string): number {
  const value = Object.hasOwn(raw, key) ? raw[key] : undefined;
  return Array.isArray(value) ? value.length : 0;
}

export function entryFromDayOne(raw: JsonObject, index: number, fileName: string, fileWarnings: string[]): ImportedEntry | undefined {
  const where = `entries[${index}]`;
  const warnings: string[] = [];
  const created = optionalString(raw, 'creationDate', where, fileName);
  if (created === undefined) throw refuse(`${fileName}: ${where} has no "creationDate".`);
  const instant = parseInstant(created);
  if (!instant) throw refuse(`${fileName}: ${where}.creationDate "${created}" is not a date and time Chronicle can read.`);

  const timeZone = optionalString(raw, 'timeZone', where, fileName);
  let date = timeZone ? dayInTimeZone(instant, timeZone) : undefined;
  if (!date) {
    date = created.slice(0, 10);
    warnings.push(
      timeZone
        ? `The time zone "${timeZone}" is not one Chronicle knows, so the date is the one in UTC.`
        : 'The entry has no time zone, so the date is the one in UTC.',
    );
  }

  const attachments = dropAttachments(optionalString(raw, 'text', where, fileName) ?? '');
  const mediaCount = Math.max(
    attachments.count,
    arrayLength(raw, 'photos') + arrayLength(raw, 'videos') + arrayLength(raw, 'audios') + arrayLength(raw, 'pdfAttachments'),
  );
  if (!attachments.text) {
    const what = mediaCount > 0 ? `only attachments (${mediaCount})` : 'no text';
    fileWarnings.push(`${where} (${date}) had ${what}, so it was skipped.`);
    return undefined;
  }
  if (mediaCount > 0) {
    warnings.push(
      `${mediaCount === 1 ? 'A photo or attachment was' : `${mediaCount} photos or attachments were`} left out: Chronicle imports text only.`,
    );
  }

  const { title: rawTitle, body } = titleAndBody(unescapeDayOne(attachments.text));
  const title = takeHashtags(rawTitle);
  const marked = takeMarkers(body);
  const found = peopleOf([title.text, marked.text].join('\n\n'), marked.people);
  return {
    date,
    title: title.text,
    body: marked.text,
    impact: marked.impact,
    section: 'projects',
    kind: 'accomplishment',
    themes: [...optionalStrings(raw, 'tags', where, fileName), ...title.themes, ...marked.themes],
    ...found,
    starred: optionalBoolean(raw, 'starred', where, fileName) ?? false,
    warnings,
  };
}

/** Reads a Day One JSON export; refuses anything that is not one, saying where it stopped making sense. */
export function importDayOne(text: string, fileName: string): ImportResult {
  const root = parseJsonExport(text, fileName);
  const warnings: string[] = [];
  const entries = entriesList(root, fileName, 'Day One')
    .map((raw, i) => entryFromDayOne(raw, i, fileName, warnings))
    .filter((e): e is ImportedEntry => e !== undefined);
  return { format: 'day-one', entries: fitAllToLimits(entries), warnings };
}
