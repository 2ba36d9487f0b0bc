import { mergeRegister } from '@lexical/utils';
import { CAN_REDO_COMMAND, CAN_UNDO_COMMAND, COMMAND_PRIORITY_LOW, type LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import { $readSelectionFormatting, NO_FORMATTING, type SelectionFormatting } from './formatting';

export type ToolbarState = SelectionFormatting & Readonly<{ canUndo: boolean; canRedo: boolean }>;

/** Follows the selection so the toolbar's pressed states match what is under the caret. */
export function useSelectionFormatting(editor: LexicalEditor): ToolbarState {
  const [formatting, setFormatting] = useState<SelectionFormatting>(NO_FORMATTING);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          setFormatting(editorState.read($readSelectionFormatting));
        }),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (payload) => {
            setCanUndo(payload);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (payload) => {
            setCanRedo(payload);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );

  return { ...formatting, canUndo, canRedo };
}
