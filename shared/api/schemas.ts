import { z } from 'zod';
import { dayProblem, MAX_YEAR, MIN_YEAR } from '../domain/day';
import { BULLET_FORMATS, DRAFT_KINDS, ENTRY_KINDS, GOAL_STATUSES, PACKET_READERS, REFLECTION_PERIODS } from '../domain/model';
import { DATE_PRECISIONS } from '../domain/entryDate';
import { LIMITS } from '../domain/limits';
import { SECTION_IDS } from '../domain/sections';
import { hasControlCharacter, hasLineBreak, hasNul, hasThemeNameSeparator } from '../domain/textRules';
import { COLOR_PATTERN } from '../domain/themeColors';

/** Ids are UUIDs made by the backend. */
export const Id = z.uuid({ message: 'Not a valid id' });

export const DaySchema = z.string().superRefine((text, ctx) => {
  const problem = dayProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/**
 * 100000 → "100,000", as toLocaleString('en-US') writes it, without loading the ICU locale data at
 * start-up (about a tenth of a second: every process that reads the contract paid it, the CLI too).
 */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Text that must have something besides white space, with control characters refused. */
function line(label: string, max: number) {
  return z
    .string()
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(1, `${label} cannot be empty`)
        .max(max, `${label} is longer than ${thousands(max)} characters`)
        .refine((s) => !hasLineBreak(s), `${label} must be a single line`)
        .refine((s) => !hasControlCharacter(s), `${label} contains control characters`),
    );
}

function markdown(label: string, max: number) {
  return z
    .string()
    .max(max, `${label} is longer than ${thousands(max)} characters`)
    .refine((s) => !hasNul(s), `${label} contains a NUL character`);
}

export const Title = line('The title', LIMITS.titleLength);
export const Body = markdown('The text', LIMITS.bodyLength);
export const Impact = markdown('The impact', LIMITS.impactLength);
export const ThemeName = line('A theme name', LIMITS.themeNameLength).refine(
  (s) => !hasThemeNameSeparator(s),
  'A theme name cannot contain a comma',
);
export const Section = z.enum(SECTION_IDS, {
  message: `The section must be one of: ${SECTION_IDS.join(', ')}`,
});
export const Color = z
  .string()
  .transform((s) => s.toLowerCase())
  .pipe(z.string().regex(COLOR_PATTERN, 'A colour is written #rrggbb'));

export const LinkSchema = z.strictObject({
  url: z
    .string()
    .max(LIMITS.urlLength, 'The link is too long')
    .refine((s) => {
      try {
        const u = new URL(s);
        return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'mailto:';
      } catch {
        return false;
      }
    }, 'A link must be an http, https or mailto address'),
  title: z.string().max(LIMITS.linkTitleLength, 'The link title is too long').default(''),
});

export const Kind = z.enum(ENTRY_KINDS, { message: `The kind must be one of: ${ENTRY_KINDS.join(', ')}` });
export const DatePrecisionSchema = z.enum(DATE_PRECISIONS, { message: `The date precision must be one of: ${DATE_PRECISIONS.join(', ')}` });
export const PersonName = line('A name', LIMITS.personNameLength);
export const Year = z
  .number({ message: 'A year is a number' })
  .int('A year is a whole number')
  .min(MIN_YEAR, `The year must be between ${MIN_YEAR} and ${MAX_YEAR}`)
  .max(MAX_YEAR, `The year must be between ${MIN_YEAR} and ${MAX_YEAR}`);

const People = z.array(PersonName).max(LIMITS.peoplePerEntry, `An entry can name at most ${LIMITS.peoplePerEntry} people`);
const GoalIds = z.array(Id).max(LIMITS.goalsPerEntry, `An entry can support at most ${LIMITS.goalsPerEntry} goals`);

const ThemeIds = z.array(Id).max(LIMITS.themesPerEntry, `An entry can have at most ${LIMITS.themesPerEntry} themes`);
const NewThemes = z.array(ThemeName).max(LIMITS.themesPerEntry, `An entry can have at most ${LIMITS.themesPerEntry} themes`);
const Links = z.array(LinkSchema).max(LIMITS.linksPerEntry, `An entry can have at most ${LIMITS.linksPerEntry} links`);

export const EntryCreateInput = z.strictObject({
  date: DaySchema,
  /** How precisely the date is known; `date` is then the first day of that period. */
  datePrecision: DatePrecisionSchema.default('day'),
  /** The last day of a range, or null. */
  dateEnd: DaySchema.nullable().default(null),
  title: Title,
  body: Body.default(''),
  section: Section.default('projects'),
  impact: Impact.default(''),
  themeIds: ThemeIds.default([]),
  /** Theme names to attach, created when no theme has that name (ignoring case). */
  newThemes: NewThemes.default([]),
  kind: Kind.default('accomplishment'),
  /** Names of the people involved; a new name adds the person. */
  people: People.default([]),
  goalIds: GoalIds.default([]),
  starred: z.boolean().default(false),
  links: Links.default([]),
});

export const EntryUpdateInput = z.strictObject({
  id: Id,
  date: DaySchema.optional(),
  datePrecision: DatePrecisionSchema.optional(),
  dateEnd: DaySchema.nullable().optional(),
  title: Title.optional(),
  body: Body.optional(),
  section: Section.optional(),
  impact: Impact.optional(),
  themeIds: ThemeIds.optional(),
  newThemes: NewThemes.optional(),
  kind: Kind.optional(),
  people: People.optional(),
  goalIds: GoalIds.optional(),
  starred: z.boolean().optional(),
  links: Links.optional(),
});

export const IdInput = z.strictObject({ id: Id });
export const NoInput = z.strictObject({});

const Cursor = z.string().regex(/^\d{4}-\d{2}-\d{2}~\d{1,15}$/, 'Not a valid page cursor');

export const EntryListInput = z
  .strictObject({
    from: DaySchema.optional(),
    to: DaySchema.optional(),
    themeId: Id.optional(),
    section: Section.optional(),
    kind: Kind.optional(),
    personId: Id.optional(),
    goalId: Id.optional(),
    starred: z.boolean().optional(),
    /** List the trash instead of the journal (newest deletion first). */
    trashed: z.boolean().default(false),
    limit: z.number().int().min(1).max(LIMITS.pageSize).default(50),
    cursor: Cursor.optional(),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    message: 'The start of the range is after its end',
    path: ['from'],
  });

export const SearchInput = z.strictObject({
  query: z.string().max(LIMITS.queryLength, 'The search is too long'),
  limit: z.number().int().min(1).max(200).default(50),
  /** Treat the last word as a prefix, for search as you type. */
  asYouType: z.boolean().default(false),
});

export const ThemeCreateInput = z.strictObject({
  name: ThemeName,
  color: Color.optional(),
  description: markdown('The description', LIMITS.themeDescriptionLength).default(''),
});

export const ThemeUpdateInput = z.strictObject({
  id: Id,
  name: ThemeName.optional(),
  color: Color.optional(),
  description: markdown('The description', LIMITS.themeDescriptionLength).optional(),
});

export const ThemeMergeInput = z
  .strictObject({ sourceId: Id, targetId: Id })
  .refine((v) => v.sourceId !== v.targetId, 'A theme cannot be merged into itself');

export const PersonUpdateInput = z.strictObject({ id: Id, name: PersonName });
export const PersonMergeInput = z
  .strictObject({ sourceId: Id, targetId: Id })
  .refine((v) => v.sourceId !== v.targetId, 'A person cannot be merged into themselves');

const GoalTitle = line('A goal', LIMITS.goalTitleLength);
const GoalDescription = markdown('The description', LIMITS.goalDescriptionLength);
export const GoalStatusSchema = z.enum(GOAL_STATUSES, { message: `A goal is ${GOAL_STATUSES.join(', ')}` });

export const GoalListInput = z.strictObject({ year: Year.optional() });
export const GoalCreateInput = z.strictObject({
  year: Year,
  title: GoalTitle,
  description: GoalDescription.default(''),
  status: GoalStatusSchema.default('open'),
});
export const GoalUpdateInput = z.strictObject({
  id: Id,
  year: Year.optional(),
  title: GoalTitle.optional(),
  description: GoalDescription.optional(),
  status: GoalStatusSchema.optional(),
});
export const GoalLinkInput = z.strictObject({ goalId: Id, entryId: Id });

export const ReflectionPeriodSchema = z.enum(REFLECTION_PERIODS, {
  message: `A reflection is for a ${REFLECTION_PERIODS.join(', ')}`,
});
export const ReflectionKey = z.strictObject({ period: ReflectionPeriodSchema, start: DaySchema });
export const ReflectionSaveInput = z.strictObject({
  period: ReflectionPeriodSchema,
  start: DaySchema,
  body: markdown('The reflection', LIMITS.reflectionLength),
});
export const ReflectionListInput = z.strictObject({ period: ReflectionPeriodSchema.optional(), year: Year.optional() });

export const WeekInput = z.strictObject({ date: DaySchema.optional() });

export const FollowUpSetInput = z.strictObject({
  entryId: Id,
  due: DaySchema,
  question: z.string().max(LIMITS.followUpQuestionLength, 'The question is too long').default(''),
});
export const FollowUpAnswerInput = z.strictObject({
  id: Id,
  answer: z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().min(1, 'Write what happened').max(LIMITS.followUpAnswerLength, 'The answer is too long')),
});
export const EntryIdInput = z.strictObject({ entryId: Id });

