import { z } from 'zod';
import { ChronicleError } from '../../../shared/api/errors';
import { LinkSchema } from '../../../shared/api/schemas';
import { isDay, MAX_YEAR, MIN_YEAR } from '../../../shared/domain/day';
import { DATE_PRECISIONS, entryDateProblem, type DatePrecision } from '../../../shared/domain/entryDate';
import { LIMITS } from '../../../shared/domain/limits';
import { DRAFT_KINDS, ENTRY_KINDS, GOAL_STATUSES, PACKET_READERS, REFLECTION_PERIODS, type KeptBullet } from '../../../shared/domain/model';
import { SECTION_IDS } from '../../../shared/domain/sections';
import { hasControlCharacter, hasLineBreak, hasLoneSurrogate, hasNul, hasThemeNameSeparator } from '../../../shared/domain/textRules';
import { COLOR_PATTERN } from '../../../shared/domain/themeColors';
import { themeNameKey } from '../repos/themes';

/**
 * A whole journal as plain data: field for field what the database holds, so that importing
 * an archive gives back exactly the journal that was exported. Counts and other derived
 * values are left out; lists keep the order they were given in (insertion order matters for
 * the timeline's tie-breaks). The types are what the schemas below accept (`z.infer`), so each
 * field's rule is stated once, in its schema.
 */
export type ArchiveSnapshot = z.infer<typeof SnapshotShape>;
export type ArchiveTheme = z.infer<typeof ThemeSchema>;
export type ArchivePerson = z.infer<typeof PersonSchema>;
export type ArchiveGoal = z.infer<typeof GoalSchema>;
/** `themeIds` and `personIds` are in the entry's order. */
export type ArchiveEntry = z.infer<typeof EntrySchema>;
export type ArchiveFollowUp = z.infer<typeof FollowUpSchema>;
export type ArchiveReflection = z.infer<typeof ReflectionSchema>;
export type ArchiveDraftVersion = z.infer<typeof DraftVersionSchema>;
/** `options`: how the draft was made (format, picked entries…), as stored. */
export type ArchiveDraft = z.infer<typeof DraftSchema>;
export type ArchiveReviewDate = z.infer<typeof ReviewDateSchema>;

export const ARCHIVE_FORMAT = 'chronicle-archive';
export const ARCHIVE_VERSION = 1;

/** What every archive file says about itself before the data. */
export interface ArchiveHeader {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  exportedAt: string;
}

export function archiveHeader(exportedAt: Date | string = new Date()): ArchiveHeader {
  return {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exportedAt: typeof exportedAt === 'string' ? exportedAt : exportedAt.toISOString(),
  };
}

// ---------------------------------------------------------------------------------------------
// Field rules. Messages are written to follow the field's name: "date 2019-13-45 is not a day
// on the calendar", "title is missing". Nothing is transformed: what validates is stored as is.

type ErrorMap = z.core.$ZodErrorMap;

function expecting(what: string): ErrorMap {
  return (issue) => {
    if (issue.code === 'unrecognized_keys')
      return `has unknown ${plural(issue.keys.length, 'field')}: ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    return issue.input === undefined ? 'is missing' : `should be ${what}`;
  };
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

/** How a value is quoted inside a message: short, one line. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const oneLine = text.replace(/[\r\n]+/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 60)}…` : oneLine;
}

function countLimit(max: number): string {
  // Grouped by hand as toLocaleString('en-US') would: loading ICU's locale data here cost every
  // process a tenth of a second at start-up, the CLI's `list` included.
  return `is longer than ${String(max).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} characters`;
}

/** Markdown or free text: anything except NUL and broken characters, up to `max`. */
function text(max: number) {
  return z
    .string({ error: expecting('text') })
    .max(max, countLimit(max))
    .refine((s) => !hasNul(s), 'contains a NUL character')
    .refine((s) => !hasLoneSurrogate(s), 'contains a broken character (half of a surrogate pair)');
}

/** A name or title: one trimmed, non-empty line without control characters. */
function line(max: number) {
  return text(max)
    .refine((s) => s.trim().length > 0, 'is empty')
    .refine((s) => s === s.trim(), 'has spaces at its start or end')
    .refine((s) => !hasLineBreak(s), 'must be a single line')
    .refine((s) => !hasControlCharacter(s), 'contains control characters');
}

const UUID = z.uuid();
const Id = z.string({ error: expecting('an id') }).refine((s) => UUID.safeParse(s).success, {
  error: (issue) => `${shown(issue.input)} is not a valid id`,
});

export function dayProblem(value: string): string | undefined {
  if (isDay(value)) return undefined;
  const m = /^(\d{4})-\d{2}-\d{2}$/.exec(value);
  if (!m) return `"${shown(value)}" is not a date in the form yyyy-MM-dd`;
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return `${value} is outside the years ${MIN_YEAR}–${MAX_YEAR}`;
  return `${value} is not a day on the calendar`;
}

const Day = z.string({ error: expecting('a date (yyyy-MM-dd)') }).superRefine((value, ctx) => {
  const problem = dayProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/;

/** Timestamps are ISO 8601 instants, as the backend writes them (`toISOString()`). */
const Instant = z.string({ error: expecting('a time (ISO 8601)') }).refine(
  (s) => {
    const m = INSTANT.exec(s);
    return m !== null && isDay(m[1] ?? '') && !Number.isNaN(Date.parse(s));
  },
  { error: (issue) => `"${shown(issue.input)}" is not a time like 2025-03-14T09:30:00.000Z` },
);

const Flag = z.boolean({ error: expecting('true or false') });

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) => (issue.input === undefined ? 'is missing' : `should be one of: ${values.join(', ')} (not ${shown(issue.input)})`),
  });
}

