/**
 * A short plain-text rendering of Markdown for lists and previews: markup removed, white
 * space folded, cut at a word boundary. Not a Markdown renderer; it only has to read well.
 */
export function plainExcerpt(markdown: string, maxLength = 240): string {
  const text = markdown
    .replace(/^```[^\n]*$/gm, ' ') // code fences
    .replace(/^\s{0,3}#{1,6}\s+/gm, '') // headings
    .replace(/^\s*>\s?/gm, '') // quotes
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/gm, '') // list markers and checkboxes
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images keep their text
    .replace(/(\*\*|__|~~|`)/g, '') // strong, strikethrough, code
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:!?]|$)/g, '$1$2') // emphasis
    .replace(/\\([\\`*_{}[\]()#+\-.!~|>])/g, '$1') // escapes
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/**
 * The first sentence of Markdown prose that is not a question, as plain text: for a theme's
 * "why" in a packet and a post's description line. Headings, quotations and front matter are
 * not prose; a question is skipped because its answer says more (a summary that opens with
 * the year's reflection starts "What am I most proud of?"). A sentence ends at . ! ? or …
 * before a capital, a digit, a quotation mark or a bracket, so "0.71", "v2.3" and "e.g. the"
 * stay whole. Longer than `max`, it is cut at a word and marked "…".
 */
export function firstSentence(markdown: string, max = 200): string {
  const paragraphs = markdown
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('#') && !p.startsWith('---') && !p.startsWith('>'));
  let first = '';
  for (const paragraph of paragraphs) {
    for (const sentence of plainExcerpt(paragraph, Number.MAX_SAFE_INTEGER).split(/(?<=[.!?…]["”’)]?)\s+(?=[A-Z0-9“"‘'(])/)) {
      const text = sentence.trim();
      if (!text) continue;
      first ||= text;
      if (!text.endsWith('?')) return cutAtWord(text, max);
    }
  }
  return cutAtWord(first, max);
}

function cutAtWord(sentence: string, max: number): string {
  if (sentence.length <= max) return sentence;
  const space = sentence.lastIndexOf(' ', max - 1);
  return `${sentence.slice(0, space > 0 ? space : max - 1)}…`;
}