export const CalendarInput = z.strictObject({ year: Year });
export const MonthlyInput = z
  .strictObject({ themeId: Id.optional(), from: DaySchema.optional(), to: DaySchema.optional() })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: 'The start of the range is after its end', path: ['from'] });

const Time = z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'A time is written HH:mm, from 00:00 to 23:59');
const Weekday = z.number().int().min(0).max(6);
export const SettingsUpdateInput = z.strictObject({
  weekStartsOn: Weekday.optional(),
  reminder: z.strictObject({ enabled: z.boolean(), weekday: Weekday, time: Time }).optional(),
  quickCapture: z
    .strictObject({
      enabled: z.boolean(),
      accelerator: z
        .string()
        .min(1, 'Choose a shortcut')
        .max(LIMITS.acceleratorLength)
        .regex(/^[A-Za-z0-9+]+$/, 'A shortcut is keys joined by +, such as CommandOrControl+Shift+J'),
    })
    .optional(),
  welcomeDone: z.boolean().optional(),
  git: z
    .strictObject({
      repositories: z.array(z.string().trim().min(1, 'A repository is a folder path').max(4096)).max(50, 'At most 50 repositories'),
      authors: z.array(z.email('An author is an email address, such as you@example.com')).max(20, 'At most 20 emails'),
    })
    .optional(),
  backup: z.strictObject({ folder: z.string().trim().min(1).max(4096).nullable() }).optional(),
});
export const SnoozeInput = z.strictObject({
  minutes: z
    .number()
    .int()
    .min(5, 'Snooze for at least 5 minutes')
    .max(7 * 24 * 60, 'Snooze for at most a week'),
});

