/**
 * Splitting the text of an entry into a short title and the rest, the same way for every format,
 * so an imported journal reads like one written in Chronicle: a one-line title, details below.
 */

/** Long enough for "Cut CI time for the ranking repo from 38 to 12 minutes"; short enough for a list row. */
export const TITLE_TARGET_LENGTH = 120;

// A sentence ends at . ! ? followed by a space and a capital (or a quote or bracket), not after
// common abbreviations, initials or version numbers ("e.g. Bob", "v2.1 shipped").
const ABBREVIATIONS = /(?:^|\s)(?:e\.g|i\.e|etc|vs|approx|incl|Dr|Mr|Mrs|Ms|St|Jr|Sr|No|[A-Z])\.$/;

/** Where the first sentence of `text` ends (exclusive), or -1 when it is one sentence. */
export function firstSentenceEnd(text: string): number {
  const pattern = /[.!?…]+["')\]]?(?=\s+["'([]?[\p{Lu}\p{Lo}\d])/gu;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const end = m.index + m[0].length;
    if (ABBREVIATIONS.test(text.slice(0, end))) continue;
    return end;
  }
  return -1;
}

/** Cuts `text` to at most `max` characters at a word boundary; the cut is never empty. */
export function cutAtWord(text: string, max: number): { head: string; tail: string } {
  if (text.length <= max) return { head: text, tail: '' };
  const window = text.slice(0, max + 1);
  const space = window.lastIndexOf(' ');
  // No space in a sensible place (a URL, a long word in a script without spaces): cut hard.
  const at = space > max * 0.5 ? space : max;
  return { head: text.slice(0, at).trimEnd(), tail: text.slice(at).trimStart() };
}

/**
 * The title is the first sentence of the first line, at most `max` characters (cut at a word
 * boundary, marked with "…" at both ends of the cut). Everything else is returned as `rest`,
 * so title + rest always holds every word of the input.
 */
export function splitTitle(text: string, max = TITLE_TARGET_LENGTH): { title: string; rest: string } {
  const trimmed = text.trim();
  const newline = trimmed.indexOf('\n');
  const firstLine = newline < 0 ? trimmed : trimmed.slice(0, newline).trimEnd();
  const afterLine = newline < 0 ? '' : trimmed.slice(newline + 1).trim();

  const sentenceEnd = firstSentenceEnd(firstLine);
  let title = sentenceEnd < 0 ? firstLine : firstLine.slice(0, sentenceEnd);
  let restOfLine = sentenceEnd < 0 ? '' : firstLine.slice(sentenceEnd).trim();

  if (title.length > max) {
    const { head, tail } = cutAtWord(title, max - 1);
    title = `${head}…`;
    restOfLine = `…${tail}${restOfLine ? ` ${restOfLine}` : ''}`;
  }
  const rest = [restOfLine, afterLine].filter(Boolean).join('\n\n');
  // Titles read as labels in lists; a lone closing period is noise there ("…" and "?!" stay).
  return { title: title.trim().replace(/(?<![.])\.$/, ''), rest };
}
