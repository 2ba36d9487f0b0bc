import { type ReactNode } from 'react';
import type { DraftSource } from './draftSources';

/**
 * A draft's Markdown shown read-only (an older version, the preview): headings, paragraphs,
 * lists, quotes, emphasis, code and links, built as React elements and never as HTML. Footnote
 * markers `[^3]` become small links to the entry they cite; the footnote definitions become
 * the list of sources at the end.
 */
export function MarkdownView({
  markdown,
  sources,
  onOpenEntry,
  label,
  shownTitle,
}: {
  markdown: string;
  sources: DraftSource[];
  onOpenEntry: (id: string) => void;
  label: string;
  /** The title already shown above the text: a first heading saying the same is not repeated. */
  shownTitle?: string;
}) {
  const byLabel = new Map(sources.map((s) => [s.label, s]));
  const inline = (text: string) => renderInline(text, byLabel, onOpenEntry);
  const blocks = blocksOf(markdown);
  const first = blocks[0];
  const repeatsTitle = first?.kind === 'heading' && shownTitle !== undefined && first.text.trim() === shownTitle.trim();
  return (
    <article className="markdown-view" aria-label={label}>
      {blocks.map((block, i) => {
        if (i === 0 && repeatsTitle) return null;
        switch (block.kind) {
          case 'heading': {
            const Tag = (['h1', 'h2', 'h3', 'h4'] as const)[Math.min(block.level, 4) - 1] ?? 'h4';
            return <Tag key={i}>{inline(block.text)}</Tag>;
          }
          case 'quote':
            return <blockquote key={i}>{inline(block.text)}</blockquote>;
          case 'list': {
            const items = block.items.map((item, j) => <li key={j}>{inline(item)}</li>);
            return block.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
          }
          case 'paragraph':
            return <p key={i}>{inline(block.text)}</p>;
        }
      })}
      {sources.length > 0 && (
        <footer className="markdown-sources">
          <h4>Sources</h4>
          <ol>
            {sources.map((source) => (
              <li key={source.label} value={Number(source.label) || undefined}>
                <button type="button" className="link-button" onClick={() => onOpenEntry(source.entryId)}>
                  {source.text}
                </button>
              </li>
            ))}
          </ol>
        </footer>
      )}
    </article>
  );
}

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] };

const FOOTNOTE_DEFINITION = /^\[\^[^\]\s]+\]:/;

function blocksOf(markdown: string): Block[] {
  const blocks: Block[] = [];
  // Footnote definitions are shown as the sources list, not as text.
  const lines = markdown.split('\n').filter((line) => !FOOTNOTE_DEFINITION.test(line));
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (!line.trim()) {
      i++;
    } else if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]?.length ?? 1, text: heading[2] ?? '' });
      i++;
    } else if (/^>/.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && /^>/.test(lines[i] ?? '')) quoted.push((lines[i++] ?? '').replace(/^>\s?/, ''));
      blocks.push({ kind: 'quote', text: quoted.join(' ') });
    } else if (/^\s*([-*+]|\d+[.)])\s+/.test(line)) {
      const ordered = /^\s*\d+[.)]\s+/.test(line);
      const items: string[] = [];
      while (i < lines.length && /^\s*([-*+]|\d+[.)])\s+/.test(lines[i] ?? '')) {
        items.push((lines[i++] ?? '').replace(/^\s*([-*+]|\d+[.)])\s+/, ''));
        // A wrapped item continues on indented lines.
        while (i < lines.length && /^\s{2,}\S/.test(lines[i] ?? '') && !/^\s*([-*+]|\d+[.)])\s+/.test(lines[i] ?? '')) {
          items[items.length - 1] += ` ${(lines[i++] ?? '').trim()}`;
        }
      }
      blocks.push({ kind: 'list', ordered, items });
    } else {
      const text: string[] = [];
      while (i < lines.length && (lines[i] ?? '').trim() && !/^(#{1,6}\s|>|\s*([-*+]|\d+[.)])\s+)/.test(lines[i] ?? ''))
        text.push(lines[i++] ?? '');
      blocks.push({ kind: 'paragraph', text: text.join(' ') });
    }
  }
  return blocks;
}

const INLINE =
  /(\\.|\[\^[^\]\s]+\]|\*\*(?:[^*]|\*(?!\*))+\*\*|\*[^*\s](?:[^*]*[^*\s])?\*|_[^_\s](?:[^_]*[^_\s])?_|`[^`]+`|\[[^\]]+\]\([^)\s]+\))/g;

function renderInline(text: string, sources: Map<string, DraftSource>, onOpenEntry: (id: string) => void): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let key = 0;
  for (const match of text.matchAll(INLINE)) {
    const token = match[0];
    const at = match.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    last = at + token.length;
    key++;
    if (token.startsWith('\\')) {
      out.push(token.slice(1));
    } else if (token.startsWith('[^')) {
      const label = token.slice(2, -1);
      const source = sources.get(label);
      out.push(
        source ? (
          <sup key={key} className="footnote-ref">
            <button
              type="button"
              title={source.text}
              aria-label={`Source ${label}: ${source.text}`}
              onClick={() => onOpenEntry(source.entryId)}
            >
              {label}
            </button>
          </sup>
        ) : (
          token
        ),
      );
    } else if (token.startsWith('**')) {
      out.push(<strong key={key}>{renderInline(token.slice(2, -2), sources, onOpenEntry)}</strong>);
    } else if (token.startsWith('*') || token.startsWith('_')) {
      out.push(<em key={key}>{renderInline(token.slice(1, -1), sources, onOpenEntry)}</em>);
    } else if (token.startsWith('`')) {
      out.push(<code key={key}>{token.slice(1, -1)}</code>);
    } else {
      const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(token);
      const url = link?.[2] ?? '';
      out.push(
        /^(https?:|mailto:)/.test(url) ? (
          <a key={key} href={url} target="_blank" rel="noreferrer noopener">
            {link?.[1]}
          </a>
        ) : (
          link?.[1]
        ),
      );
    }
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
