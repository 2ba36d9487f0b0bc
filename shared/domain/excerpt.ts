import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/**
 * The one rule for the plain-text excerpts lists show (journal, search, trash, themes): the
 * backend cuts them from stored entries and the renderer's cache recuts them after a save, both
 * by calling `listExcerpts`.
 */

/** Only the start of a text is read, so a page of 1 MB entries stays small (SQL cuts the same). */
export const EXCERPT_SOURCE_CHARS = { body: 800, impact: 400 } as const;
export const EXCERPT_LENGTH = { body: 240, impact: 160 } as const;

export interface ListExcerpts {
  excerpt: string;
  impactExcerpt: string;
}

export function listExcerpts(entry: { body: string; impact: string }): ListExcerpts {
  return {
    excerpt: markdownExcerpt(entry.body.slice(0, EXCERPT_SOURCE_CHARS.body), EXCERPT_LENGTH.body),
    impactExcerpt: markdownExcerpt(entry.impact.slice(0, EXCERPT_SOURCE_CHARS.impact), EXCERPT_LENGTH.impact),
  };
}

/**
 * Markdown as one line of plain text, cut at a word boundary. Parsing costs about a millisecond
 * for 800 characters of lists and links, so results are remembered: a list refetched after a
 * change parses only the entries that changed.
 */
export function markdownExcerpt(markdown: string, maxLength: number): string {
  if (!markdown.trim()) return '';
  const key = `${maxLength}\u0000${markdown}`;
  const known = remembered.get(key);
  if (known !== undefined) {
    // Map keeps insertion order: moving a hit to the end makes the oldest the first to go.
    remembered.delete(key);
    remembered.set(key, known);
    return known;
  }
  const excerpt = cutAtWord(markdownPlainText(markdown), maxLength);
  remembered.set(key, excerpt);
  if (remembered.size > REMEMBERED_EXCERPTS) remembered.delete(remembered.keys().next().value as string);
  return excerpt;
}

const REMEMBERED_EXCERPTS = 2000;
const remembered = new Map<string, string>();

/** Any character or line start that can be Markdown syntax (CommonMark + GFM), or an entity. */
const MARKDOWN_SYNTAX = /[*_`[\]#>|~<!\\&:=]|^\s*(?:[-+]|\d+[.)])|\n\s*\n|https?:|www\./m;

// Built once: making the GFM extensions is most of the cost of a short parse.
const PARSE_OPTIONS = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

type Root = ReturnType<typeof fromMarkdown>;
/** Any node of the tree (mdast's own union, named through the parser so no types package is needed). */
type Nodes = Root | Root['children'][number];

/** Blocks whose text is read as one run: each becomes one part of the line. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'code']);
/** Markup whose text is not meant to be read (raw HTML, footnote marks, definitions). */
const SILENT = new Set(['html', 'footnoteReference', 'definition', 'footnoteDefinition', 'thematicBreak', 'yaml']);

/**
 * Markdown read by the real CommonMark + GFM parser and flattened to text: markup gone, list
 * items and paragraphs kept apart ("wrote the runbook · trained two people"). Control
 * characters in the text pass through untouched, which is what lets search-hit marks survive.
 * The walk uses an explicit stack: nothing here recurses over what the user wrote.
 */
export function markdownPlainText(markdown: string): string {
  if (!markdown.trim()) return '';
  // Text with no character Markdown gives a meaning to reads the same parsed: skip the parser.
  if (!MARKDOWN_SYNTAX.test(markdown)) return markdown.replace(/\s+/g, ' ').trim();
  const quick = commonListText(markdown);
  return quick !== null ? joinBlocks(quick) : parsedPlainText(markdown);
}

/** The parser's reading, for any text (exported so tests can hold the quick path to it). */
export function parsedPlainText(markdown: string): string {
  const tree = fromMarkdown(markdown, PARSE_OPTIONS);
  const blocks: string[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (SILENT.has(node.type)) continue;
    if (TEXT_BLOCKS.has(node.type)) {
      const text = inlineText(node).replace(/\s+/g, ' ').trim();
      if (text) blocks.push(text);
      continue;
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return joinBlocks(blocks);
}

function joinBlocks(blocks: string[]): string {
  return blocks.reduce((line, block) => (line ? `${line}${/[.!?…:;,]$/.test(line) ? ' ' : ' · '}${block}` : block), '');
}

/*
 * The common shape of an entry, read without the parser (which costs 5-10 ms for 800 characters
 * of list): paragraphs and top-level bullets, with **bold**, [links](url), `code` and task boxes.
 * Anything else, or any doubt about how CommonMark would read a character, returns null and the
 * parser reads the text. test/unit/excerpt.test.ts checks both ways give the same text.
 */
const BULLET = /^[-*+] (?:\[[ xX]\] )?(?![-*+](?:\s|$)|[#>\s]|\d+[.)]|\[[ xX]\]|(?:[-*_][ \t]*){3,}$)(\S.*)$/;
/** A line start that means something other than a paragraph line. */
const BLOCK_START = /^(?:\s|[-*+#>=|<`~_]|\d+[.)])/;
const BOLD = /(^|[\s(])\*\*([\p{L}\p{N}][^*_`[\]\\<&~]*?[\p{L}\p{N}.!?)%]|[\p{L}\p{N}])\*\*(?=$|[\s.,;:!?)])/gu;
const LINK = /(?<!!)\[([^[\]*_`\\<&~!]+)\]\([^\s()<>\\`*_]+\)/g;
const CODE = /`([^`\s](?:[^`]*[^`\s])?)`/g;
/** What may remain once the constructs above are taken out. */
const UNSURE = /[*_`[\]\\<&~|]|!\[/;

function commonInline(text: string): string | null {
  // Split around code spans: their content is literal text, whatever characters it holds.
  const parts = text.split(CODE);
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (i % 2 === 1) {
      out += part;
      continue;
    }
    const plain = part.replace(LINK, '$1').replace(BOLD, '$1$2');
    if (UNSURE.test(plain)) return null;
    out += plain;
  }
  return out;
}

function commonListText(markdown: string): string[] | null {
  // The parser turns NUL into U+FFFD.
  if (markdown.includes('\0')) return null;
  const blocks: string[] = [];
  let open = false;
  for (const line of markdown.split(/\r\n|\r|\n/)) {
    if (!line.trim()) {
      open = false;
      continue;
    }
    const bullet = BULLET.exec(line);
    let content: string;
    if (bullet) content = bullet[1] as string;
    else if (!BLOCK_START.test(line)) content = line;
    else return null;
    const text = commonInline(content);
    if (text === null) return null;
    // A plain line right under a paragraph or an item continues it (a lazy continuation line).
    if (!bullet && open) blocks[blocks.length - 1] += ` ${text}`;
    else blocks.push(text);
    open = true;
  }
  return blocks.map((b) => b.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function inlineText(block: Nodes): string {
  let text = '';
  const stack: Nodes[] = [block];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (SILENT.has(node.type)) continue;
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') text += node.value;
    else if (node.type === 'image') text += node.alt ?? '';
    else if (node.type === 'break') text += ' ';
    else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return text;
}

function cutAtWord(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
