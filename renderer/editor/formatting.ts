/**
 * What the toolbar shows and does, as plain functions over the editor, so the toolbar
 * buttons and the keyboard shortcuts run the same code.
 */
import { $createCodeNode, $isCodeNode } from '@lexical/code';
import { $isLinkNode, type LinkNode } from '@lexical/link';
import {
  INSERT_CHECK_LIST_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  ListNode,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  $isRootOrShadowRoot,
  createCommand,
  type ElementNode,
  FORMAT_TEXT_COMMAND,
  type LexicalCommand,
  type LexicalEditor,
  type LexicalNode,
  type TextFormatType,
} from 'lexical';

/** Inline formats that have a Markdown spelling. Anything else (underline, highlight…) would be lost on save. */
export const MARKDOWN_TEXT_FORMATS = ['bold', 'italic', 'strikethrough', 'code'] as const satisfies readonly TextFormatType[];
export type MarkdownTextFormat = (typeof MARKDOWN_TEXT_FORMATS)[number];

export function isMarkdownTextFormat(format: TextFormatType): format is MarkdownTextFormat {
  return (MARKDOWN_TEXT_FORMATS as readonly TextFormatType[]).includes(format);
}

export type BlockType = 'paragraph' | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'quote' | 'code' | 'bullet' | 'number' | 'check';
export type ListBlockType = 'bullet' | 'number' | 'check';
export type HeadingBlockType = 'h1' | 'h2' | 'h3';

export type SelectionFormatting = Readonly<{
  formats: ReadonlySet<MarkdownTextFormat>;
  blockType: BlockType;
  /** The address of the link the caret is in, or null. */
  linkUrl: string | null;
}>;

export const NO_FORMATTING: SelectionFormatting = { formats: new Set(), blockType: 'paragraph', linkUrl: null };

/** Asks the toolbar to open its link prompt (the keyboard shortcut lives in the editor, the prompt in the toolbar). */
export const OPEN_LINK_PROMPT_COMMAND: LexicalCommand<void> = createCommand('OPEN_LINK_PROMPT_COMMAND');

function $topLevelBlock(node: LexicalNode): LexicalNode {
  return (
    $findMatchingParent(node, (candidate) => {
      const parent = candidate.getParent();
      return parent !== null && $isRootOrShadowRoot(parent);
    }) ?? node
  );
}

function $blockTypeOf(node: LexicalNode): BlockType {
  const list = $getNearestNodeOfType(node, ListNode);
  if (list !== null) {
    return list.getListType();
  }
  const block = $topLevelBlock(node);
  if ($isHeadingNode(block)) {
    return block.getTag();
  }
  if ($isQuoteNode(block)) {
    return 'quote';
  }
  if ($isCodeNode(block)) {
    return 'code';
  }
  return 'paragraph';
}

function $linkAround(node: LexicalNode): LinkNode | null {
  return $isLinkNode(node) ? node : $findMatchingParent(node, $isLinkNode);
}

/** The formatting at the current selection. Call inside a read. */
export function $readSelectionFormatting(): SelectionFormatting {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) {
    return NO_FORMATTING;
  }
  const anchorNode = selection.anchor.getNode();
  const formats = new Set(MARKDOWN_TEXT_FORMATS.filter((format) => selection.hasFormat(format)));
  const link = $linkAround(anchorNode) ?? $linkAround(selection.focus.getNode());
  return { formats, blockType: $blockTypeOf(anchorNode), linkUrl: link?.getURL() ?? null };
}

export function toggleTextFormat(editor: LexicalEditor, format: MarkdownTextFormat): void {
  editor.dispatchCommand(FORMAT_TEXT_COMMAND, format);
}

function setBlocks(editor: LexicalEditor, create: () => ElementNode): void {
  editor.update(() => {
    const selection = $getSelection();
    if ($isRangeSelection(selection)) {
      $setBlocksType(selection, create);
    }
  });
}

export function setParagraph(editor: LexicalEditor): void {
  setBlocks(editor, () => $createParagraphNode());
}

/** Pressing the current heading level again turns it back into a paragraph. */
export function toggleHeading(editor: LexicalEditor, current: BlockType, level: HeadingBlockType): void {
  if (current === level) {
    setParagraph(editor);
  } else {
    setBlocks(editor, () => $createHeadingNode(level));
  }
}

export function toggleQuote(editor: LexicalEditor, current: BlockType): void {
  setBlocks(editor, () => (current === 'quote' ? $createParagraphNode() : $createQuoteNode()));
}

export function toggleCodeBlock(editor: LexicalEditor, current: BlockType): void {
  setBlocks(editor, () => (current === 'code' ? $createParagraphNode() : $createCodeNode()));
}

const INSERT_LIST_COMMANDS = {
  bullet: INSERT_UNORDERED_LIST_COMMAND,
  number: INSERT_ORDERED_LIST_COMMAND,
  check: INSERT_CHECK_LIST_COMMAND,
} as const;

/** Pressing the current list type again turns the items back into paragraphs. */
export function toggleList(editor: LexicalEditor, current: BlockType, listType: ListBlockType): void {
  if (current === listType) {
    editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
  } else {
    editor.dispatchCommand(INSERT_LIST_COMMANDS[listType], undefined);
  }
}