/** How a review period is chosen; the backend resolves it (it knows today and past reviews). */
export const PeriodChoice = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('year'), year: Year }),
    z.strictObject({ kind: z.literal('half'), year: Year, half: z.union([z.literal(1), z.literal(2)]) }),
    z.strictObject({
      kind: z.literal('quarter'),
      year: Year,
      quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    }),
    z.strictObject({ kind: z.literal('custom'), from: DaySchema, to: DaySchema }),
    z.strictObject({ kind: z.literal('sinceLastReview') }),
  ],
  { message: 'Choose a year, a half, a quarter, a range, or "since my last review"' },
);

export const PeriodInput = z.strictObject({ period: PeriodChoice });
export const PacketReaderSchema = z.enum(PACKET_READERS, { message: 'A packet is for a manager or a peer' });
export const BulletFormatSchema = z.enum(BULLET_FORMATS, { message: 'Bullets are xyz or short' });
export const PacketInput = z.strictObject({ period: PeriodChoice, reader: PacketReaderSchema });
const EntryIds = z.array(Id).min(1, 'Pick at least one entry').max(500, 'Pick at most 500 entries');
export const BulletsInput = z
  .strictObject({ period: PeriodChoice.optional(), entryIds: EntryIds.optional(), format: BulletFormatSchema.default('xyz') })
  .refine((v) => (v.period === undefined) !== (v.entryIds === undefined), 'Draft bullets for a period or for picked entries');

