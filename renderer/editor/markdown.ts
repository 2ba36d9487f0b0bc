/**
 * Markdown is the canonical form of an entry's text; the editor's tree is only a view of it.
 * This module holds the one transformer set used both ways (import on mount, export on every
 * change, and the typing shortcuts), so nothing the editor can produce fails to come back.
 *
 * No DOM here: the round-trip tests run it under Node with @lexical/headless.
 */
import { CodeNode } from '@lexical/code';
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import {
  $convertFromMarkdownString,
  $convertToMarkdownString,
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  CHECK_LIST,
  CODE,
  HEADING,
  INLINE_CODE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  LINK,
  ORDERED_LIST,
  QUOTE,
  STRIKETHROUGH,
  UNORDERED_LIST,
  type TextMatchTransformer,
  type Transformer,
} from '@lexical/markdown';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import {
  $createLineBreakNode,
  $isLineBreakNode,
  type LineBreakNode,
  type EditorState,
  type Klass,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';

/**
 * A break at the very end of a block shows nothing (in the editor or when rendered), and written
 * out it would read back as a literal backslash, so it is left out.
 */
const TRAILING_LINE_BREAK: TextMatchTransformer = {
  dependencies: [],
  regExp: /(?!)/,
  export: (node) => ($isLineBreakNode(node) && node.getNextSibling() === null ? '' : null),
  type: 'text-match',
};

/**
 * Exactly the formatting that survives Markdown → editor → Markdown.
 * Order matters: checklists before bullets (`- [ ] a` is also a bullet), inline code before
 * the emphasis markers (nothing is formatted inside code), longer tags before shorter ones.
 * The underscore spellings are kept for import only in effect: export always writes the
 * star spelling because it comes first, so `__b__` reads as bold and is saved as `**b**`.
 * Left out on purpose: highlight (`==x==` is not Markdown other tools read), tables, images,
 * horizontal rules and raw HTML, which all stay literal text.
 */
export const ENTRY_TRANSFORMERS: Transformer[] = [
  HEADING,
  QUOTE,
  CHECK_LIST,
  UNORDERED_LIST,
  ORDERED_LIST,
  CODE,
  INLINE_CODE,
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  STRIKETHROUGH,
  LINK,
  TRAILING_LINE_BREAK,
];

/** The node classes an editor must register to hold everything ENTRY_TRANSFORMERS produce. */
export const ENTRY_NODES: ReadonlyArray<Klass<LexicalNode>> = [HeadingNode, QuoteNode, ListNode, ListItemNode, CodeNode, LinkNode];

/**
 * How lines map between the editor and Markdown (the tests in editor-markdown.test.ts spell it out):
 * - Each block (paragraph, heading, list, quote, code block) is one Markdown block, and blocks are
 *   separated by exactly one blank line, as every CommonMark renderer expects. Items of one list
 *   stay on consecutive lines (a tight list).
 * - Blank lines only separate blocks: however many there are, they never become empty paragraphs,
 *   and empty paragraphs in the editor are not saved (the gap collapses, as it would when rendered).
 * - A line break inside a block (Shift+Enter) is saved as a trailing backslash, a CommonMark hard
 *   line break; trailing backslashes and two trailing spaces read back as that same line break.
 * - A single newline in written Markdown (a soft break: the same paragraph) is kept exactly as
 *   written. The editor shows it as a line break, where renderers join the lines with a space.
 * - Code blocks keep every line, blank ones included.
 */
const PRESERVE_NEW_LINES = false;

/**
 * The serialised form of the marker @lexical/markdown keeps on a line break read from a hard
 * break (`\` or two spaces). The package does not export its state config, but a node parsed from
 * JSON carries the marker, which the exporter then writes back.
 */
const HARD_LINE_BREAK_STATE = { $: { mdHardLineBreak: '\\' } } as const;

/** A line break the user typed: saved as `\` + newline so renderers show the break too. */
export function $createHardLineBreakNode(): LineBreakNode {
  return $createLineBreakNode().updateFromJSON(HARD_LINE_BREAK_STATE);
}

const FENCE_OPEN = /^[ \t]*(`{3,})/;
const FENCE_CLOSE = /^[ \t]*(`{3,})[ \t]*$/;
/** A fence that opens and closes on one line is inline code to the importer, not a block. */
const FENCE_ONE_LINE = /^[ \t]*`{3,}[^`].*`{3,}[ \t]*$/;

/**
 * Lexical writes an empty paragraph as an empty line of its own, so blank lines (and whitespace-only
 * lines) outside code blocks are collapsed to one and trimmed from both ends.
 */
function collapseBlankLines(markdown: string): string {
  const lines: string[] = [];
  let openFence = 0;
  for (const line of markdown.split('\n')) {
    if (openFence > 0) {
      const close = line.match(FENCE_CLOSE);
      if (close !== null && (close[1] ?? '').length >= openFence) {
        openFence = 0;
      }
      lines.push(line);
      continue;
    }
    const open = FENCE_ONE_LINE.test(line) ? null : line.match(FENCE_OPEN);
    if (open !== null) {
      openFence = (open[1] ?? '').length;
    }
    if (line.trim() === '') {
      if (lines.length > 0 && lines[lines.length - 1] !== '') {
        lines.push('');
      }
      continue;
    }
    lines.push(line);
  }
  if (openFence === 0) {
    while (lines.length > 0 && lines[lines.length - 1] === '') {
      lines.pop();
    }
  }
  return lines.join('\n');
}

/** Replaces the editor's content with `markdown`. Call inside `editor.update()` (or as an initial state). */
export function $setMarkdown(markdown: string): void {
  $convertFromMarkdownString(markdown, ENTRY_TRANSFORMERS, undefined, PRESERVE_NEW_LINES);
}

/** The current content as Markdown. Call inside `editor.read()` / `editorState.read()`. */
export function $getMarkdown(): string {
  return collapseBlankLines($convertToMarkdownString(ENTRY_TRANSFORMERS, undefined, PRESERVE_NEW_LINES));
}

/** Reads an editor state as Markdown. */
export function editorStateToMarkdown(editorState: EditorState): string {
  return editorState.read($getMarkdown);
}

/** Loads `markdown` into `editor`, synchronously, replacing what was there. */
export function loadMarkdown(editor: LexicalEditor, markdown: string): void {
  editor.update(() => $setMarkdown(markdown), { discrete: true });
}
