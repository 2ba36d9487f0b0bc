/**
 * File names made from titles, safe on Windows, macOS and Linux alike: an archive folder
 * written on one must copy to the others without a file being refused or two files merging.
 */

/** Most file systems stop at 255 bytes (ext4, APFS) or 255 UTF-16 units (NTFS); stay under both. */
export const MAX_FILE_NAME_BYTES = 255;
/** Slugs stay short so that whole paths keep well under Windows' 260-character limit. */
export const SLUG_BYTES = 60;
export const FALLBACK_SLUG = 'entry';

// Reserved by Windows in every folder: `<>:"/\|?*` and the control characters (C0, DEL, C1).
// eslint-disable-next-line no-control-regex -- deliberately matches control characters, to refuse or strip them
const RESERVED_CHARACTERS = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g;
// Direction overrides can make `txt.exe` read as `exe.txt`; no file name needs them.
const DIRECTION_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATES = /[\ud800-\udfff]/gu;
// Windows refuses these as a name's stem whatever the extension ("nul.txt" included); the
// superscript digits count too.
const RESERVED_STEM = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

const encoder = new TextEncoder();

export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The longest start of `text` that fits in `maxBytes` of UTF-8, cut between user-perceived
 * characters (so an emoji sequence or a letter with its accent is never split).
 */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = utf8Length(segment);
    if (used + size > maxBytes) {
      // A single cluster longer than the whole budget (a tower of combining marks) is cut
      // between code points instead, which still never splits a character.
      if (out === '')
        for (const point of segment) {
          const pointSize = utf8Length(point);
          if (used + pointSize > maxBytes) break;
          out += point;
          used += pointSize;
        }
      break;
    }
    out += segment;
    used += size;
  }
  return out;
}

function splitExtension(name: string): { stem: string; extension: string } {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return { stem: name, extension: '' };
  return { stem: name.slice(0, dot), extension: name.slice(dot) };
}

/** The part of a name Windows compares against its reserved names: before the first dot, without trailing spaces. */
function windowsStem(name: string): string {
  const dot = name.indexOf('.');
  return (dot === -1 ? name : name.slice(0, dot)).replace(/[ .]+$/, '');
}

/** Why `name` is not safe as a file name on every system; undefined when it is. */
export function fileNameProblem(name: string): string | undefined {
  if (name === '' || name === '.' || name === '..') return 'is empty';
  if (name !== name.normalize('NFC')) return 'is not in Unicode NFC form';
  if (new RegExp(RESERVED_CHARACTERS.source).test(name))
    return 'contains a character Windows does not allow (<>:"/\\|?* or a control character)';
  if (new RegExp(DIRECTION_CONTROLS.source).test(name)) return 'contains a text-direction control';
  if (new RegExp(LONE_SURROGATES.source, 'u').test(name)) return 'contains a broken character';
  if (/[. ]$/.test(name)) return 'ends with a dot or a space';
  if (/^ /.test(name)) return 'starts with a space';
  if (RESERVED_STEM.test(windowsStem(name))) return 'is a name Windows reserves for a device';
  if (utf8Length(name) > MAX_FILE_NAME_BYTES) return `is longer than ${MAX_FILE_NAME_BYTES} bytes`;
  return undefined;
}

/** Makes any proposed name safe everywhere, keeping as much of it (and its extension) as it can. */
export function safeFileName(name: string, options: { maxBytes?: number; fallback?: string } = {}): string {
  const maxBytes = options.maxBytes ?? MAX_FILE_NAME_BYTES;
  const cleaned = name
    .normalize('NFC')
    .replace(LONE_SURROGATES, '')
    .replace(DIRECTION_CONTROLS, '')
    .replace(RESERVED_CHARACTERS, '-')
    .replace(/^[ .]+|[ .]+$/g, '');
  const { stem, extension } = splitExtension(cleaned);
  const safeExtension = truncateUtf8(extension, Math.min(maxBytes / 2, 32));
  let safeStem = truncateUtf8(stem, maxBytes - utf8Length(safeExtension)).replace(/[ .]+$/, '');
  if (safeStem === '') safeStem = options.fallback ?? FALLBACK_SLUG;
  if (RESERVED_STEM.test(windowsStem(safeStem))) {
    // The device name is what comes before the first dot, so the mark goes there.
    const dot = safeStem.indexOf('.');
    safeStem = dot === -1 ? `${safeStem}_` : `${safeStem.slice(0, dot)}_${safeStem.slice(dot)}`;
  }
  return `${safeStem}${safeExtension}`;
}

/**
 * A readable, portable slug of a title: lower case, letters and digits of any script kept,
 * everything else folded into single hyphens. "Cut CI time: 3× faster" → "cut-ci-time-3-faster",
 * "Миграция на Postgres" → "миграция-на-postgres". A title with no letters at all gives `fallback`.
 */
export function slugify(title: string, options: { maxBytes?: number; fallback?: string } = {}): string {
  const maxBytes = options.maxBytes ?? SLUG_BYTES;
  const fallback = options.fallback ?? FALLBACK_SLUG;
  // NFKC turns compatibility forms (ﬁ, full-width Ａ, ²) into plain letters and digits first.
  const slug = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    // A combining mark cut off from its letter would start a new, odd-looking character.
    .replace(/(^|-)\p{M}+/gu, '$1')
    .replace(/^-+|-+$/g, '');
  const short = truncateUtf8(slug, maxBytes).replace(/-+$/, '').normalize('NFC');
  if (short === '') return fallback;
  return RESERVED_STEM.test(short) ? `${short}_` : short;
}

/** The first eight characters of an id: enough to tell a journal's records apart at a glance. */
export function shortId(id: string): string {
  return id.slice(0, 8).toLowerCase();
}

/**
 * Hands out names unique within one folder. Names are compared the way the strictest file
 * system would: ignoring case (Windows, macOS) and Unicode normalisation (macOS), so two
 * names never collapse into one file after a copy.
 */
export function folderNames(): { claim(name: string): string; has(name: string): boolean } {
  const taken = new Set<string>();
  const keyOf = (name: string) => name.normalize('NFC').toLowerCase();
  return {
    has: (name) => taken.has(keyOf(name)),
    claim(name) {
      const { stem, extension } = splitExtension(name);
      let candidate = name;
      for (let n = 2; taken.has(keyOf(candidate)); n += 1) {
        const suffix = `-${n}`;
        candidate = `${truncateUtf8(stem, MAX_FILE_NAME_BYTES - utf8Length(suffix + extension))}${suffix}${extension}`;
      }
      taken.add(keyOf(candidate));
      return candidate;
    },
  };
}

/** `2025-03-14-cut-ci-time-4b1e9a2c.md`: sorts by date, reads by title, stays unique by id. */
export function entryFileName(entry: { date: string; title: string; id: string }): string {
  return `${entry.date}-${slugify(entry.title)}-${shortId(entry.id)}.md`;
}

/** `week-2025-03-10.md`: a period has one reflection, so the period names it. */
export function reflectionFileName(reflection: { period: string; start: string }): string {
  return `${reflection.period}-${reflection.start}.md`;
}

/** `review-packet-h1-2025-9c1d22ab-v2.md`: one file per kept version of a draft. */
export function draftVersionFileName(draft: { title: string; id: string }, number: number): string {
  return `${slugify(draft.title, { fallback: 'draft' })}-${shortId(draft.id)}-v${number}.md`;
}
