/**
 * A draft's title lives in two places on purpose: the draft's name (shown as the page title) and
 * the first heading of its Markdown (so Copy Markdown, exports, archives and the PDF carry it).
 * The editor shows only the text under the heading; these two functions take the heading off
 * and put it back exactly as it was, so `joinDraftTitle(splitDraftTitle(md, t))` is always `md`.
 */

/** Leading blank lines, then one ATX heading line, then the blank lines after it. */
const LEADING_HEADING = /^((?:[ \t]*\r?\n)*)[ ]{0,3}#{1,6}[ \t]+([^\r\n]*?)(?:[ \t]+#+)?[ \t]*(?:\r?\n(?:[ \t]*\r?\n)*|$)/;

export interface SplitDraft {
  /** The heading that repeats the title, with the blank lines around it, verbatim; '' if none. */
  heading: string;
  /** Everything after it: what the editor shows. */
  body: string;
}

/** Takes off the first heading when it says the same as the title shown above the text. */
export function splitDraftTitle(markdown: string, title: string): SplitDraft {
  const match = LEADING_HEADING.exec(markdown);
  if (!match || !title.trim() || (match[2] ?? '').trim() !== title.trim()) return { heading: '', body: markdown };
  return { heading: match[0], body: markdown.slice(match[0].length) };
}

/** Puts the heading back above the edited text. */
export function joinDraftTitle({ heading, body }: SplitDraft): string {
  if (!heading) return body;
  // The heading was the whole text: what is written under it starts a new block, not its line.
  if (body && !heading.endsWith('\n')) return `${heading}\n\n${body}`;
  return heading + body;
}
