/**
 * Cuts a Markdown document into the pieces a brag document is made of: headings, list items
 * (with everything nested under them), paragraphs, and the things that are kept but not read
 * (tables, images, code). Deliberately not a full CommonMark parser: it only has to find where
 * one accomplishment ends and the next begins, and never drop a line while doing so.
 */

export type BlockType = 'item' | 'paragraph' | 'table' | 'image' | 'code';

export interface Block {
  type: BlockType;
  /** 1-based line number of the block's first line. */
  line: number;
  /** The block's lines as written (tabs expanded), list marker included. */
  lines: string[];
}

export interface Heading {
  type: 'heading';
  level: number;
  text: string;
  line: number;
}

/** Something skipped on purpose (a comment, a rule), reported so nothing disappears silently. */
export interface Skipped {
  type: 'skipped';
  what: string;
  line: number;
  lines: string[];
}

export type Piece = Block | Heading | Skipped;

export const LIST_ITEM = /^(\s*)([-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const ATX_HEADING = /^\s{0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const FENCE = /^(\s*)(`{3,}|~{3,})/;
const RULE = /^\s{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const TABLE_ROW = /^\s*\|/;
const IMAGE_LINE = /^\s*(?:!\[[^\]]*\]\([^)]*\)\s*)+$/;

export function indentOf(line: string): number {
  return /^ */.exec(line)?.[0].length ?? 0;
}

function expandTabs(line: string): string {
  return line.replace(/^[ \t]+/, (lead) => lead.replace(/\t/g, '    '));
}

const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === '';

function startsBlock(line: string): boolean {
  return ATX_HEADING.test(line) || RULE.test(line) || (FENCE.test(line) && indentOf(line) < 4);
}

/** Lines of a fenced code block starting at `start`, through its closing fence (or the end). */
function fenceEnd(lines: readonly string[], start: number): number {
  const opener = FENCE.exec(lines[start] ?? '')?.[2] ?? '```';
  for (let j = start + 1; j < lines.length; j += 1) {
    const m = FENCE.exec(lines[j] ?? '');
    if (m && (m[2] ?? '').startsWith(opener.charAt(0).repeat(opener.length)) && (lines[j] ?? '').trim().replace(/^[`~]+/, '') === '') return j + 1;
  }
  return lines.length;
}

/** Where a list item that starts at `start` ends (exclusive): its nested lines and lazy continuations included. */
function itemEnd(lines: readonly string[], start: number): number {
  const first = lines[start] ?? '';
  const base = indentOf(first);
  const content = (LIST_ITEM.exec(first)?.[0].length ?? base + 2);
  let j = start + 1;
  while (j < lines.length) {
    const line = lines[j] ?? '';
    if (isBlank(line)) {
      let k = j + 1;
      while (k < lines.length && isBlank(lines[k])) k += 1;
      const next = lines[k];
      // After a blank line the item goes on only if the next text is indented under it.
      if (next === undefined || indentOf(next) < Math.min(content, base + 2)) break;
      if (LIST_ITEM.test(next) && indentOf(next) <= base + 1) break;
      j = k;
      continue;
    }
    if (FENCE.test(line)) {
      if (indentOf(line) <= base) break;
      j = fenceEnd(lines, j);
      continue;
    }
    if (ATX_HEADING.test(line) && indentOf(line) <= base + 1) break;
    if (RULE.test(line) && indentOf(line) <= base + 1) break;
    if (LIST_ITEM.test(line) && indentOf(line) <= base + 1) break;
    if (TABLE_ROW.test(line) && indentOf(line) <= base) break;
    j += 1;
  }
  return j;
}

function paragraphEnd(lines: readonly string[], start: number): number {
  let j = start + 1;
  while (j < lines.length) {
    const line = lines[j] ?? '';
    if (isBlank(line) || startsBlock(line) || LIST_ITEM.test(line)) break;
    j += 1;
  }
  return j;
}

/** The document as a flat list of headings and blocks, in order; every non-blank line is in exactly one piece. */
export function splitIntoPieces(text: string, firstLineNumber = 1): Piece[] {
  const lines = text.split('\n').map(expandTabs);
  const pieces: Piece[] = [];
  let i = 0;
  const lineNo = (index: number): number => index + firstLineNumber;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (isBlank(line)) {
      i += 1;
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      pieces.push({ type: 'heading', level: heading[1]?.length ?? 1, text: heading[2] ?? '', line: lineNo(i) });
      i += 1;
      continue;
    }
    const next = lines[i + 1];
    // "Title\n=====" and "Title\n-----" are headings too (setext), when the title is plain text.
    if (next !== undefined && /^\s{0,3}(=+|-+)\s*$/.test(next) && !LIST_ITEM.test(line) && !TABLE_ROW.test(line) && !/^\s*>/.test(line)) {
      pieces.push({ type: 'heading', level: next.trim().startsWith('=') ? 1 : 2, text: line.trim(), line: lineNo(i) });
      i += 2;
      continue;
    }
    if (RULE.test(line)) {
      i += 1; // a horizontal rule separates; it carries no text
      continue;
    }
    if (/^\s*<!--/.test(line)) {
      let j = i;
      while (j < lines.length && !(lines[j] ?? '').includes('-->')) j += 1;
      const end = Math.min(j + 1, lines.length);
      pieces.push({ type: 'skipped', what: 'an HTML comment', line: lineNo(i), lines: lines.slice(i, end) });
      i = end;
      continue;
    }
    if (FENCE.test(line)) {
      const end = fenceEnd(lines, i);
      pieces.push({ type: 'code', line: lineNo(i), lines: lines.slice(i, end) });
      i = end;
      continue;
    }
    if (LIST_ITEM.test(line)) {
      const end = itemEnd(lines, i);
      pieces.push({ type: 'item', line: lineNo(i), lines: trimTrailingBlanks(lines.slice(i, end)) });
      i = end;
      continue;
    }
    const end = paragraphEnd(lines, i);
    const block = lines.slice(i, end);
    const type: BlockType = block.every((l) => TABLE_ROW.test(l)) ? 'table' : block.every((l) => IMAGE_LINE.test(l)) ? 'image' : 'paragraph';
    pieces.push({ type, line: lineNo(i), lines: block });
    i = end;
  }
  return pieces;
}

function trimTrailingBlanks(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && isBlank(lines[end - 1])) end -= 1;
  return lines.slice(0, end);
}
