export { MarkdownEditor, type MarkdownEditorHandle, type MarkdownEditorProps } from './MarkdownEditor';
export { $getMarkdown, $setMarkdown, ENTRY_NODES, ENTRY_TRANSFORMERS, editorStateToMarkdown, loadMarkdown } from './markdown';
export { isAllowedLinkUrl, normaliseLinkUrl } from './linkUrl';
