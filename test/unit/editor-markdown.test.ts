import { $isCodeNode } from '@lexical/code';
import { createHeadlessEditor } from '@lexical/headless';
import { $createListItemNode, $createListNode, $isListItemNode, $isListNode } from '@lexical/list';
import { $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isParagraphNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import {
  $createHardLineBreakNode,
  $getMarkdown,
  $setMarkdown,
  ENTRY_NODES,
  ENTRY_TRANSFORMERS,
  editorStateToMarkdown,
  loadMarkdown,
} from '../../renderer/editor/markdown';

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
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((node) => node.getType()),
  );
}

/** Builds the editor's content directly, the way typing would leave it, and saves it. */
function save(build: () => LexicalNode[]): string {
  const editor = newEditor();
  editor.update(
    () =>
      $getRoot()
        .clear()
        .append(...build()),
    { discrete: true },
  );
  return editorStateToMarkdown(editor.getEditorState());
}

function paragraph(...children: Array<string | LexicalNode>): LexicalNode {
  return $createParagraphNode().append(...children.map((child) => (typeof child === 'string' ? $createTextNode(child) : child)));
}

/** The blocks a reader sees: what a CommonMark renderer would turn the Markdown into. */
type Blocks = { paragraphs: number; headings: number; listItems: number; quotes: number; codeBlocks: number; lineBreaks: number };

function $countBlocks(): Blocks {
  const blocks: Blocks = { paragraphs: 0, headings: 0, listItems: 0, quotes: 0, codeBlocks: 0, lineBreaks: 0 };
  const visit = (node: LexicalNode): void => {
    if ($isLineBreakNode(node)) {
      blocks.lineBreaks += 1;
    } else if ($isParagraphNode(node)) {
      blocks.paragraphs += node.isEmpty() ? 0 : 1;
    } else if ($isHeadingNode(node)) {
      blocks.headings += 1;
    } else if ($isQuoteNode(node)) {
      blocks.quotes += 1;
    } else if ($isCodeNode(node)) {
      blocks.codeBlocks += 1;
      return;
    } else if ($isListItemNode(node) && !$isListNode(node.getFirstChild())) {
      blocks.listItems += 1; // An item holding only a nested list is Lexical's wrapper, not an item.
    }
    if ($isElementNode(node)) {
      node.getChildren().forEach(visit);
    }
  };
  visit($getRoot());
  return blocks;
}

function blocksOf(markdown: string): Blocks {
  const editor = newEditor();
  loadMarkdown(editor, markdown);
  return editor.getEditorState().read($countBlocks);
}

