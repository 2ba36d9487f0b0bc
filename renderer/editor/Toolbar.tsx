import { $toggleLink } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_LOW,
  IS_APPLE,
  REDO_COMMAND,
  UNDO_COMMAND,
  type BaseSelection,
} from 'lexical';
import { useEffect, useState, type JSX, type MouseEvent, type ReactNode } from 'react';
import {
  $readSelectionFormatting,
  OPEN_LINK_PROMPT_COMMAND,
  toggleCodeBlock,
  toggleHeading,
  toggleList,
  toggleQuote,
  toggleTextFormat,
  type HeadingBlockType,
} from './formatting';
import {
  BulletListIcon,
  ChecklistIcon,
  CodeBlockIcon,
  InlineCodeIcon,
  LinkIcon,
  NumberedListIcon,
  QuoteIcon,
  RedoIcon,
  UndoIcon,
} from './icons';
import { LinkPrompt } from './LinkPrompt';
import { SHORTCUTS, shortcutLabel, type ShortcutAction } from './shortcuts';
import { useSelectionFormatting } from './useSelectionFormatting';

type Props = Readonly<{ showHeadings: boolean; ariaLabel: string }>;

type LinkDraft = Readonly<{ url: string; selection: BaseSelection | null }>;

function titleWith(label: string, action: ShortcutAction): string {
  return `${label} (${shortcutLabel(SHORTCUTS[action], IS_APPLE)})`;
}

type ButtonProps = Readonly<{
  label: string;
  shortcut?: ShortcutAction;
  pressed?: boolean;
  disabled?: boolean;
  onPress: () => void;
  children: ReactNode;
}>;

function ToolbarButton({ label, shortcut, pressed, disabled, onPress, children }: ButtonProps): JSX.Element {
  // Keep focus (and the selection) in the editor when the button is clicked with a mouse.
  const keepEditorFocus = (event: MouseEvent) => event.preventDefault();
  return (
    <button
      type="button"
      className="md-toolbar__button"
      aria-label={label}
      aria-pressed={pressed}
      title={shortcut === undefined ? label : titleWith(label, shortcut)}
      disabled={disabled}
      onMouseDown={keepEditorFocus}
      onClick={onPress}
    >
      {children}
    </button>
  );
}

const HEADING_LEVELS: readonly { level: HeadingBlockType; action: ShortcutAction }[] = [
  { level: 'h1', action: 'heading1' },
  { level: 'h2', action: 'heading2' },
  { level: 'h3', action: 'heading3' },
];