/** The summary's theme order as the user set it: theme ids, or names of suggested themes; the first leads. */
export const ThemeOrderInput = z.strictObject({ order: z.array(z.string().min(1).max(200)).max(200, 'At most 200 themes') });
/** Accepting a suggested theme: tag the entries with an existing theme, or a new one named after the workstream. */
export const ThemeAcceptInput = z.strictObject({ themeId: Id.nullable(), name: ThemeName, entryIds: EntryIds });

export const ReviewDateInput = z.strictObject({
  date: DaySchema,
  note: z.string().max(1000, 'The note is too long').default(''),
});

const DraftTitle = line('A title', 300);
export const DraftKindSchema = z.enum(DRAFT_KINDS, { message: 'A draft is a summary, a packet or bullets' });
export const DraftListInput = z.strictObject({ kind: DraftKindSchema.optional() });
export const DraftGetInput = z.strictObject({ id: Id, version: z.number().int().min(1).optional() });
export const DraftCreateInput = z
  .strictObject({
    kind: DraftKindSchema,
    period: PeriodChoice.optional(),
    entryIds: EntryIds.optional(),
    reader: PacketReaderSchema.optional(),
    format: BulletFormatSchema.optional(),
    title: DraftTitle.optional(),
  })
  .refine((v) => v.kind !== 'packet' || v.reader !== undefined, 'Choose who the packet is for')
  .refine((v) => v.kind === 'bullets' || v.period !== undefined, 'Choose the period to write about')
  .refine(
    (v) => v.kind !== 'bullets' || (v.period === undefined) !== (v.entryIds === undefined),
    'Draft bullets for a period or for picked entries',
  );

export const KeptBulletSchema = z.strictObject({
  id: z.string().min(1).max(100),
  text: z.string().max(1000, 'A bullet is at most 1,000 characters'),
  sourceIds: z.array(Id).max(500),
  accepted: z.boolean(),
  needsMeasure: z.boolean(),
  warnings: z.array(z.strictObject({ code: z.string().max(50), message: z.string().max(500) })).max(20),
  rank: z.number().int().min(1).optional(),
  inDefaultSet: z.boolean().optional(),
  rankReasons: z.array(z.string().max(200)).max(20).optional(),
});
export const DraftSaveInput = z
  .strictObject({
    id: Id,
    title: DraftTitle.optional(),
    markdown: markdown('The draft', LIMITS.reflectionLength).optional(),
    bullets: z.array(KeptBulletSchema).max(500, 'At most 500 bullets').optional(),
  })
  .refine((v) => v.title !== undefined || v.markdown !== undefined || v.bullets !== undefined, 'Nothing to save');
export const DraftRestoreInput = z.strictObject({ id: Id, version: z.number().int().min(1) });