function list<T extends z.ZodType>(item: T, max?: number) {
  const base = z.array(item, { error: expecting('a list') });
  return max === undefined ? base : base.max(max, `has more than ${max} items`);
}

function record<T extends z.core.$ZodShape>(shape: T) {
  return z.strictObject(shape, { error: expecting('an object with fields') });
}

// ---------------------------------------------------------------------------------------------
// JSON values (settings, draft options, bullets) arrive as data, never as objects with methods.

/** Keys that could reach an object's prototype if some code later assigns them. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Deeper than any real setting; stops a crafted file from exhausting the stack. */
export const MAX_NESTING = 64;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The first thing in `value` that JSON cannot carry exactly, with where it is. */
export function jsonProblem(
  value: unknown,
  path: (string | number)[] = [],
  depth = 0,
): { path: (string | number)[]; message: string } | undefined {
  if (depth > MAX_NESTING) return { path, message: `is nested more than ${MAX_NESTING} levels deep` };
  if (value === null || typeof value === 'boolean') return undefined;
  if (typeof value === 'string') {
    if (hasLoneSurrogate(value)) return { path, message: 'contains a broken character (half of a surrogate pair)' };
    return undefined;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { path, message: `${String(value)} is not a number JSON can hold` };
    if (Object.is(value, -0)) return { path, message: '-0 is not a number JSON keeps (it becomes 0)' };
    return undefined;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const problem = jsonProblem(item, [...path, i], depth + 1);
      if (problem) return problem;
    }
    return undefined;
  }
  if (isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { path, message: `uses the key "${key}", which is not allowed` };
      if (hasLoneSurrogate(key)) return { path, message: 'has a key with a broken character' };
      const problem = jsonProblem(value[key], [...path, key], depth + 1);
      if (problem) return problem;
    }
    return undefined;
  }
  return { path, message: `holds a ${typeof value}, which JSON cannot` };
}

// Checked as a whole and passed through untouched: copying a record key by key would itself
// be the way a `__proto__` key reaches a prototype.
const JsonObject = z
  .custom<Record<string, unknown>>((value) => isPlainObject(value), { error: expecting('an object') })
  .superRefine((value, ctx) => {
    const problem = jsonProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
  });

// ---------------------------------------------------------------------------------------------
// The records.

const ThemeSchema = record({
  id: Id,
  name: line(LIMITS.themeNameLength).refine((s) => !hasThemeNameSeparator(s), 'cannot contain a comma'),
  color: z.string({ error: expecting('a colour') }).regex(COLOR_PATTERN, 'is not a colour written #rrggbb (lower case)'),
  description: text(LIMITS.themeDescriptionLength),
  createdAt: Instant,
  updatedAt: Instant,
});

const PersonSchema = record({
  id: Id,
  name: line(LIMITS.personNameLength),
  note: text(LIMITS.personNameLength * 4).optional(),
  createdAt: Instant,
  updatedAt: Instant,
});

