import { $isCodeNode } from '@lexical/code';
import { $isHeadingNode, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_CRITICAL,
  FORMAT_ELEMENT_COMMAND,
  FORMAT_TEXT_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  ParagraphNode,
  TextNode,
  type ElementNode,
  type TextFormatType,
} from 'lexical';
import { useEffect } from 'react';
import { isMarkdownTextFormat } from '../formatting';
import { $createHardLineBreakNode } from '../markdown';

const FOREIGN_TEXT_FORMATS: readonly TextFormatType[] = [
  'underline',
  'highlight',
  'subscript',
  'superscript',
  'lowercase',
  'uppercase',
  'capitalize',
];

/** Alignment and paragraph indentation have no Markdown spelling; pasted HTML brings them in. */
function $clearBlockLayout(node: ElementNode): void {
  if (node.getFormatType() !== '') {
    node.setFormat('');
  }
  if (node.getIndent() !== 0) {
    node.setIndent(0);
  }
}

/**
 * Keeps the document to what Markdown can hold, so what the user sees is what is saved:
 * refuses formats with no Markdown spelling (Mod+U, pasted highlight, colours, alignment), and
 * makes Shift+Enter insert a line break Markdown keeps: a hard break (saved as a trailing `\`)
 * in paragraphs, list items and quotes, a plain new line in code, and a new paragraph after a
 * heading, which is one line in Markdown.
 */
export function MarkdownFidelityPlugin(): null {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(FORMAT_TEXT_COMMAND, (format) => !isMarkdownTextFormat(format), COMMAND_PRIORITY_CRITICAL),
        editor.registerCommand(FORMAT_ELEMENT_COMMAND, () => true, COMMAND_PRIORITY_CRITICAL),
        editor.registerCommand(
          INSERT_LINE_BREAK_COMMAND,
          () => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) {
              return false;
            }
            const anchor = selection.anchor.getNode();
            if ($findMatchingParent(anchor, $isCodeNode) !== null) {
              return false;
            }
            if ($findMatchingParent(anchor, $isHeadingNode) !== null) {
              return editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined);
            }
            selection.insertNodes([$createHardLineBreakNode()]);
            return true;
          },
          COMMAND_PRIORITY_CRITICAL,
        ),
        editor.registerNodeTransform(TextNode, (node) => {
          for (const format of FOREIGN_TEXT_FORMATS) {
            if (node.hasFormat(format)) {
              node.toggleFormat(format);
            }
          }
          if (node.getStyle() !== '') {
            node.setStyle('');
          }
        }),
        editor.registerNodeTransform(ParagraphNode, $clearBlockLayout),
        editor.registerNodeTransform(HeadingNode, $clearBlockLayout),
        editor.registerNodeTransform(QuoteNode, $clearBlockLayout),
      ),
    [editor],
  );

  return null;
}
