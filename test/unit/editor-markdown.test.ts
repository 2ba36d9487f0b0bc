import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $getMarkdown, $setMarkdown, ENTRY_NODES, ENTRY_TRANSFORMERS, editorStateToMarkdown, loadMarkdown } from '../../renderer/editor/markdown';

function newEditor(): LexicalEditor {
  return createHeadlessEditor({
    nodes: ENTRY_NODES,
    onError: (error) => {
      throw error;
    },
  });
}

/** Markdown → editor → Markdown, the way an entry is loaded and saved. */
function roundTrip(markdown: string): string {
  const editor = newEditor();
  loadMarkdown(editor, markdown);
  return editorStateToMarkdown(editor.getEditorState());
}

function topLevelTypes(markdown: string): string[] {
  const editor = newEditor();
  loadMarkdown(editor, markdown);
  return editor.getEditorState().read(() => $getRoot().getChildren().map((node) => node.getType()));
}

const CANONICAL: ReadonlyArray<readonly [string, string]> = [
  ['an empty entry', ''],
  ['a plain paragraph', 'Shipped the billing migration.'],
  ['paragraphs separated by a blank line', 'First paragraph.\n\nSecond paragraph.'],
  ['consecutive lines', 'Line one\nLine two\nLine three'],
  ['several blank lines in a row', 'Above\n\n\n\nBelow'],
  ['a trailing newline', 'Ends with a newline\n'],
  ['leading spaces', '  indented text'],
  ['headings of every level', '# One\n## Two\n### Three\n#### Four\n##### Five\n###### Six'],
  ['a heading with inline formatting', '## Results with **numbers** and `code`'],
  ['bold, italic, inline code and strikethrough', '**bold** *italic* `code` ~~struck~~'],
  ['bold italic', '***both at once***'],
  ['formatting inside a word', 'un**believ**able and re*think*ing'],
  ['inline code holding backticks', 'Use `` a`b `` here'],
  ['a bulleted list', '- one\n- two\n- three'],
  ['bulleted lists written with * and +', '* star\n* star two\n\n+ plus'],
  ['a nested bulleted list', '- parent\n    - child\n        - grandchild\n    - second child\n- sibling'],
  ['an ordered list', '1. first\n2. second\n3. third'],
  ['an ordered list starting at 3', '3. three\n4. four'],
  ['a nested ordered list', '1. step\n    1. sub-step\n    2. sub-step\n2. next step'],
  ['a bulleted list nested in an ordered one', '1. step\n    - detail\n    - detail\n2. next'],
  ['a checklist, unchecked and checked', '- [ ] write the design doc\n- [x] ship it'],
  ['a nested checklist', '- [ ] parent task\n    - [x] done sub-task\n    - [ ] open sub-task'],
  ['list items with inline formatting and links', '- led the **incident review**\n- see [the doc](https://example.com/doc) and `runbook.md`'],
  ['a link', 'Read [the post](https://example.com/post).'],
  ['a link with a title', '[Spec](https://example.com/spec "The spec")'],
  ['a mailto link', '[mail me](mailto:me@example.com)'],
  ['a link around formatted text', '[**bold link**](https://example.com)'],
  ['a link with a query string', '[search](https://example.com/?q=a&b=c)'],
  ['a one-line quote', '> Great work on the launch.'],
  ['a multi-line quote', '> first line\n> second line'],
  ['a quote with formatting', '> **Kudos** from *the team*'],
  ['a fenced code block with a language', '```ts\nconst answer = 42;\n\nconsole.log(answer);\n```'],
  ['a fenced code block without a language', '```\nplain code\n```'],
  ['a code block holding Markdown-looking text', '```md\n# not a heading\n- not a list\n**not bold**\n```'],
  ['a code block holding a fence', '````\n```\nnested\n```\n````'],
  ['emoji, including joined sequences', 'Shipped 🎉 with the team 👩‍💻👨‍👩‍👧 🇫🇷'],
  ['Arabic text', 'أطلقنا الميزة الجديدة بنجاح'],
  ['Hebrew text', 'השקנו את התכונה החדשה'],
  ['mixed right-to-left and left-to-right text', '- [x] تم إطلاق **v2.0** اليوم\n- שלום world'],
  ['CJK text', '完成了发布。リリース完了。'],
  ['text that looks like front matter', '---\ntitle: not front matter\n---\nBody text'],
  ['escaped asterisks', 'literal \\*not italic\\*'],
  ['escaped underscores', 'snake\\_case\\_name'],
  ['a literal backslash', 'C:\\path\\to\\file'],
  ['a soft break marked by two trailing spaces', 'Line with break  \nnext'],
  ['a table, kept as literal text', '| a | b |\n|---|---|\n| 1 | 2 |'],
  ['an image, kept as literal text', '![diagram](diagram.png)'],
  ['raw HTML, kept as literal text', '<b>not bold</b> <script>alert(1)</script>'],
  ['highlight markers, kept as literal text', '==not highlighted=='],
  ['an autolink, kept as literal text', '<https://example.com>'],
  ['a numbered line with a parenthesis, kept as text', '1) not a list'],
  ['a quote line holding list syntax', '> - a list in a quote stays text'],
  ['a rich weekly entry', [
    '# Week 12',
    '',
    'Shipped the **billing migration** with *zero* downtime.',
    '',
    '## Impact',
    '- Cut invoice time from `4h` to `20m`',
    '    - [x] measured in [the dashboard](https://example.com/d "Dashboard")',
    '1. Wrote the plan',
    '2. ~~Waited~~ Rolled out',
    '',
    '> Best launch this year. — VP Eng',
    '',
    '```sql',
    'select count(*) from invoices;',
    '```',
  ].join('\n')],
];