const GoalSchema = record({
  id: Id,
  year: z
    .number({ error: expecting('a year') })
    .int('should be a whole number')
    .min(MIN_YEAR, `should be between ${MIN_YEAR} and ${MAX_YEAR}`)
    .max(MAX_YEAR, `should be between ${MIN_YEAR} and ${MAX_YEAR}`),
  title: line(LIMITS.goalTitleLength),
  description: text(LIMITS.goalDescriptionLength),
  status: oneOf(GOAL_STATUSES),
  sample: Flag,
  createdAt: Instant,
  updatedAt: Instant,
});

const ArchiveLink = record({
  url: LinkSchema.shape.url,
  title: text(LIMITS.linkTitleLength),
});

const EntrySchema = record({
  id: Id,
  date: Day,
  datePrecision: oneOf(DATE_PRECISIONS).optional(),
  dateEnd: Day.optional(),
  title: line(LIMITS.titleLength),
  body: text(LIMITS.bodyLength),
  impact: text(LIMITS.impactLength),
  section: oneOf(SECTION_IDS),
  kind: oneOf(ENTRY_KINDS),
  starred: Flag,
  links: list(ArchiveLink, LIMITS.linksPerEntry),
  sample: Flag,
  createdAt: Instant,
  updatedAt: Instant,
  deletedAt: Instant.nullable(),
  themeIds: list(Id, LIMITS.themesPerEntry),
  personIds: list(Id, LIMITS.peoplePerEntry),
  goalIds: list(Id, LIMITS.goalsPerEntry),
});

const FollowUpSchema = record({
  id: Id,
  entryId: Id,
  due: Day,
  question: text(LIMITS.followUpQuestionLength),
  createdAt: Instant,
  answeredAt: Instant.nullable(),
  answer: text(LIMITS.followUpAnswerLength).nullable(),
  dismissedAt: Instant.nullable(),
});

const ReflectionSchema = record({
  id: Id,
  period: oneOf(REFLECTION_PERIODS),
  start: Day,
  body: text(LIMITS.reflectionLength),
  sample: Flag,
  createdAt: Instant,
  updatedAt: Instant,
});

// Generated bullets go straight to the database, so only their shape is held to the editing
// limits' spirit; generous bounds keep a real journal's own export importable.
const BulletSchema = record({
  id: z
    .string({ error: expecting('text') })
    .min(1, 'is empty')
    .max(100, countLimit(100)),
  text: text(10_000),
  sourceIds: list(Id),
  accepted: Flag,
  needsMeasure: Flag,
  warnings: list(record({ code: text(100), message: text(1_000) })),
});

const DraftVersionSchema = record({
  number: z
    .number({ error: expecting('a version number') })
    .int('should be a whole number')
    .min(1, 'should be 1 or more'),
  origin: oneOf(['generated', 'edited']),
  markdown: text(LIMITS.reflectionLength),
  bullets: list(BulletSchema).nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});

const DraftSchema = record({
  id: Id,
  kind: oneOf(DRAFT_KINDS),
  reader: oneOf(PACKET_READERS).nullable(),
  title: line(300),
  periodFrom: Day,
  periodTo: Day,
  periodLabel: text(300),
  options: JsonObject,
  createdAt: Instant,
  updatedAt: Instant,
  versions: list(DraftVersionSchema).min(1, 'has no versions'),
});

const ReviewDateSchema = record({
  id: Id,
  date: Day,
  note: text(1000),
  createdAt: Instant,
});

// ---------------------------------------------------------------------------------------------
// Rules across records: the database's UNIQUE and FOREIGN KEY constraints, checked up front so
// that an import is refused with a sentence instead of failing halfway.

type Issue = { path: (string | number)[]; message: string };

function duplicates<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  kind: string,
  field: string,
  describe: (key: string, firstIndex: number) => string,
): Issue[] {
  const seen = new Map<string, number>();
  const issues: Issue[] = [];
  items.forEach((item, i) => {
    const key = keyOf(item);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else issues.push({ path: [kind, i, field], message: describe(key, first) });
  });
  return issues;
}

function idsUnique<T extends { id: string }>(items: readonly T[], kind: string, label: string): Issue[] {
  return duplicates(
    items,
    (x) => x.id,
    kind,
    'id',
    (id, first) => `${id} is already the id of ${label} ${first + 1}`,
  );
}

