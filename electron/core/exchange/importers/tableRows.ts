import { parseWholeDate } from './dates';
import type { Block } from './markdownBlocks';

/**
 * A table kept as a log of wins ("| When | What | Impact |"): each row is one item, written back
 * as the list item the author would otherwise have typed ("- Q2 2023: Launched the partner API",
 * "Impact: …", "Themes: …", "People: …"), so every rule for items (dates, people, tags, impact)
 * reads it. A table whose header does not name what was done ("| Metric | Before | After |") is
 * not a log and stays as it is.
 */

type Column = 'when' | 'what' | 'impact' | 'themes' | 'people' | 'other';

const COLUMN_NAMES: [Column, RegExp][] = [
  ['when', /^(?:when|date|dates|day|week|month|quarter|period)$/i],
  [
    'what',
    /^(?:what|what i did|title|win|wins|accomplishment|accomplishments|achievement|achievements|item|project|description|summary|done)$/i,
  ],
  ['impact', /^(?:impact|result|results|outcome|outcomes|why it matters|effect)$/i],
  ['themes', /^(?:themes?|tags?)$/i],
  ['people', /^(?:people|with|who|collaborators?)$/i],
];

/** The cells of one table row, '\|' kept as a '|' inside its cell. */
function cells(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

function columnOf(header: string): Column {
  const name = header.replace(/[*_`]/g, '').trim();
  return COLUMN_NAMES.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';
}

/** The rows of a table of wins as item blocks, or undefined when the table is not one. */
export function tableRowsAsItems(table: Block): Block[] | undefined {
  const [headerLine, , ...rows] = table.lines;
  if (headerLine === undefined) return undefined;
  const headers = cells(headerLine);
  const columns = headers.map(columnOf);
  // What was done, and when or what came of it: anything less is a table of something else.
  if (!columns.includes('what') || !(columns.includes('when') || columns.includes('impact'))) return undefined;
  const items: Block[] = [];
  rows.forEach((row, index) => {
    const values = cells(row);
    const field = (column: Column) => values.filter((_, i) => columns[i] === column && values[i]).join(', ');
    const what = field('what');
    if (!what) return;
    const when = field('when');
    const dated = when !== '' && parseWholeDate(when) !== undefined;
    const lines = [`- ${dated ? `${when}: ` : ''}${what}`];
    if (when && !dated) lines.push(`  ${headers[columns.indexOf('when')] ?? 'When'}: ${when}`);
    columns.forEach((column, i) => {
      if (column === 'other' && values[i]) lines.push(`  ${headers[i]}: ${values[i]}`);
    });
    if (field('impact')) lines.push(`  - Impact: ${field('impact')}`);
    if (field('themes')) lines.push(`  Themes: ${field('themes')}`);
    if (field('people')) lines.push(`  People: ${field('people')}`);
    items.push({ type: 'item', line: table.line + 2 + index, lines, leadLines: 1 });
  });
  return items.length > 0 ? items : undefined;
}
