import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH, IS_APPLE, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect, useRef } from 'react';
import {
  $readSelectionFormatting,
  OPEN_LINK_PROMPT_COMMAND,
  setParagraph,
  toggleHeading,
  toggleList,
  toggleTextFormat,
} from '../formatting';
import { shortcutActionFor, type ShortcutAction } from '../shortcuts';

type Props = Readonly<{ onSubmitShortcut?: (() => void) | undefined }>;

/**
 * The shortcuts Lexical does not provide itself. Bold, italic, undo and redo are Lexical's own
 * and are left to it; anything not in the table (Mod+K above all) is not touched, so it reaches the app.
 */
export function KeyboardShortcutsPlugin({ onSubmitShortcut }: Props): null {
  const [editor] = useLexicalComposerContext();
  const submitRef = useRef(onSubmitShortcut);
  submitRef.current = onSubmitShortcut;

  useEffect(() => {
    const run = (action: ShortcutAction): boolean => {
      const blockType = () => editor.getEditorState().read($readSelectionFormatting).blockType;
      switch (action) {
        case 'strikethrough':
          toggleTextFormat(editor, 'strikethrough');
          return true;
        case 'inlineCode':
          toggleTextFormat(editor, 'code');
          return true;
        case 'link':
          editor.dispatchCommand(OPEN_LINK_PROMPT_COMMAND, undefined);
          return true;
        case 'paragraph':
          setParagraph(editor);
          return true;
        case 'heading1':
        case 'heading2':
        case 'heading3':
          toggleHeading(editor, blockType(), `h${action.slice(-1)}` as 'h1' | 'h2' | 'h3');
          return true;
        case 'bulletList':
          toggleList(editor, blockType(), 'bullet');
          return true;
        case 'numberedList':
          toggleList(editor, blockType(), 'number');
          return true;
        case 'checklist':
          toggleList(editor, blockType(), 'check');
          return true;
        case 'submit':
          if (submitRef.current === undefined) {
            return false;
          }
          submitRef.current();
          return true;
        case 'bold':
        case 'italic':
        case 'undo':
        case 'redo':
          return false;
      }
    };
    return editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        const action = shortcutActionFor(event, IS_APPLE);
        if (action === null || !run(action)) {
          return false;
        }
        event.preventDefault();
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    );
  }, [editor]);

  return null;
}