function references(ids: readonly string[], known: ReadonlySet<string>, path: (string | number)[], what: string): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (!known.has(id)) issues.push({ path: [...path, i], message: `${id} is not ${what} in this archive` });
    else if (seen.has(id)) issues.push({ path: [...path, i], message: `${id} is listed twice` });
    seen.add(id);
  });
  return issues;
}

type ParsedSnapshot = z.output<typeof SnapshotShape>;

/** A date whose precision or range end does not fit it would be refused by the database. */
function dateIssues(e: { date: string; datePrecision?: DatePrecision | undefined; dateEnd?: string | undefined }, i: number): Issue[] {
  const problem = entryDateProblem({ date: e.date, datePrecision: e.datePrecision ?? 'day', dateEnd: e.dateEnd ?? null });
  return problem ? [{ path: ['entries', i, e.dateEnd ? 'dateEnd' : 'datePrecision'], message: problem }] : [];
}

function crossRecordIssues(s: ParsedSnapshot): Issue[] {
  const themeIds = new Set(s.themes.map((t) => t.id));
  const personIds = new Set(s.people.map((p) => p.id));
  const goalIds = new Set(s.goals.map((g) => g.id));
  const entryIds = new Set(s.entries.map((e) => e.id));
  return [
    ...idsUnique(s.themes, 'themes', 'theme'),
    ...idsUnique(s.people, 'people', 'person'),
    ...idsUnique(s.goals, 'goals', 'goal'),
    ...idsUnique(s.entries, 'entries', 'entry'),
    ...idsUnique(s.followUps, 'followUps', 'follow-up'),
    ...idsUnique(s.reflections, 'reflections', 'reflection'),
    ...idsUnique(s.drafts, 'drafts', 'draft'),
    ...idsUnique(s.reviewDates, 'reviewDates', 'review date'),
    ...duplicates(
      s.themes,
      (t) => themeNameKey(t.name),
      'themes',
      'name',
      (_, first) => `is the same name as theme ${first + 1} (“${s.themes[first]?.name ?? ''}”), ignoring case`,
    ),
    ...duplicates(
      s.people,
      (p) => themeNameKey(p.name),
      'people',
      'name',
      (_, first) => `is the same name as person ${first + 1} (“${s.people[first]?.name ?? ''}”), ignoring case`,
    ),
    ...duplicates(
      s.reflections,
      (r) => `${r.period} ${r.start}`,
      'reflections',
      'start',
      (key, first) => `repeats reflection ${first + 1} (the ${key.replace(' ', ' of ')})`,
    ),
    ...duplicates(
      s.reviewDates,
      (r) => r.date,
      'reviewDates',
      'date',
      (date, first) => `${date} is already review date ${first + 1}`,
    ),
    ...s.entries.flatMap((e, i) => [
      ...references(e.themeIds, themeIds, ['entries', i, 'themeIds'], 'a theme'),
      ...references(e.personIds, personIds, ['entries', i, 'personIds'], 'a person'),
      ...references(e.goalIds, goalIds, ['entries', i, 'goalIds'], 'a goal'),
      ...dateIssues(e, i),
    ]),
    ...s.followUps.flatMap((f, i) =>
      references([f.entryId], entryIds, ['followUps', i, 'entryId'], 'an entry').map((issue) => ({
        ...issue,
        path: issue.path.slice(0, 3),
      })),
    ),
    ...s.drafts.flatMap((d, i) =>
      duplicates(
        d.versions,
        (v) => String(v.number),
        'versions',
        'number',
        (n, first) => `${n} is already version ${first + 1}`,
      ).map((issue) => ({
        ...issue,
        path: ['drafts', i, ...issue.path],
      })),
    ),
  ];
}

const SnapshotShape = record({
  themes: list(ThemeSchema),
  people: list(PersonSchema),
  goals: list(GoalSchema),
  entries: list(EntrySchema),
  followUps: list(FollowUpSchema),
  reflections: list(ReflectionSchema),
  drafts: list(DraftSchema),
  reviewDates: list(ReviewDateSchema),
  settings: JsonObject,
});

/**
 * Everything an archive must satisfy before a single row is written: each field by the app's
 * own rules, then the database's uniqueness and reference rules across records.
 */
export const ArchiveSnapshotSchema = SnapshotShape.superRefine((snapshot, ctx) => {
  for (const issue of crossRecordIssues(snapshot)) ctx.addIssue({ code: 'custom', ...issue });
});