/** 10 MiB of bytes, base64-encoded. */
const MAX_IMPORT_BASE64 = Math.ceil((10 * 1024 * 1024) / 3) * 4;

export const ExportInput = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('brag'), period: PeriodChoice }),
    z.strictObject({ kind: z.literal('blog'), draftId: Id, tags: z.array(ThemeName).max(20).optional() }),
    z.strictObject({ kind: z.literal('themePost'), themeId: Id }),
    z.strictObject({ kind: z.literal('packet'), draftId: Id }),
    z.strictObject({ kind: z.literal('bullets'), draftId: Id, acceptedOnly: z.boolean().default(false) }),
    z.strictObject({ kind: z.literal('entry'), entryId: Id }),
    z.strictObject({ kind: z.literal('search'), query: z.string().min(1).max(LIMITS.queryLength) }),
    z.strictObject({ kind: z.literal('archive'), format: z.enum(['markdown', 'json']) }),
  ],
  { message: 'Choose what to export' },
);

/**
 * An export written by the backend straight to a file (or, for `folder`, into a folder) on disk,
 * as it reads the journal: nothing the size of the journal crosses the contract. The path is one
 * the user chose (the command line's --out, a native save dialog in the main process); pages never
 * call this (see NOT_FROM_PAGES in contract.ts).
 */
export const ExportSaveInput = z.strictObject({
  export: z.union([ExportInput, z.strictObject({ kind: z.literal('folder') })]),
  to: z
    .string()
    .min(1, 'Say where to write the export')
    .max(4096, 'That path is too long')
    .refine((to) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(to), 'Where to write the export must be a full path')
    .refine((to) => !hasNul(to), 'A path cannot contain a NUL character'),
});

const ArchivedFileSchema = z.strictObject({
  path: z.string().min(1).max(500),
  content: z.string().max(LIMITS.bodyLength * 2),
});

export const ImportInput = z
  .strictObject({
    fileName: z.string().min(1, 'The file needs a name').max(500),
    /** The file's bytes, base64-encoded, so that the backend sees the real encoding. */
    data: z
      .string()
      .max(MAX_IMPORT_BASE64, 'Chronicle imports files up to 10 MB')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file data is not base64')
      .optional(),
    /** A Chronicle archive exported as a folder. */
    folder: z.array(ArchivedFileSchema).max(200_000).optional(),
    /**
     * A file on this computer, read by the backend itself (in a stream when it is a big JSON
     * export). Only the command line may use it; the backend refuses it from anywhere else.
     */
    path: z.string().min(1).max(4096).optional(),
    defaultDate: DaySchema.optional(),
    includeDuplicates: z.boolean().default(false),
    /**
     * Answers to the preview's questions, by question id ("3:person:Sam" → "no"). The backend
     * checks each against the question the file asks before applying it.
     */
    answers: z
      .record(z.string().min(1).max(300), z.string().max(300))
      .refine((a) => Object.keys(a).length <= 100_000, 'Too many answers')
      .optional(),
  })
  .refine((v) => [v.data, v.folder, v.path].filter((x) => x !== undefined).length === 1, 'Import a file or a folder');

/** A period of git suggestions; this week when left out. */
export const SuggestionsInput = z
  .strictObject({
    from: DaySchema.optional(),
    to: DaySchema.optional(),
    repositories: z.array(z.string().min(1).max(4096)).max(50).optional(),
    authors: z.array(z.string().min(1).max(320)).max(20).optional(),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: 'The start of the range is after its end', path: ['from'] });
/** One suggestion, named by its id within the period (and sources) it was listed for. */
export const SuggestionPickInput = z.strictObject({
  id: z.string().regex(/^git-[0-9a-f]{16}$/, 'That is not a suggestion id'),
  from: DaySchema,
  to: DaySchema,
  repositories: z.array(z.string().min(1).max(4096)).max(50).optional(),
  authors: z.array(z.string().min(1).max(320)).max(20).optional(),
});
