import { DaySchema, LinkSchema, Title } from '../../shared/api/schemas';
import type { Input } from '../../shared/api/contract';
import type { Entry, EntryKind, GoalRef, Link } from '../../shared/domain/model';
import { startOfPeriod, type DatePrecision } from '../../shared/domain/entryDate';
import type { SectionId } from '../../shared/domain/sections';

/** A theme on an entry being edited: known (with id) or typed as a new name. */
export interface DraftTheme {
  id?: string;
  name: string;
  color?: string;
}

/** Everything the entry form edits. */
export interface EntryFormFields {
  title: string;
  date: string;
  /** How precisely the date is known; a day when missing (new entries). */
  datePrecision?: DatePrecision;
  /** The last day of a range, kept as it was unless the precision changes. */
  dateEnd?: string | null;
  section: SectionId;
  themes: DraftTheme[];
  starred: boolean;
  links: Link[];
  body: string;
  impact: string;
  kind: EntryKind;
  /** Names as shown; a new name adds the person when saved. */
  people: string[];
  goals: GoalRef[];
}

export type FieldName = keyof EntryFormFields;

/** What a blank title is stored as: entries need one, and a blank field must not block saving. */
export const UNTITLED = 'Untitled entry';

export function fieldsOf(entry: Entry): EntryFormFields {
  return {
    title: entry.title,
    date: entry.date,
    datePrecision: entry.datePrecision ?? 'day',
    dateEnd: entry.dateEnd ?? null,
    section: entry.section,
    themes: entry.themes.map((t) => ({ id: t.id, name: t.name, color: t.color })),
    starred: entry.starred,
    links: entry.links,
    body: entry.body,
    impact: entry.impact,
    kind: entry.kind,
    people: entry.people.map((p) => p.name),
    goals: entry.goals,
  };
}

/** A new entry is worth creating once it has some words in it; until then it is only a draft. */
export function hasContent(fields: EntryFormFields): boolean {
  return (
    fields.title.trim() !== '' || fields.body.trim() !== '' || fields.impact.trim() !== '' || fields.links.some((l) => l.url.trim() !== '')
  );
}

export interface FieldProblem {
  field: FieldName;
  index?: number;
  message: string;
}

export type Patch = Omit<Input<'entries.update'>, 'id'>;

/**
 * The changed fields as an update, checked with the backend's own schemas first: a field that
 * would be refused (a half-typed link, an impossible date) is held back and reported, so one
 * bad field never stops the rest of the entry from being saved.
 */
export function buildPatch(fields: EntryFormFields, changed: Iterable<FieldName>): { patch: Patch; problems: FieldProblem[] } {
  const patch: Patch = {};
  const problems: FieldProblem[] = [];
  for (const name of new Set(changed)) {
    switch (name) {
      case 'title': {
        const parsed = Title.safeParse(fields.title.trim() === '' ? UNTITLED : fields.title);
        if (parsed.success) patch.title = parsed.data;
        else problems.push({ field: 'title', message: parsed.error.issues[0]?.message ?? 'The title is not valid' });
        break;
      }
      case 'date':
      case 'datePrecision':
      case 'dateEnd': {
        // The three travel together: the backend checks that they fit one another.
        const parsed = DaySchema.safeParse(fields.date);
        if (parsed.success && fields.date) {
          const precision = fields.datePrecision ?? 'day';
          patch.date = startOfPeriod(fields.date, precision);
          patch.datePrecision = precision;
          patch.dateEnd = fields.dateEnd ?? null;
        } else problems.push({ field: 'date', message: fields.date ? (parsed.error?.issues[0]?.message ?? 'Not a date') : 'Pick a date' });
        break;
      }
      case 'links': {
        const valid: Link[] = [];
        fields.links.forEach((link, index) => {
          if (link.url.trim() === '' && link.title.trim() === '') return;
          const parsed = LinkSchema.safeParse({ url: link.url.trim(), title: link.title.trim() });
          if (parsed.success) valid.push(parsed.data);
          else
            problems.push({
              field: 'links',
              index,
              message: link.url.trim() === '' ? 'Add the address of the link' : (parsed.error.issues[0]?.message ?? 'Not a valid link'),
            });
        });
        patch.links = valid;
        break;
      }
      case 'themes':
        patch.themeIds = fields.themes.flatMap((t) => (t.id ? [t.id] : []));
        patch.newThemes = fields.themes.flatMap((t) => (t.id ? [] : [t.name]));
        break;
      case 'section':
        patch.section = fields.section;
        break;
      case 'starred':
        patch.starred = fields.starred;
        break;
      case 'body':
        patch.body = fields.body;
        break;
      case 'impact':
        patch.impact = fields.impact;
        break;
      case 'kind':
        patch.kind = fields.kind;
        break;
      case 'people':
        patch.people = fields.people;
        break;
      case 'goals':
        patch.goalIds = fields.goals.map((g) => g.id);
        break;
    }
  }
  return { patch, problems };
}

/** Themes typed as new names get the id and colour the backend gave them. */
export function reconcileThemes(local: DraftTheme[], saved: Entry['themes']): DraftTheme[] {
  return local.map((theme) => {
    if (theme.id) return theme;
    const match = saved.find((s) => s.name.toLowerCase() === theme.name.toLowerCase());
    return match ? { id: match.id, name: match.name, color: match.color } : theme;
  });
}

/** Changing these can move the entry in or out of a filtered list, or within it. */
export const REORDERING_FIELDS: readonly FieldName[] = [
  'date',
  'datePrecision',
  'dateEnd',
  'section',
  'starred',
  'themes',
  'kind',
  'people',
  'goals',
];
