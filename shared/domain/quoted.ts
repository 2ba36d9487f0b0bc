/**
 * Quotes text a person typed, or a file held, inside an error sentence. Control characters are
 * escaped (a newline shows as \n), so the sentence stays on one line as the README promises,
 * and long text is cut.
 */
export function quoted(text: string, max = 40): string {
  const cut = [...text].length > max ? `${[...text].slice(0, max).join('')}…` : text;
  return JSON.stringify(cut);
}

/** The last guard before an error reaches a terminal or a dialog line: one line, whatever it says. */
export function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
