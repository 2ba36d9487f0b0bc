import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { fitAllToLimits } from './fitToLimits';
import { calendarDay } from './dates';
import { headingMeaning, plainHeading } from './headings';
import { takeMarkers } from './markers';
import { peopleOf } from './people';
import type { ImportedEntry, ImportResult } from './types';

/**
 * One note from a notes app or a static site (Obsidian, Jekyll, Hugo, Joplin's export): front
 * matter with a date, a title and tags, then the text. Such a file is one entry, not a brag
 * document: its headings are the note's own structure.
 */

export interface NoteFrontMatter {
  fields: Record<string, unknown>;
  /** Lines the front matter spans, so the text is read from after it. */
  lineCount: number;
}

/** YAML (---) or TOML (+++) front matter, or undefined when there is none or it does not parse. */
export function readNoteFrontMatter(text: string): NoteFrontMatter | undefined {
  const fence = text.startsWith('---\n') ? '---' : text.startsWith('+++\n') ? '+++' : undefined;
  if (!fence) return undefined;
  const lines = text.split('\n', 400);
  const close = lines.findIndex((line, i) => i > 0 && (line.trimEnd() === fence || (fence === '---' && line.trimEnd() === '...')));
  if (close < 0) return undefined;
  const source = lines.slice(1, close).join('\n');
  let data: unknown;
  try {
    data = fence === '---' ? parseYaml(source) : parseToml(source);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  return { fields: data as Record<string, unknown>, lineCount: close + 1 };
}

/**
 * The local day of a front-matter date as written: "2023-03-04", "2023-03-04T23:30:00+02:00" and
 * "2023-03-04 23:30" are all the 4th, because that is the day the author lived it (converting to
 * UTC would move late-evening notes to the next day).
 */
export function dayOfWrittenDate(value: unknown): string | undefined {
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text.trim());
  return m ? calendarDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,\s]+/) : [];
  return list
    .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
    .map((v) => String(v).trim().replace(/^#/, ''))
    .filter(Boolean);
}

/**
 * Whether a file with front matter is a note rather than a brag document: its front matter dates
 * it to a day (date, created), and no heading in it names a section of the template or goals.
 */
export function isNoteFile(text: string, front: NoteFrontMatter): boolean {
  const f = front.fields;
  if (!dayOfWrittenDate(f.date ?? f.created ?? f.created_at ?? f.published)) return false;
  const headings = text
    .split('\n')
    .slice(front.lineCount)
    .filter((l) => /^#{1,6}\s/.test(l));
  return !headings.some((h) => {
    const meaning = headingMeaning(h.replace(/^#+\s*/, ''));
    return meaning.kind === 'section' || meaning.kind === 'goals' || meaning.kind === 'period';
  });
}

/** One note file as one entry. */
export function importNoteFile(text: string, front: NoteFrontMatter, fileName: string): ImportResult {
  const f = front.fields;
  const warnings: string[] = [];
  let body = text.split('\n').slice(front.lineCount).join('\n').trim();
  const heading = /^#\s+(.+)\n*/.exec(body);
  const fromField = typeof f.title === 'string' && f.title.trim() ? f.title.trim() : undefined;
  let title = fromField ?? (heading ? plainHeading(heading[1] ?? '') : undefined);
  // The note's own "# Title" repeats the title: it goes, so the entry does not say it twice.
  if (heading && (!fromField || plainHeading(heading[1] ?? '') === fromField)) body = body.slice(heading[0].length);
  if (!title) {
    title = fileName.replace(/^.*[\\/]/, '').replace(/\.(md|markdown|txt)$/i, '');
    warnings.push('The note had no title; its file name was used.');
  }
  const marked = takeMarkers(body);
  const { people, roles } = peopleOf(body, marked.people);
  const entry: ImportedEntry = {
    date: dayOfWrittenDate(f.date ?? f.created ?? f.created_at ?? f.published) ?? null,
    datePrecision: 'day',
    dateEnd: null,
    title,
    body: marked.text,
    impact: marked.impact,
    section: 'projects',
    kind: 'accomplishment',
    themes: [...names(f.tags), ...names(f.categories), ...names(f.keywords), ...marked.themes],
    people,
    ...(roles ? { roles } : {}),
    starred: f.starred === true || f.favorite === true || f.pinned === true,
    sourceLine: front.lineCount + 1,
    warnings,
  };
  return { format: 'brag-markdown', entries: fitAllToLimits([entry]), warnings: [], goals: [], notes: [] };
}
