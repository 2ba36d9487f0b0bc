import { z } from 'zod';
import { dayProblem } from '../domain/day';
import { LIMITS } from '../domain/limits';
import { SECTION_IDS } from '../domain/sections';
import { COLOR_PATTERN } from '../domain/themeColors';

/** Ids are UUIDs made by the backend. */
export const Id = z.uuid({ message: 'Not a valid id' });

export const DaySchema = z.string().superRefine((text, ctx) => {
  const problem = dayProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Text that must have something besides white space, with control characters refused. */
const NO_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function line(label: string, max: number) {
  return z
    .string()
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(1, `${label} cannot be empty`)
        .max(max, `${label} is longer than ${max.toLocaleString('en-US')} characters`)
        .refine((s) => !/[\r\n]/.test(s), `${label} must be a single line`)
        .refine((s) => !NO_CONTROL.test(s), `${label} contains control characters`),
    );
}

function markdown(label: string, max: number) {
  return z
    .string()
    .max(max, `${label} is longer than ${max.toLocaleString('en-US')} characters`)
    .refine((s) => !s.includes('\u0000'), `${label} contains a NUL character`);
}

export const Title = line('The title', LIMITS.titleLength);
export const Body = markdown('The text', LIMITS.bodyLength);
export const Impact = markdown('The impact', LIMITS.impactLength);
export const ThemeName = line('A theme name', LIMITS.themeNameLength).refine(
  (s) => !s.includes(','),
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

const ThemeIds = z
  .array(Id)
  .max(LIMITS.themesPerEntry, `An entry can have at most ${LIMITS.themesPerEntry} themes`);
const NewThemes = z
  .array(ThemeName)
  .max(LIMITS.themesPerEntry, `An entry can have at most ${LIMITS.themesPerEntry} themes`);
const Links = z
  .array(LinkSchema)
  .max(LIMITS.linksPerEntry, `An entry can have at most ${LIMITS.linksPerEntry} links`);

export const EntryCreateInput = z.strictObject({
  date: DaySchema,
  title: Title,
  body: Body.default(''),
  section: Section.default('projects'),
  impact: Impact.default(''),
  themeIds: ThemeIds.default([]),
  /** Theme names to attach, created when no theme has that name (ignoring case). */
  newThemes: NewThemes.default([]),
  starred: z.boolean().default(false),
  links: Links.default([]),
});

export const EntryUpdateInput = z.strictObject({
  id: Id,
  date: DaySchema.optional(),
  title: Title.optional(),
  body: Body.optional(),
  section: Section.optional(),
  impact: Impact.optional(),
  themeIds: ThemeIds.optional(),
  newThemes: NewThemes.optional(),
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
