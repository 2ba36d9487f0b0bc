import { stringify } from 'yaml';
import type { Day } from '../../../shared/domain/day';
import type { Entry, Goal, GoalStatus, Theme } from '../../../shared/domain/model';
import { sourceNotes } from '../../../shared/domain/review/summary';
import { formatEntryDate } from '../../../shared/domain/entryDate';
import { firstSentence } from '../../../shared/domain/plainText';
import { SECTIONS, type SectionId } from '../../../shared/domain/sections';

/** A rendered export: what to call the file and what to put in it. */
export interface ExportFile {
  fileName: string;
  mimeType: 'text/markdown' | 'application/json';
  content: string;
}

/** YAML front matter that Hugo, Jekyll and Astro all read: title, date, tags, description. */
export function frontMatter(fields: { title: string; date: Day; tags: readonly string[]; description: string }): string {
  const yaml = stringify(
    { title: fields.title, date: fields.date, tags: [...fields.tags], description: fields.description },
    { lineWidth: 0 },
  );
  return `---\n${yaml}---\n`;
}

/**
 * A draft as blog text: the footnotes that point at journal entries are for the author, not for
 * readers, so markers and their definitions go.
 */
export function withoutSourceNotes(markdown: string): string {
  const labels = new Set(sourceNotes(markdown).map((note) => note.label));
  if (labels.size === 0) return markdown;
  const lines = markdown.split('\n').filter((line) => {
    const definition = /^\[\^([^\]\s]+)\]:/.exec(line);
    return !(definition && labels.has(definition[1] as string));
  });
  return lines
    .join('\n')
    .replace(/\[\^([^\]\s]+)\]/g, (marker, label: string) => (labels.has(label) ? '' : marker))
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()
    .concat('\n');
}

export function blogPost(input: { title: string; date: Day; tags: readonly string[]; markdown: string; fileName: string }): ExportFile {
  // The draft's own "# Title" becomes the front matter's title; static site themes print it.
  const body = withoutSourceNotes(input.markdown).replace(/^#\s+.*\n+/, '');
  return {
    fileName: input.fileName,
    mimeType: 'text/markdown',
    content: `${frontMatter({ title: input.title, date: input.date, tags: input.tags, description: firstSentence(body) })}\n${body}`,
  };
}

/**
 * The marker that says what kind of entry a bullet is, where its section does not already say it:
 * the words the importer reads back ("**Kudos**:", "[learned]", "[win]").
 */
function kindMarker(entry: Entry): string {
  if (entry.kind === 'kudos') return '**Kudos**: ';
  if (entry.kind === 'learning' && entry.section !== 'learning') return '[learned] ';
  if (entry.kind === 'accomplishment' && entry.section === 'learning') return '[win] ';
  return '';
}

function entryBullet(entry: Entry): string {
  const lines = [`- **${formatEntryDate(entry)}**: ${kindMarker(entry)}${entry.title}${entry.starred ? ' ★' : ''}`];
  const body = entry.body.trim();
  // A body that does not open with a list goes after a blank line: written right under the title
  // it would continue the title's paragraph, and read back as part of the title.
  if (body) lines.push(/^[-*+]\s/.test(body) ? indent(body) : `\n${indent(body)}`);
  const impact = entry.impact.trim();
  if (impact) lines.push(indent(`*Impact:* ${impact}`));
  if (entry.people.length) lines.push(indent(`*With:* ${entry.people.map((p) => p.name).join(', ')}`));
  if (entry.themes.length) lines.push(indent(entry.themes.map((t) => `#${t.name.replace(/\s+/g, '-')}`).join(' ')));
  return lines.join('\n');
}

function indent(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => (line ? `  ${line}` : ''))
    .join('\n');
}

function goalLine(goal: Goal): string {
  const lines: Record<GoalStatus, string> = {
    open: `- [ ] ${goal.title}`,
    achieved: `- [x] ${goal.title}`,
    dropped: `- [ ] ~~${goal.title}~~ (dropped)`,
  };
  return lines[goal.status];
}

/** The brag document for a period, in the template's order, entries as dated bullets. */
export function bragDocument(input: {
  label: string;
  entries: readonly Entry[];
  goals: readonly Goal[];
  goalsNext: readonly Goal[];
  fileName: string;
}): ExportFile {
  const bySection = (section: SectionId) => input.entries.filter((e) => e.section === section);
  return { fileName: input.fileName, mimeType: 'text/markdown', content: [...bragDocumentChunks({ ...input, bySection })].join('') };
}

/**
 * The brag document piece by piece, each section's entries read from `bySection` as they are
 * written (a cursor in the backend), so memory stays flat however many entries there are.
 * Joined, the pieces are exactly `bragDocument`'s content.
 */
export function* bragDocumentChunks(input: {
  label: string;
  goals: readonly Goal[];
  goalsNext: readonly Goal[];
  bySection: (section: SectionId) => Iterable<Entry>;
}): Generator<string> {
  const goals = (list: readonly Goal[]) => (list.length ? list.map(goalLine) : ['*No goals written down.*']);
  yield [`# Brag document: ${input.label}`, '', '## Goals for this year', '', ...goals(input.goals), '', ''].join('\n');
  for (const section of SECTIONS) {
    yield `## ${section.label}\n\n`;
    let any = false;
    for (const entry of input.bySection(section.id)) {
      yield `${entryBullet(entry)}\n`;
      any = true;
    }
    yield any ? '\n' : '*Nothing here yet.*\n\n';
  }
  yield `${['## Goals for next year', '', ...goals(input.goalsNext)].join('\n').trimEnd()}\n`;
}

/** One theme as a blog post: why it matters, then its entries in order. */
export function themePost(input: { theme: Theme; entries: readonly Entry[]; fileName: string }): ExportFile {
  const { theme, entries } = input;
  const parts: string[] = [];
  if (theme.description.trim()) parts.push(theme.description.trim(), '');
  for (const entry of entries) {
    parts.push(`## ${entry.title}`, '', `*${formatEntryDate(entry)}*`, '');
    if (entry.body.trim()) parts.push(entry.body.trim(), '');
    if (entry.impact.trim()) parts.push(`**What happened because of it:** ${entry.impact.trim()}`, '');
  }
  const last = entries[entries.length - 1]?.date ?? new Date().toISOString().slice(0, 10);
  return blogPost({ title: theme.name, date: last, tags: [theme.name], markdown: parts.join('\n'), fileName: input.fileName });
}

/** One entry with every field readable: front matter, then its text. */
export function entryFile(entry: Entry, fileName: string): ExportFile {
  const meta = stringify(
    {
      title: entry.title,
      date: entry.date,
      section: entry.section,
      kind: entry.kind,
      tags: entry.themes.map((t) => t.name),
      people: entry.people.map((p) => p.name),
      starred: entry.starred,
      links: entry.links,
    },
    { lineWidth: 0 },
  );
  const impact = entry.impact.trim() ? `\n## Impact\n\n${entry.impact.trim()}\n` : '';
  return { fileName, mimeType: 'text/markdown', content: `---\n${meta}---\n\n${entry.body.trim()}\n${impact}` };
}

/** The entries a search found, as a dated list. */
export function searchResults(input: { query: string; entries: readonly Entry[]; fileName: string }): ExportFile {
  const out = [`# Entries matching “${input.query}”`, '', ...input.entries.map(entryBullet)];
  return { fileName: input.fileName, mimeType: 'text/markdown', content: `${out.join('\n')}\n` };
}