// ---------------------------------------------------------------------------------------------
// Problems in words.

const ITEM_WORDS: Record<string, string> = {
  themes: 'theme',
  people: 'person',
  goals: 'goal',
  entries: 'entry',
  followUps: 'follow-up',
  reflections: 'reflection',
  drafts: 'draft',
  reviewDates: 'review date',
};

function field(record: unknown, key: string): unknown {
  return isPlainObject(record) && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** "entry 12 (“Cut CI time”)": the record a problem is in, counted from 1 as a person would. */
function itemLabel(kind: string, index: number, archive: unknown): string {
  const word = ITEM_WORDS[kind] ?? kind;
  const items = field(archive, kind);
  const item: unknown = Array.isArray(items) ? items[index] : undefined;
  const name = field(item, 'title') ?? field(item, 'name');
  if (typeof name === 'string' && name.trim()) return `${word} ${index + 1} (“${shown(name.trim())}”)`;
  const date = field(item, 'date') ?? field(item, 'start') ?? field(item, 'due');
  if (typeof date === 'string') return `${word} ${index + 1} (${shown(date)})`;
  return `${word} ${index + 1}`;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `#${part + 1}` : String(part))).join(' ');
}

/** One problem as a sentence: "entry 12 (“Cut CI time”): date 2019-13-45 is not a day on the calendar". */
export function describeArchiveIssue(issue: z.core.$ZodIssue, archive?: unknown): string {
  const [kind, index, ...rest] = issue.path;
  if (typeof kind === 'string' && typeof index === 'number' && kind in ITEM_WORDS) {
    const where = fieldPath(rest);
    return `${itemLabel(kind, index, archive)}: ${where ? `${where} ` : ''}${issue.message}`;
  }
  const where = fieldPath(issue.path);
  return where ? `${where} ${issue.message}` : `the archive ${issue.message}`;
}

/**
 * All of an archive's problems in words, the first few spelled out. Pass the archive that was
 * checked to have records named by their titles.
 */
export function describeArchiveProblem(error: z.ZodError, archive?: unknown): string {
  const shownIssues = error.issues.slice(0, 5).map((issue) => describeArchiveIssue(issue, archive));
  const more = error.issues.length - shownIssues.length;
  // One line, as every error is: the problems are separated by semicolons.
  return [...shownIssues, ...(more > 0 ? [`…and ${more} more ${plural(more, 'problem')}`] : [])].join('; ');
}

// ---------------------------------------------------------------------------------------------
// Reading any form of archive ends here: the header first (what it is, which version), then
// the data. Every problem is a ChronicleError('invalid_input') with a sentence.

export function invalidArchive(message: string): ChronicleError {
  return new ChronicleError('invalid_input', message);
}

/**
 * Checks an archive's header (what it is, which version) and then its data. Shared by every
 * form of archive, since each ends up as the same plain data.
 */
export function checkArchive(data: unknown, form: string): ArchiveSnapshot {
  if (!isPlainObject(data))
    throw invalidArchive(`This ${form} file is not a Chronicle archive: it holds ${describeKind(data)}, not an archive.`);
  const { format, version, exportedAt, ...rest } = data;
  checkArchiveHeader({ format, version, exportedAt }, form);
  const result = ArchiveSnapshotSchema.safeParse(rest);
  if (!result.success) {
    throw new ChronicleError(
      'invalid_input',
      `This archive cannot be imported; nothing was changed: ${describeArchiveProblem(result.error, rest)}`,
      {
        problems: result.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })),
      },
    );
  }
  return result.data;
}

export function checkArchiveHeader(header: Record<keyof ArchiveHeader, unknown>, form: string): void {
  if (header.format !== ARCHIVE_FORMAT) {
    throw invalidArchive(
      header.format === undefined
        ? `This ${form} file is not a Chronicle archive (it has no "format": "${ARCHIVE_FORMAT}").`
        : `This ${form} file is not a Chronicle archive (its format is "${shown(header.format)}", not "${ARCHIVE_FORMAT}").`,
    );
  }
  const { version } = header;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw invalidArchive(`This archive's version (${shown(version)}) is not a version number.`);
  }
  if (version > ARCHIVE_VERSION) {
    throw invalidArchive(`This archive was written by a newer Chronicle (archive version ${version}); update Chronicle to import it.`);
  }
  if (header.exportedAt !== undefined && typeof header.exportedAt !== 'string') {
    throw invalidArchive('This archive\'s "exportedAt" should be a time.');
  }
}

