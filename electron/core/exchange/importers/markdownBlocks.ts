import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { ChronicleError } from '../../../../shared/api/errors';
import { useLinearEditMap } from './linearEditMap';

/**
 * Cuts a Markdown document into the pieces a brag document is made of: headings, list items
 * (with everything nested under them), paragraphs, and the things that are kept but not read
 * (tables, images, code). CommonMark with GFM decides where each piece starts and ends
 * (micromark via mdast-util-from-markdown); each piece keeps the author's own lines, sliced from
 * the source by the parser's positions, so nothing is re-rendered or lost.
 */

// The tree's types, from the parser itself (the 'mdast' types package has no code to resolve).
type Root = ReturnType<typeof fromMarkdown>;
type RootContent = Root['children'][number];
type MdHeading = Extract<RootContent, { type: 'heading' }>;
interface Nodes {
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } } | undefined;
}

export type BlockType = 'item' | 'paragraph' | 'table' | 'image' | 'code';

export interface Block {
  type: BlockType;
  /** 1-based line number of the block's first line. */
  line: number;
  /** The block's lines as written (tabs expanded), list marker included. */
  lines: string[];
  /**
   * How many of `lines` the first paragraph spans, as the parser read it (lazy continuation
   * lines included); undefined when the block does not start with a paragraph.
   */
  leadLines?: number;
  /** A task list item's box: true when ticked, false when not; undefined when it has none. */
  checked?: boolean;
}

export interface Heading {
  type: 'heading';
  level: number;
  text: string;
  line: number;
}

/** Something skipped on purpose (a comment), reported so nothing disappears silently. */
export interface Skipped {
  type: 'skipped';
  what: string;
  line: number;
  lines: string[];
}

export type Piece = Block | Heading | Skipped;

export const LIST_ITEM = /^(\s*)([-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;

export function indentOf(line: string): number {
  return /^ */.exec(line)?.[0].length ?? 0;
}

function expandTabs(line: string): string {
  return line.replace(/^[ \t]+/, (lead) => lead.replace(/\t/g, '    '));
}

/** The parsed document, with GFM (tables, task lists, strikethrough, autolinks) and front matter. */
/** Deeper than any document a person writes; the Markdown libraries recurse per level. */
export const MAX_NESTING = 100;
const CONTAINER_MARKERS = /^(?:[ \t]*(?:[-*+>]|\d{1,9}[.)])(?=[ \t]|$))+/;

/**
 * Refuses a file whose lists or quotes nest deeper than MAX_NESTING before parsing it: the
 * parser's later steps walk the tree recursively, and a hostile file would exhaust the stack.
 */
function refuseDeepNesting(text: string): void {
  let line = 0;
  for (const content of text.split('\n')) {
    line++;
    const markers = CONTAINER_MARKERS.exec(content)?.[0] ?? '';
    const depth = (markers.match(/[-*+>]|\d{1,9}[.)]/g)?.length ?? 0) + Math.floor((/^[ \t]*/.exec(content)?.[0].length ?? 0) / 4);
    if (depth > MAX_NESTING) {
      throw new ChronicleError(
        'invalid_input',
        `Line ${line} nests lists or quotes more than ${MAX_NESTING} levels deep, which no brag document needs; flatten it and import again.`,
      );
    }
  }
}

