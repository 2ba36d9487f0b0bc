import { AutoFocusPlugin } from '@lexical/react/LexicalAutoFocusPlugin';
import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useEffect, useImperativeHandle, useRef, useState, type JSX, type MouseEvent, type Ref } from 'react';
import { isAllowedLinkUrl } from './linkUrl';
import { $getMarkdown, $setMarkdown, editorStateToMarkdown, ENTRY_NODES, ENTRY_TRANSFORMERS } from './markdown';
import { KeyboardShortcutsPlugin } from './plugins/KeyboardShortcutsPlugin';
import { ListTabIndentationPlugin } from './plugins/ListTabIndentationPlugin';
import { MarkdownFidelityPlugin } from './plugins/MarkdownFidelityPlugin';
import { editorTheme } from './theme';
import { Toolbar } from './Toolbar';
import './editor.css';

/** What a parent can do with a mounted editor, e.g. flush the text before switching entries. */
export type MarkdownEditorHandle = {
  /** The current text as Markdown, including any keystroke Lexical has not committed yet. */
  getMarkdown(): string;
  focus(): void;
};

export type MarkdownEditorProps = {
  /** Read on mount only; remount with a React `key` to load another entry. */
  initialMarkdown: string;
  /** Called with the whole text as Markdown after every change to the content (not on selection moves). */
  onChange: (markdown: string) => void;
  placeholder?: string;
  ariaLabel: string;
  autoFocus?: boolean;
  /** 'body' is the entry's main text; 'compact' is the smaller editor for the impact field (no heading buttons). */
  variant?: 'body' | 'compact';
  /** Mod+Enter. */
  onSubmitShortcut?: () => void;
  /** Mod+click on a link. Plain clicks only place the caret; the editor never navigates. */
  onOpenLink?: (url: string) => void;
  ref?: Ref<MarkdownEditorHandle>;
};

/** A rich-text editor whose document is Markdown: loaded from it on mount, reported as it on change. */
export function MarkdownEditor(props: MarkdownEditorProps): JSX.Element {
  const { initialMarkdown, variant = 'body' } = props;
  // The config is read once by LexicalComposer; keep the first one so re-renders do not rebuild it.
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: `chronicle-entry-${variant}`,
    nodes: ENTRY_NODES,
    theme: editorTheme,
    editorState: () => $setMarkdown(initialMarkdown),
    onError: (error) => {
      // Lexical drops the failed update and keeps the last good state; make the failure visible.
      console.error('Entry editor error', error);
    },
  }));

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <EditorBody {...props} variant={variant} />
    </LexicalComposer>
  );
}

function EditorBody({
  onChange,
  placeholder,
  ariaLabel,
  autoFocus,
  variant,
  onSubmitShortcut,
  onOpenLink,
  ref,
}: MarkdownEditorProps): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  // The last Markdown reported, so identical text is not reported twice and nothing is missed on unmount.
  const reportedRef = useRef<string | null>(null);
  if (reportedRef.current === null) {
    reportedRef.current = editorStateToMarkdown(editor.getEditorState());
  }

  const report = (markdown: string) => {
    if (markdown !== reportedRef.current) {
      reportedRef.current = markdown;
      onChangeRef.current(markdown);
    }
  };

  useImperativeHandle(
    ref,
    () => ({
      getMarkdown: () => editor.read($getMarkdown),
      focus: () => editor.focus(),
    }),
    [editor],
  );

  // Report a change that was still pending when the editor goes away (entry switch, window close).
  useEffect(() => () => report(editor.read($getMarkdown)), [editor]);

  const openLinkOnModClick = (event: MouseEvent<HTMLDivElement>) => {
    const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (anchor === null) {
      return;
    }
    event.preventDefault();
    const url = anchor.getAttribute('href') ?? '';
    if ((event.metaKey || event.ctrlKey) && onOpenLink !== undefined && isAllowedLinkUrl(url)) {
      onOpenLink(url);
    }
  };

  const placeholderText = placeholder ?? '';
  return (
    <div className={`md-editor md-editor--${variant ?? 'body'}`}>
      <Toolbar showHeadings={variant !== 'compact'} ariaLabel={`${ariaLabel} formatting`} />
      <div className="md-editor__surface">
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="md-editor__content"
              aria-label={ariaLabel}
              aria-multiline={true}
              aria-placeholder={placeholderText}
              placeholder={<div className="md-editor__placeholder">{placeholderText}</div>}
              spellCheck={true}
              onClick={openLinkOnModClick}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
      <ListPlugin hasStrictIndent={true} />
      <CheckListPlugin />
      <LinkPlugin validateUrl={isAllowedLinkUrl} />
      <MarkdownShortcutPlugin transformers={ENTRY_TRANSFORMERS} />
      <MarkdownFidelityPlugin />
      <ListTabIndentationPlugin />
      <KeyboardShortcutsPlugin onSubmitShortcut={onSubmitShortcut} />
      <OnChangePlugin
        ignoreSelectionChange={true}
        ignoreHistoryMergeTagChange={false}
        onChange={(editorState) => report(editorStateToMarkdown(editorState))}
      />
      {autoFocus === true && <AutoFocusPlugin />}
    </div>
  );
}