function describeKind(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return `a ${typeof value}`;
}

// ---------------------------------------------------------------------------------------------
// One key order for every format, so the same journal always exports to the same text.

/** Free-form JSON with its object keys sorted, recursively. */
export function sortedJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedJson);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortedJson(value[key]);
    return out;
  }
  return value;
}

function bullet(b: KeptBullet): KeptBullet {
  return {
    id: b.id,
    text: b.text,
    sourceIds: [...b.sourceIds],
    accepted: b.accepted,
    needsMeasure: b.needsMeasure,
    warnings: b.warnings.map((w) => ({ code: w.code, message: w.message })),
  };
}

export function canonicalTheme(t: ArchiveTheme): ArchiveTheme {
  return { id: t.id, name: t.name, color: t.color, description: t.description, createdAt: t.createdAt, updatedAt: t.updatedAt };
}

export function canonicalPerson(p: ArchivePerson): ArchivePerson {
  return { id: p.id, name: p.name, ...(p.note ? { note: p.note } : {}), createdAt: p.createdAt, updatedAt: p.updatedAt };
}

export function canonicalGoal(g: ArchiveGoal): ArchiveGoal {
  return {
    id: g.id,
    year: g.year,
    title: g.title,
    description: g.description,
    status: g.status,
    sample: g.sample,
    createdAt: g.createdAt,
    updatedAt: g.updatedAt,
  };
}

export function canonicalEntry(e: ArchiveEntry): ArchiveEntry {
  return {
    id: e.id,
    date: e.date,
    ...(e.datePrecision && e.datePrecision !== 'day' ? { datePrecision: e.datePrecision } : {}),
    ...(e.dateEnd ? { dateEnd: e.dateEnd } : {}),
    title: e.title,
    section: e.section,
    kind: e.kind,
    starred: e.starred,
    themeIds: [...e.themeIds],
    personIds: [...e.personIds],
    goalIds: [...e.goalIds],
    links: e.links.map((l) => ({ url: l.url, title: l.title })),
    sample: e.sample,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    deletedAt: e.deletedAt,
    body: e.body,
    impact: e.impact,
  };
}

export function canonicalFollowUp(f: ArchiveFollowUp): ArchiveFollowUp {
  return {
    id: f.id,
    entryId: f.entryId,
    due: f.due,
    question: f.question,
    createdAt: f.createdAt,
    answeredAt: f.answeredAt,
    answer: f.answer,
    dismissedAt: f.dismissedAt,
  };
}

export function canonicalReflection(r: ArchiveReflection): ArchiveReflection {
  return { id: r.id, period: r.period, start: r.start, sample: r.sample, createdAt: r.createdAt, updatedAt: r.updatedAt, body: r.body };
}

export function canonicalDraftVersion(v: ArchiveDraftVersion): ArchiveDraftVersion {
  return {
    number: v.number,
    origin: v.origin,
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
    bullets: v.bullets === null ? null : v.bullets.map(bullet),
    markdown: v.markdown,
  };
}

export function canonicalDraft(d: ArchiveDraft): ArchiveDraft {
  return {
    id: d.id,
    kind: d.kind,
    reader: d.reader,
    title: d.title,
    periodFrom: d.periodFrom,
    periodTo: d.periodTo,
    periodLabel: d.periodLabel,
    options: sortedJson(d.options) as Record<string, unknown>,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    versions: d.versions.map(canonicalDraftVersion),
  };
}

export function canonicalReviewDate(r: ArchiveReviewDate): ArchiveReviewDate {
  return { id: r.id, date: r.date, note: r.note, createdAt: r.createdAt };
}

/** A fresh copy with every object's keys in the one documented order. */
export function canonicalSnapshot(s: ArchiveSnapshot): ArchiveSnapshot {
  return {
    themes: s.themes.map(canonicalTheme),
    people: s.people.map(canonicalPerson),
    goals: s.goals.map(canonicalGoal),
    entries: s.entries.map(canonicalEntry),
    followUps: s.followUps.map(canonicalFollowUp),
    reflections: s.reflections.map(canonicalReflection),
    drafts: s.drafts.map(canonicalDraft),
    reviewDates: s.reviewDates.map(canonicalReviewDate),
    settings: sortedJson(s.settings) as Record<string, unknown>,
  };
}