const CANONICAL: ReadonlyArray<readonly [string, string]> = [
  ['an empty entry', ''],
  ['a plain paragraph', 'Shipped the billing migration.'],
  ['paragraphs separated by a blank line', 'First paragraph.\n\nSecond paragraph.'],
  ['lines joined by soft breaks, kept as written', 'Line one\nLine two\nLine three'],
  ['a hard line break written with a backslash', 'Line with break\\\nnext'],
  ['two hard line breaks in a row', 'one\\\n\\\nthree'],
  ['leading spaces', '  indented text'],
  ['headings of every level', '# One\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six'],
  ['a paragraph, a list and a paragraph', 'Intro\n\n- item\n\nOutro'],
  ['a heading with inline formatting', '## Results with **numbers** and `code`'],
  ['bold, italic, inline code and strikethrough', '**bold** *italic* `code` ~~struck~~'],
  ['bold italic', '***both at once***'],
  ['formatting inside a word', 'un**believ**able and re*think*ing'],
  ['inline code holding backticks', 'Use `` a`b `` here'],
  ['a bulleted list', '- one\n- two\n- three'],
  ['a nested bulleted list', '- parent\n    - child\n        - grandchild\n    - second child\n- sibling'],
  ['an ordered list', '1. first\n2. second\n3. third'],
  ['an ordered list starting at 3', '3. three\n4. four'],
  ['a nested ordered list', '1. step\n    1. sub-step\n    2. sub-step\n2. next step'],
  ['a bulleted list nested in an ordered one', '1. step\n    - detail\n    - detail\n2. next'],
  ['a checklist, unchecked and checked', '- [ ] write the design doc\n- [x] ship it'],
  ['a nested checklist', '- [ ] parent task\n    - [x] done sub-task\n    - [ ] open sub-task'],
  [
    'list items with inline formatting and links',
    '- led the **incident review**\n- see [the doc](https://example.com/doc) and `runbook.md`',
  ],
  ['a link', 'Read [the post](https://example.com/post).'],
  ['a link with a title', '[Spec](https://example.com/spec "The spec")'],
  ['a mailto link', '[mail me](mailto:me@example.com)'],
  ['a link around formatted text', '[**bold link**](https://example.com)'],
  ['a link with a query string', '[search](https://example.com/?q=a&b=c)'],
  ['a one-line quote', '> Great work on the launch.'],
  ['a multi-line quote', '> first line\n> second line'],
  ['a quote with a hard line break', '> first line\\\n> second line'],
  ['a list item with a hard line break', '- first line\\\nsecond line\n- next item'],
  ['a quote with formatting', '> **Kudos** from *the team*'],
  ['a fenced code block with a language', '```ts\nconst answer = 42;\n\nconsole.log(answer);\n```'],
  ['a code block keeping runs of blank lines, leading ones included', '```\n\n\nfirst\n\n\n\nlast\n```'],
  ['a code block between paragraphs', 'Before\n\n```\ncode\n```\n\nAfter'],
  ['a fenced code block without a language', '```\nplain code\n```'],
  ['a code block holding Markdown-looking text', '```md\n# not a heading\n- not a list\n**not bold**\n```'],
  ['a code block holding a fence', '````\n```\nnested\n```\n````'],
  ['emoji, including joined sequences', 'Shipped 🎉 with the team 👩‍💻👨‍👩‍👧 🇫🇷'],
  ['Arabic text', 'أطلقنا الميزة الجديدة بنجاح'],
  ['Hebrew text', 'השקנו את התכונה החדשה'],
  ['mixed right-to-left and left-to-right text', '- [x] تم إطلاق **v2.0** اليوم\n- [ ] שלום world'],
  ['CJK text', '完成了发布。リリース完了。'],
  ['text that looks like front matter', '---\ntitle: not front matter\n---\nBody text'],
  ['escaped asterisks', 'literal \\*not italic\\*'],
  ['escaped underscores', 'snake\\_case\\_name'],
  ['an escaped backslash', 'C:\\\\path\\\\to\\\\file'],
  ['a soft break marked by two trailing spaces', 'Line with break  \nnext'],
  ['a table, kept as literal text', '| a | b |\n|---|---|\n| 1 | 2 |'],
  ['an image, kept as literal text', '![diagram](diagram.png)'],
  ['raw HTML, kept as literal text', '<b>not bold</b> <script>alert(1)</script>'],
  ['highlight markers, kept as literal text', '==not highlighted=='],
  ['an autolink, kept as literal text', '<https://example.com>'],
  ['a numbered line with a parenthesis, kept as text', '1) not a list'],
  ['a quote line holding list syntax', '> - a list in a quote stays text'],
  [
    'a rich weekly entry',
    [
      '# Week 12',
      '',
      'Shipped the **billing migration** with *zero* downtime.',
      '',
      '## Impact',
      '',
      '- Cut invoice time from `4h` to `20m`',
      '    - [x] measured in [the dashboard](https://example.com/d "Dashboard")',
      '',
      '1. Wrote the plan',
      '2. ~~Waited~~ Rolled out',
      '',
      '> Best launch this year. — VP Eng',
      '',
      '```sql',
      'select count(*) from invoices;',
      '```',
    ].join('\n'),
  ],
];

