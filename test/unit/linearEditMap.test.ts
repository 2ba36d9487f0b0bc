import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { afterAll, describe, expect, it } from 'vitest';
import { useLinearEditMap, useOriginalEditMap } from '../../electron/core/exchange/importers/linearEditMap';
import { parseMarkdown } from '../../electron/core/exchange/importers/markdownBlocks';

/** The parse the importer makes, without installing anything. */
function parse(text: string): string {
  return JSON.stringify(
    fromMarkdown(text, {
      extensions: [gfm(), frontmatter(['yaml', 'toml'])],
      mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
    }),
  );
}

// Lines of the kinds that move micromark's events around: list items at several depths and with
// every marker, lazy continuations, quotes, setext underlines, fences, tables, HTML, definitions.
const line = fc.oneof(
  fc.constantFrom(
    '- item',
    '* item *em*',
    '+ item',
    '1. first',
    '2) second',
    '  - nested',
    '    - deeper',
    '   continued lazily',
    'lazy line',
    '> quoted',
    '> - quoted item',
    '',
    '',
    '# Heading',
    '## Projects',
    'Setext',
    '===',
    '---',
    '```',
    '~~~js',
    '| a | b |',
    '| --- | --- |',
    '<div>',
    '</div>',
    '[ref]: https://example.com',
    'see [ref] and [x][ref]',
    '- [ ] task',
    '- [x] done',
    '  text under an item',
    '\tindented with a tab',
  ),
  fc.string({ maxLength: 12 }),
);
const documentArb = fc.array(line, { maxLength: 60 }).map((lines) => lines.join('\n'));

afterAll(() => useLinearEditMap());

describe('micromark with the linear EditMap', () => {
  it('reads every document into the same tree as micromark’s own EditMap', () => {
    fc.assert(
      fc.property(documentArb, (text) => {
        useOriginalEditMap();
        const expected = parse(text);
        useLinearEditMap();
        expect(parse(text)).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('reads a 40,000-item list, every item in its place (150,000 is timed in bench/bigMarkdown.ts)', () => {
    const text = `## Projects\n\n${'- item #tag\n'.repeat(40_000)}`;
    const tree = parseMarkdown(text);
    const list = tree.children[1];
    expect(list?.type).toBe('list');
    const items = list && 'children' in list ? list.children : [];
    expect(items).toHaveLength(40_000);
    expect(items[39_999]?.position?.start.line).toBe(40_002);
  }, 120_000);
});
