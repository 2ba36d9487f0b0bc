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
  type Transformer,
} from '@lexical/markdown';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { EditorState, Klass, LexicalEditor, LexicalNode } from 'lexical';

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
];

/** The node classes an editor must register to hold everything ENTRY_TRANSFORMERS produce. */
export const ENTRY_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  CodeNode,
  LinkNode,
];

/**
 * Each editor paragraph is one Markdown line and a blank line is an empty paragraph.
 * Without this, import and export disagree about line breaks and text moves on every save.
 */
const PRESERVE_NEW_LINES = true;

/** Replaces the editor's content with `markdown`. Call inside `editor.update()` (or as an initial state). */
export function $setMarkdown(markdown: string): void {
  $convertFromMarkdownString(markdown, ENTRY_TRANSFORMERS, undefined, PRESERVE_NEW_LINES);
}

/** The current content as Markdown. Call inside `editor.read()` / `editorState.read()`. */
export function $getMarkdown(): string {
  return $convertToMarkdownString(ENTRY_TRANSFORMERS, undefined, PRESERVE_NEW_LINES);
}

/** Reads an editor state as Markdown. */
export function editorStateToMarkdown(editorState: EditorState): string {
  return editorState.read($getMarkdown);
}

/** Loads `markdown` into `editor`, synchronously, replacing what was there. */
export function loadMarkdown(editor: LexicalEditor, markdown: string): void {
  editor.update(() => $setMarkdown(markdown), { discrete: true });
}