describe('Markdown round trip through the entry editor', () => {
  it.each(CANONICAL)('keeps %s exactly', (_name, markdown) => {
    expect(roundTrip(markdown)).toBe(markdown);
  });

  it('keeps a 1 MB entry exactly', () => {
    const line = 'Line about a **win** with `code`, a [link](https://example.com) and émoji 🎉.\n';
    const markdown = line.repeat(Math.ceil(1_000_000 / line.length));
    expect(markdown.length).toBeGreaterThan(1_000_000);
    expect(roundTrip(markdown)).toBe(markdown);
  });
});

const NORMALISED: ReadonlyArray<readonly [string, string, string]> = [
  ['underscore bold becomes star bold', '__bold__', '**bold**'],
  ['underscore italic becomes star italic', '_italic_', '*italic*'],
  ['underscore bold italic becomes star bold italic', '___both___', '***both***'],
  ['an uppercase checklist X becomes lowercase', '- [X] done', '- [x] done'],
  ['a lone asterisk is escaped', '2 * 3 = 6', '2 \\* 3 = 6'],
  ['a horizontal rule is escaped into literal text', '***', '\\*\\*\\*'],
  ['an unclosed bold marker is escaped', '**unclosed', '\\*\\*unclosed'],
  ['underscores inside words are escaped', 'snake_case_name', 'snake\\_case\\_name'],
  ['a tilde fence is escaped into literal text', '~~~\ncode\n~~~', '\\~\\~\\~\ncode\n\\~\\~\\~'],
  ['a one-line fence becomes inline code', 'see ```inline``` here', 'see `inline` here'],
  ['a sublist indented by two spaces is written with four', '- a\n  - b', '- a\n    - b'],
];

describe('Markdown the editor normalises', () => {
  it.each(NORMALISED)('%s', (_name, written, saved) => {
    expect(roundTrip(written)).toBe(saved);
  });

  it.each(NORMALISED)('is stable after the first save: %s', (_name, written) => {
    const once = roundTrip(written);
    expect(roundTrip(once)).toBe(once);
  });
});

describe('What Markdown becomes inside the editor', () => {
  it('reads each block construct as its own node', () => {
    expect(topLevelTypes('# h\n\n> q\n- b\n1. n\n- [ ] c\n```\nx\n```\ntext')).toEqual([
      'heading',
      'paragraph',
      'quote',
      'list',
      'list',
      'list',
      'code',
      'paragraph',
    ]);
  });

  it('keeps tables, images and HTML as plain paragraphs, never as structure', () => {
    expect(topLevelTypes('| a |\n|---|\n![i](x.png)\n<div>x</div>')).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('reads a javascript: link as a link node whose address the app refuses to open', () => {
    const editor = newEditor();
    loadMarkdown(editor, '[x](javascript:alert(1))');
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('x');
  });

  it('uses the same transformers for typing shortcuts as for saving', () => {
    const types = ENTRY_TRANSFORMERS.map((transformer) => transformer.type);
    expect(new Set(types)).toEqual(new Set(['element', 'multiline-element', 'text-format', 'text-match']));
  });

  it('reads and writes inside an update with the $ helpers', () => {
    const editor = newEditor();
    editor.update(() => $setMarkdown('**hi**'), { discrete: true });
    expect(editor.read($getMarkdown)).toBe('**hi**');
  });
});