/** The formatting buttons: exactly the formatting that survives a save as Markdown. */
export function Toolbar({ showHeadings, ariaLabel }: Props): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const state = useSelectionFormatting(editor);
  const [linkDraft, setLinkDraft] = useState<LinkDraft | null>(null);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_LINK_PROMPT_COMMAND,
        () => {
          // Remember the selection: focus moves to the prompt, and the link goes where the caret was.
          const { selection, url } = editor.getEditorState().read(() => ({
            selection: $getSelection()?.clone() ?? null,
            url: $readSelectionFormatting().linkUrl ?? '',
          }));
          setLinkDraft({ url, selection });
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );

  const closeLinkPrompt = () => {
    setLinkDraft(null);
    editor.focus();
  };

  const setLink = (url: string | null) => {
    const saved = linkDraft?.selection ?? null;
    editor.update(() => {
      if (saved !== null) {
        $setSelection(saved.clone());
      }
      const selection = $getSelection();
      if (url !== null && $isRangeSelection(selection) && selection.isCollapsed() && $readSelectionFormatting().linkUrl === null) {
        // Nothing selected to link: the address itself becomes the link's text.
        const text = $createTextNode(url);
        selection.insertNodes([text]);
        text.select(0, url.length);
      }
      $toggleLink(url);
    });
    closeLinkPrompt();
  };

  const { formats, blockType } = state;
  return (
    <div className="md-toolbar-area">
      <div className="md-toolbar" role="toolbar" aria-label={ariaLabel}>
        {/* The formatting groups wrap among themselves; undo and redo keep the first row's end. */}
        <div className="md-toolbar__groups">
          <div className="md-toolbar__group">
            <ToolbarButton label="Bold" shortcut="bold" pressed={formats.has('bold')} onPress={() => toggleTextFormat(editor, 'bold')}>
              <b aria-hidden="true">B</b>
            </ToolbarButton>
            <ToolbarButton
              label="Italic"
              shortcut="italic"
              pressed={formats.has('italic')}
              onPress={() => toggleTextFormat(editor, 'italic')}
            >
              <i aria-hidden="true" className="md-toolbar__serif">
                I
              </i>
            </ToolbarButton>
            <ToolbarButton
              label="Strikethrough"
              shortcut="strikethrough"
              pressed={formats.has('strikethrough')}
              onPress={() => toggleTextFormat(editor, 'strikethrough')}
            >
              <s aria-hidden="true">S</s>
            </ToolbarButton>
            <ToolbarButton
              label="Inline code"
              shortcut="inlineCode"
              pressed={formats.has('code')}
              onPress={() => toggleTextFormat(editor, 'code')}
            >
              <InlineCodeIcon />
            </ToolbarButton>
            <ToolbarButton
              label={state.linkUrl === null ? 'Link' : 'Edit link'}
              shortcut="link"
              pressed={state.linkUrl !== null}
              onPress={() => editor.dispatchCommand(OPEN_LINK_PROMPT_COMMAND, undefined)}
            >
              <LinkIcon />
            </ToolbarButton>
          </div>
          {showHeadings && (
            <div className="md-toolbar__group">
              {HEADING_LEVELS.map(({ level, action }) => (
                <ToolbarButton
                  key={level}
                  label={`Heading ${level.slice(1)}`}
                  shortcut={action}
                  pressed={blockType === level}
                  onPress={() => toggleHeading(editor, blockType, level)}
                >
                  <span aria-hidden="true" className="md-toolbar__text">
                    H{level.slice(1)}
                  </span>
                </ToolbarButton>
              ))}
            </div>
          )}
          <div className="md-toolbar__group">
            <ToolbarButton
              label="Bulleted list"
              shortcut="bulletList"
              pressed={blockType === 'bullet'}
              onPress={() => toggleList(editor, blockType, 'bullet')}
            >
              <BulletListIcon />
            </ToolbarButton>
            <ToolbarButton
              label="Numbered list"
              shortcut="numberedList"
              pressed={blockType === 'number'}
              onPress={() => toggleList(editor, blockType, 'number')}
            >
              <NumberedListIcon />
            </ToolbarButton>
            <ToolbarButton
              label="Checklist"
              shortcut="checklist"
              pressed={blockType === 'check'}
              onPress={() => toggleList(editor, blockType, 'check')}
            >
              <ChecklistIcon />
            </ToolbarButton>
            <ToolbarButton label="Quote" pressed={blockType === 'quote'} onPress={() => toggleQuote(editor, blockType)}>
              <QuoteIcon />
            </ToolbarButton>
            <ToolbarButton label="Code block" pressed={blockType === 'code'} onPress={() => toggleCodeBlock(editor, blockType)}>
              <CodeBlockIcon />
            </ToolbarButton>
          </div>
        </div>
        <div className="md-toolbar__group md-toolbar__group--end">
          <ToolbarButton
            label="Undo"
            shortcut="undo"
            disabled={!state.canUndo}
            onPress={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
          >
            <UndoIcon />
          </ToolbarButton>
          <ToolbarButton
            label="Redo"
            shortcut="redo"
            disabled={!state.canRedo}
            onPress={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
          >
            <RedoIcon />
          </ToolbarButton>
        </div>
      </div>
      {linkDraft !== null && (
        <LinkPrompt
          initialUrl={linkDraft.url}
          onApply={(url) => setLink(url)}
          onRemove={linkDraft.url === '' ? undefined : () => setLink(null)}
          onCancel={closeLinkPrompt}
        />
      )}
    </div>
  );
}