export function parseMarkdown(text: string): Root {
  refuseDeepNesting(text);
  // Without it, micromark's time grows with the square of the number of list items.
  useLinearEditMap();
  return fromMarkdown(text, {
    extensions: [gfm(), frontmatter(['yaml', 'toml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
  });
}

function startLine(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

function endLine(node: Nodes): number {
  return node.position?.end.line ?? startLine(node);
}

function isImageParagraph(node: RootContent): boolean {
  return (
    node.type === 'paragraph' &&
    node.children.every((c) => c.type === 'image' || c.type === 'imageReference' || (c.type === 'text' && !c.value.trim()))
  );
}

/**
 * The document as a flat list of headings and blocks, in order; every non-blank line is in
 * exactly one piece. Only the top level of the tree is walked (a loop, no recursion), so a huge
 * or deeply nested list cannot exhaust the stack here.
 */
export function splitIntoPieces(text: string, firstLineNumber = 1): Piece[] {
  const lines = text.split('\n').map(expandTabs);
  const tree = parseMarkdown(text);
  const pieces: Piece[] = [];
  const lineNo = (line: number): number => line - 1 + firstLineNumber;
  const linesOf = (node: Nodes): string[] => lines.slice(startLine(node) - 1, endLine(node));
  let headingLevel = 1;
  for (const [index, node] of tree.children.entries()) {
    // TOML front matter (+++) has no place in mdast's node types; it is read separately too.
    const kind: string = node.type;
    if (kind === 'toml') continue;
    switch (node.type) {
      case 'heading':
        headingLevel = node.depth;
        pieces.push({ type: 'heading', level: node.depth, text: headingText(node, text), line: lineNo(startLine(node)) });
        break;
      case 'thematicBreak':
      case 'yaml':
      case 'definition':
        break; // a rule separates and carries no text; front matter is read separately
      case 'list': {
        // "- Wrote the plan for\n2019. It shipped": a number other than 1 cannot start a list
        // that interrupts a paragraph (CommonMark 5.3), so such a line right under an item's text
        // is that text going on. micromark starts a new list there; it is joined back here.
        const previous = pieces[pieces.length - 1];
        if (
          node.ordered &&
          node.start !== 1 &&
          previous?.type === 'item' &&
          previous.line + previous.lines.length === lineNo(startLine(node))
        ) {
          const lead = previous.leadLines === previous.lines.length;
          const first = node.children[0];
          const joined = first ? linesOf(first) : [];
          for (const line of joined) previous.lines.push(line);
          if (lead && first?.children[0]?.type === 'paragraph')
            previous.leadLines = previous.lines.length - joined.length + (endLine(first.children[0]) - startLine(first.children[0]) + 1);
          for (const item of node.children.slice(1))
            pieces.push({ type: 'item', line: lineNo(startLine(item)), lines: trimTrailingBlanks(linesOf(item)) });
          break;
        }
        for (const item of node.children) {
          const first = item.children[0];
          pieces.push({
            type: 'item',
            line: lineNo(startLine(item)),
            lines: trimTrailingBlanks(linesOf(item)),
            ...(first?.type === 'paragraph' && startLine(first) === startLine(item)
              ? { leadLines: endLine(first) - startLine(first) + 1 }
              : {}),
            ...(typeof item.checked === 'boolean' ? { checked: item.checked } : {}),
          });
        }
        break;
      }
      case 'html':
        if (/^\s*<!--/.test(node.value))
          pieces.push({ type: 'skipped', what: 'an HTML comment', line: lineNo(startLine(node)), lines: linesOf(node) });
        else pieces.push({ type: 'paragraph', line: lineNo(startLine(node)), lines: linesOf(node) });
        break;
      case 'code':
        pieces.push({ type: 'code', line: lineNo(startLine(node)), lines: linesOf(node) });
        break;
      case 'table':
        pieces.push({ type: 'table', line: lineNo(startLine(node)), lines: linesOf(node) });
        break;
      case 'paragraph':
        if (tree.children[index + 1]?.type === 'list' && isBoldLabel(node)) {
          // "**Incident commander for the SEV-1** (Nov 28)" over a list: a heading in all but
          // syntax (how documents pasted from Docs or Notion mark projects and periods), one level
          // under the last real heading, so the next real heading or label ends it.
          pieces.push({ type: 'heading', level: headingLevel + 1, text: linesOf(node).join(' ').trim(), line: lineNo(startLine(node)) });
          break;
        }
        pieces.push({
          type: isImageParagraph(node) ? 'image' : 'paragraph',
          line: lineNo(startLine(node)),
          lines: linesOf(node),
          leadLines: endLine(node) - startLine(node) + 1,
        });
        break;
      default:
        // Block quotes, footnote definitions and anything else: kept whole as a paragraph.
        pieces.push({ type: 'paragraph', line: lineNo(startLine(node)), lines: linesOf(node) });
    }
  }
  return pieces;
}

type MdParagraph = Extract<RootContent, { type: 'paragraph' }>;

/** A one-line paragraph that is all bold, but for a date in brackets or a colon after it. */
function isBoldLabel(node: MdParagraph): boolean {
  const [first, ...rest] = node.children;
  return (
    first?.type === 'strong' &&
    startLine(node) === endLine(node) &&
    rest.every((c) => c.type === 'text' && /^\s*(?:\([^()]{1,40}\))?\s*:?\s*$/.test(c.value))
  );
}

/** A heading's words as written (emphasis marks included), without its #s or underline. */
function headingText(node: MdHeading, source: string): string {
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  const from = first?.position?.start.offset;
  const to = last?.position?.end.offset;
  if (from === undefined || to === undefined) return '';
  return source
    .slice(from, to)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

function trimTrailingBlanks(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && !lines[end - 1]?.trim()) end -= 1;
  return lines.slice(0, end);
}
