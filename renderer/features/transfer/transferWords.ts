import type { ArchiveCounts, ImportFileFormat, ImportOutcome } from '../../../shared/domain/model';

/** What the file turned out to be, as the person would call it. */
export const FORMAT_LABELS: Record<ImportFileFormat, string> = {
  'chronicle-json': 'A Chronicle archive (JSON)',
  'chronicle-markdown': 'A Chronicle archive (one Markdown file)',
  'chronicle-folder': 'A Chronicle archive (a folder of Markdown files)',
  'brag-markdown': 'A brag document written by hand',
  jrnl: 'A jrnl journal (JSON export)',
  'day-one': 'A Day One journal (JSON export)',
  'note-folder': 'Markdown notes (one entry per note)',
};

/** The kinds of things an archive holds, in the order a person thinks of them. */
const KIND_LABELS: Record<string, string> = {
  entries: 'Entries',
  themes: 'Themes',
  people: 'People',
  goals: 'Goals',
  followUps: 'Follow-ups',
  reflections: 'Reflections',
  drafts: 'Drafts',
  reviewDates: 'Review dates',
};

export function archiveKindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
}

/** Archive rows in a stable order; kinds this version does not know come last, as they are. */
export function archiveRows(counts: Record<string, ArchiveCounts>): { kind: string; label: string; counts: ArchiveCounts }[] {
  const order = Object.keys(KIND_LABELS);
  return Object.entries(counts)
    .sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99))
    .map(([kind, c]) => ({ kind, label: archiveKindLabel(kind), counts: c }));
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

/** The toast after an import: what arrived, and what was left out on purpose. */
export function outcomeMessage(outcome: ImportOutcome): string {
  if (outcome.archive) {
    const entries = outcome.archive.counts.entries ?? { added: 0, updated: 0, unchanged: 0, keptNewer: 0 };
    if (outcome.archive.restored) return `Restored your journal: ${plural(entries.added, 'entry', 'entries')}`;
    const changed = entries.added + entries.updated;
    if (changed === 0) return 'Imported the archive: your journal already had all of it';
    const parts = [`${entries.added.toLocaleString()} new`, ...(entries.updated ? [`${entries.updated.toLocaleString()} updated`] : [])];
    return `Imported the archive: ${parts.join(', ')} ${entries.added + entries.updated === 1 ? 'entry' : 'entries'}`;
  }
  const parts = [`Imported ${plural(outcome.created, 'entry', 'entries')}`];
  if (outcome.goalsCreated) parts.push(plural(outcome.goalsCreated, 'goal'));
  const message = parts.join(' and ');
  return outcome.skippedDuplicates ? `${message}; skipped ${outcome.skippedDuplicates.toLocaleString()} already in your journal` : message;
}

/**
 * The tags the backend puts in a blog post's front matter when none are chosen (the period's
 * biggest themes), read back from its own export so the prefilled tags and the file agree.
 */
export function frontMatterTags(markdown: string): string[] {
  const head = /^---\n([\s\S]*?)\n---/.exec(markdown)?.[1];
  if (!head) return [];
  const lines = head.split('\n');
  const start = lines.findIndex((line) => /^tags:\s*$/.test(line));
  if (start < 0) return [];
  const tags: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const item = /^\s*-\s+(.*)$/.exec(line);
    if (!item?.[1]) break;
    tags.push(unquote(item[1].trim()));
  }
  return tags;
}

function unquote(value: string): string {
  if (value.startsWith('"')) {
    try {
      return String(JSON.parse(value));
    } catch {
      return value.slice(1, -1);
    }
  }
  return value.startsWith("'") ? value.slice(1, -1).replace(/''/g, "'") : value;
}

/** "ml-engineering, leadership" to ["ml-engineering", "leadership"]; theme names never hold commas. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/** "Looking back on 2026", or "Notes (H2 2026)" when the title does not say which period. */
export function draftName(draft: { title: string; period: { label: string } }): string {
  return draft.title.includes(draft.period.label) ? draft.title : `${draft.title} (${draft.period.label})`;
}
