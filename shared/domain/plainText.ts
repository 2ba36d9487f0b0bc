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
