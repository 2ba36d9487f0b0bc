import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on the nodes it renders; editor.css styles them. */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'md-paragraph',
  heading: {
    h1: 'md-heading md-h1',
    h2: 'md-heading md-h2',
    h3: 'md-heading md-h3',
    h4: 'md-heading md-h4',
    h5: 'md-heading md-h5',
    h6: 'md-heading md-h6',
  },
  quote: 'md-quote',
  code: 'md-code-block',
  link: 'md-link',
  list: {
    ul: 'md-list md-ul',
    ol: 'md-list md-ol',
    checklist: 'md-checklist',
    listitem: 'md-listitem',
    listitemChecked: 'md-listitem--checked',
    listitemUnchecked: 'md-listitem--unchecked',
    nested: { listitem: 'md-listitem--nested' },
  },
  text: {
    bold: 'md-bold',
    italic: 'md-italic',
    strikethrough: 'md-strikethrough',
    code: 'md-inline-code',
  },
};
