import { $isListItemNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  INDENT_CONTENT_COMMAND,
  KEY_TAB_COMMAND,
  OUTDENT_CONTENT_COMMAND,
} from 'lexical';
import { useEffect } from 'react';

/**
 * Tab / Shift+Tab nest and un-nest list items. Everywhere else Tab is left alone so it moves
 * focus out of the editor, as keyboard users expect (Lexical's TabIndentationPlugin would trap it).
 */
export function ListTabIndentationPlugin(): null {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      editor.registerCommand(
        KEY_TAB_COMMAND,
        (event) => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || $findMatchingParent(selection.anchor.getNode(), $isListItemNode) === null) {
            return false;
          }
          event.preventDefault();
          return editor.dispatchCommand(event.shiftKey ? OUTDENT_CONTENT_COMMAND : INDENT_CONTENT_COMMAND, undefined);
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );

  return null;
}
