/**
 * What text Chronicle stores, stated once. The API's schemas (shared/api/schemas.ts) and the
 * archive importer (electron/core/exchange/archive.ts) both check these; each words its
 * messages for its own reader.
 */

// eslint-disable-next-line no-control-regex -- this rule exists to find control characters (tab, LF and CR are text)
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// In a `u` regex a surrogate class matches only unpaired halves. The database stores UTF-8, so a
// lone surrogate can never come out of it, and it could not survive being written to a file.
const LONE_SURROGATE = /[\ud800-\udfff]/u;

/** Names and titles are one line with no control characters. */
export const hasControlCharacter = (text: string): boolean => CONTROL_CHARACTER.test(text);
export const hasLineBreak = (text: string): boolean => /[\r\n]/.test(text);
/** No text of any kind holds NUL: SQLite and C-string tools cut it there. */
export const hasNul = (text: string): boolean => text.includes('\u0000');
export const hasLoneSurrogate = (text: string): boolean => LONE_SURROGATE.test(text);
/** Theme names are listed comma-separated (the CLI, imports), so a name holds no comma. */
export const hasThemeNameSeparator = (name: string): boolean => name.includes(',');