describe('Markdown round trip through the entry editor', () => {
  it.each(CANONICAL)('keeps %s exactly', (_name, markdown) => {
    expect(roundTrip(markdown)).toBe(markdown);
  });

  it('keeps a 1 MB entry of paragraphs exactly', () => {
    const paragraph = 'Paragraph about a **win** with `code`, a [link](https://example.com) and émoji 🎉.';
    const markdown = Array.from({ length: Math.ceil(1_000_000 / (paragraph.length + 2)) }, () => paragraph).join('\n\n');
    expect(markdown.length).toBeGreaterThan(1_000_000);
    expect(roundTrip(markdown)).toBe(markdown);
  });

  it('keeps a long paragraph of soft-broken lines exactly', () => {
    const markdown = Array.from({ length: 300 }, (_, i) => `Line ${i} about a **win** with \`code\`.`).join('\n');
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
  ['runs of blank lines collapse to one', 'Above\n\n\n\nBelow', 'Above\n\nBelow'],
  ['blank lines at the start and the end are dropped', '\n\nBody\n\n\n', 'Body'],
  ['a trailing newline is dropped', 'Ends with a newline\n', 'Ends with a newline'],
  ['a whitespace-only line counts as a blank line', 'Above\n   \nBelow', 'Above\n\nBelow'],
  [
    'blocks written on adjacent lines get a blank line between them',
    '# Title\nIntro\n- item\n> quote\n```\ncode\n```\nOutro',
    '# Title\n\nIntro\n\n- item\n\n> quote\n\n```\ncode\n```\n\nOutro',
  ],
  ['headings on adjacent lines get a blank line between them', '# One\n## Two', '# One\n\n## Two'],
  ['a list written loose becomes tight', '- one\n\n- two\n\n- three', '- one\n- two\n- three'],
  ['a checklist written loose becomes tight', '- [ ] a\n\n- [x] b', '- [ ] a\n- [x] b'],
  ['lists of different kinds are separated by a blank line', '- bullet\n1. number', '- bullet\n\n1. number'],
  ['a checklist item followed by a plain bullet starts a second list', '- [x] done\n- note', '- [x] done\n\n- note'],
  ['a trailing blank line inside a code block is dropped (Lexical keeps no empty last line)', '```\ncode\n\n```', '```\ncode\n```'],
  ['a literal backslash is escaped', 'C:\\path\\to\\file', 'C:\\\\path\\\\to\\\\file'],
  ['a text line after a list continues its last item', '- item\ncontinued', '- item\ncontinued'],
  ['a text line after a quote continues the quote', '> quoted\ncontinued', '> quoted\n> continued'],
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
      'quote',
      'list',
      'list',
      'list',
      'code',
      'paragraph',
    ]);
  });

  it('keeps tables, images and HTML as plain paragraphs, never as structure', () => {
    expect(topLevelTypes('| a |\n|---|\n\n![i](x.png)\n\n<div>x</div>')).toEqual(['paragraph', 'paragraph', 'paragraph']);
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

describe('Editor paragraphs are Markdown paragraphs', () => {
  it('saves two paragraphs typed one after the other as "a", a blank line, "b"', () => {
    expect(save(() => [paragraph('a'), paragraph('b')])).toBe('a\n\nb');
  });

  it('loads "Intro", a blank line and a list without an empty paragraph between them, and saves it unchanged', () => {
    expect(topLevelTypes('Intro\n\n- item')).toEqual(['paragraph', 'list']);
    expect(roundTrip('Intro\n\n- item')).toBe('Intro\n\n- item');
  });

  it('never turns blank lines into empty paragraphs, however many there are', () => {
    expect(topLevelTypes('\n\nOne\n\n\n\nTwo\n\n')).toEqual(['paragraph', 'paragraph']);
  });

  it('does not save empty paragraphs: a gap made with extra Enters collapses to one blank line', () => {
    expect(save(() => [paragraph(), paragraph('a'), paragraph(), paragraph(), paragraph('b'), paragraph()])).toBe('a\n\nb');
  });

  it('saves an entry with only empty paragraphs as empty text', () => {
    expect(save(() => [paragraph(), paragraph()])).toBe('');
  });

  it('saves a line break typed with Shift+Enter as a backslash hard break and reads it back as the same line break', () => {
    const saved = save(() => [paragraph('first line', $createHardLineBreakNode(), 'second line')]);
    expect(saved).toBe('first line\\\nsecond line');
    expect(blocksOf(saved)).toMatchObject({ paragraphs: 1, lineBreaks: 1 });
    expect(roundTrip(saved)).toBe(saved);
  });

  it('saves a typed line break inside a list item and inside a quote as a hard break too', () => {
    const list = () =>
      $createListNode('bullet').append(
        $createListItemNode().append($createTextNode('a'), $createHardLineBreakNode(), $createTextNode('b')),
      );
    expect(save(() => [list()])).toBe('- a\\\nb');
    expect(roundTrip('- a\\\nb')).toBe('- a\\\nb');
    expect(save(() => [$createQuoteNode().append($createTextNode('a'), $createHardLineBreakNode(), $createTextNode('b'))])).toBe(
      '> a\\\n> b',
    );
  });

  it('does not save a line break left at the end of a paragraph, which would read back as a literal backslash', () => {
    expect(save(() => [paragraph('a', $createHardLineBreakNode()), paragraph('b')])).toBe('a\n\nb');
  });

  it('keeps a soft break in written Markdown ("a" newline "b") as one paragraph, saved unchanged', () => {
    expect(blocksOf('a\nb')).toMatchObject({ paragraphs: 1, lineBreaks: 1 });
    expect(roundTrip('a\nb')).toBe('a\nb');
  });

  it('reads a hard break written with two trailing spaces as a line break and saves it with the same spaces', () => {
    expect(blocksOf('a  \nb')).toMatchObject({ paragraphs: 1, lineBreaks: 1 });
    expect(roundTrip('a  \nb')).toBe('a  \nb');
  });
});

/**
 * The structure a CommonMark renderer gives each document, worked out by hand from the spec
 * (https://spec.commonmark.org/0.31.2/). No renderer is installed; markdown-it would let this
 * table be checked against a real one.
 */
const COMMONMARK_BLOCKS: ReadonlyArray<readonly [string, string, Partial<Blocks>]> = [
  ['two paragraphs', 'First paragraph\n\nSecond paragraph', { paragraphs: 2 }],
  ['one paragraph over two lines (a soft break)', 'First line\nsecond line', { paragraphs: 1 }],
  ['a paragraph interrupted by a list', 'Intro\n- one\n- two', { paragraphs: 1, listItems: 2 }],
  ['a paragraph, a blank line and a list', 'Intro\n\n- one\n- two', { paragraphs: 1, listItems: 2 }],
  ['a heading followed by text on the next line', '# Title\ntext', { headings: 1, paragraphs: 1 }],
  ['a heading between paragraphs', 'a\n\n## Title\n\nb', { headings: 1, paragraphs: 2 }],
  ['a loose list', '- one\n\n- two\n\n- three', { listItems: 3, paragraphs: 0 }],
  ['a nested list', '- parent\n    - child\n- sibling', { listItems: 3 }],
  ['a lazy line continuing a list item', '- item\ncontinued', { listItems: 1, paragraphs: 0 }],
  ['a quote over two lines', '> first\n> second', { quotes: 1, paragraphs: 0 }],
  ['a lazy line continuing a quote', '> quoted\ncontinued', { quotes: 1, paragraphs: 0 }],
  ['a code block holding blank lines', 'a\n\n```\nx\n\n\ny\n```\n\nb', { codeBlocks: 1, paragraphs: 2 }],
  ['many blank lines between paragraphs', 'a\n\n\n\n\nb', { paragraphs: 2 }],
  ['a hard break', 'a\\\nb', { paragraphs: 1, lineBreaks: 1 }],
];

describe('What a CommonMark renderer sees is what the editor holds', () => {
  it.each(COMMONMARK_BLOCKS)('for %s', (_name, markdown, expected) => {
    expect(blocksOf(markdown)).toMatchObject(expected);
  });

  it.each(COMMONMARK_BLOCKS)('for %s, after a save and a reload', (_name, markdown, expected) => {
    const saved = roundTrip(markdown);
    expect(blocksOf(saved)).toMatchObject(expected);
    expect(roundTrip(saved)).toBe(saved);
  });

  it('keeps every block of a document the editor built through a save and a reload', () => {
    const build = () => [
      paragraph('one'),
      paragraph(),
      paragraph('two', $createHardLineBreakNode(), 'three'),
      $createListNode('bullet').append($createListItemNode().append($createTextNode('item'))),
      paragraph('after the list'),
      $createQuoteNode().append($createTextNode('quote')),
      paragraph('end'),
    ];
    const editor = newEditor();
    editor.update(
      () =>
        $getRoot()
          .clear()
          .append(...build()),
      { discrete: true },
    );
    const held = editor.getEditorState().read($countBlocks);
    const saved = editorStateToMarkdown(editor.getEditorState());
    expect(saved).toBe('one\n\ntwo\\\nthree\n\n- item\n\nafter the list\n\n> quote\n\nend');
    expect(blocksOf(saved)).toEqual(held);
  });
});
