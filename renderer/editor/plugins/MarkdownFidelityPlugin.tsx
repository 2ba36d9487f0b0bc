import { $isCodeNode } from '@lexical/code';
import { HeadingNode, QuoteNode, $isQuoteNode } from '@lexical/rich-text';
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

const FOREIGN_TEXT_FORMATS: readonly TextFormatType[] = ['underline', 'highlight', 'subscript', 'superscript', 'lowercase', 'uppercase', 'capitalize'];

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
 * makes Shift+Enter start a new block outside quotes and code, where a soft line break would
 * otherwise come back after a reload as a separate paragraph.
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
            const keepsLineBreaks = $findMatchingParent(selection.anchor.getNode(), (node) => $isQuoteNode(node) || $isCodeNode(node));
            if (keepsLineBreaks !== null) {
              return false;
            }
            return editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined);
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
