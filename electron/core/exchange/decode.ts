import { ChronicleError } from '../../../shared/api/errors';

/**
 * Turning the bytes of a file someone picked into text, or refusing with a reason they can act on.
 * Importers only ever see the text this returns: one encoding, LF line ends, no BOM.
 */

/** Larger than any brag document or journal export we have seen; small enough to parse in memory. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

interface Signature {
  bytes: readonly number[];
  what: string;
}

// Checked before decoding, so a renamed photo or Word file gets a sentence instead of mojibake.
const SIGNATURES: readonly Signature[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (a .zip, or a Word or Pages document)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an empty ZIP archive' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74, 0x20, 0x33, 0x00], what: 'an SQLite database' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document (save it as plain text or Markdown first)' },
];

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const UTF16LE_BOM = [0xff, 0xfe] as const;
const UTF16BE_BOM = [0xfe, 0xff] as const;

/** "10 MB", "200 MB", "512 KB": sizes as a person reads them. */
export function describeSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 10) return `${Math.round(mb)} MB`;
  if (mb >= 1) return `${Math.round(mb * 10) / 10} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

/** What kind of binary file this is, when its first bytes say so. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find((s) => startsWith(bytes, s.bytes))?.what;
}

function refuse(message: string): ChronicleError {
  return new ChronicleError('invalid_input', message);
}

/** The line in which the first NUL character sits, to point at where a text file went binary. */
function lineOfIndex(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/**
 * Decodes a file for import: UTF-8 with or without BOM, or UTF-16 with a BOM; CRLF and CR become LF
 * unless asked to keep them.
 * Refuses (ChronicleError 'invalid_input') files that are too large, binary, or not valid text.
 */
export function decodeText(bytes: Uint8Array, fileName: string, options: { keepLineEndings?: boolean } = {}): string {
  if (bytes.length > MAX_IMPORT_BYTES) {
    const size = describeSize(bytes.length);
    const limit = describeSize(MAX_IMPORT_BYTES);
    // A file a few bytes over the limit would otherwise read "is 10 MB; … up to 10 MB".
    const what = size === limit ? `just over ${limit}` : size;
    throw refuse(`${fileName} is ${what}; Chronicle imports files up to ${limit}.`);
  }
  const kind = binaryKind(bytes);
  if (kind) throw refuse(`${fileName} looks like ${kind}, not text.`);

  let text: string;
  if (startsWith(bytes, UTF8_BOM)) text = decodeOrThrow(bytes.subarray(3), 'utf-8', fileName);
  else if (startsWith(bytes, UTF16LE_BOM)) text = decodeOrThrow(bytes.subarray(2), 'utf-16le', fileName);
  else if (startsWith(bytes, UTF16BE_BOM)) text = decodeOrThrow(bytes.subarray(2), 'utf-16be', fileName);
  else text = decodeOrThrow(bytes, 'utf-8', fileName);

  // Text files never contain NUL; when one does, the file is binary (or UTF-16 without a BOM).
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    throw refuse(
      `${fileName} contains binary data (a NUL character on line ${lineOfIndex(text, nul)}), so it is not a text file. If it is UTF-16 text, save it as UTF-8 and import it again.`,
    );
  }
  // Chronicle's own archives keep the user's text exactly, carriage returns included.
  return options.keepLineEndings ? text : text.replace(/\r\n?/g, '\n');
}

function decodeOrThrow(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be', fileName: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const name = encoding === 'utf-8' ? 'UTF-8' : encoding === 'utf-16le' ? 'UTF-16 (little-endian)' : 'UTF-16 (big-endian)';
    throw refuse(
      `${fileName} is not valid ${name} text: byte ${firstBadByte(bytes, encoding) ?? 'somewhere'} cannot be read. Save it as UTF-8 (most editors offer this under "Save as" or "Encoding") and import it again.`,
    );
  }
}

/** Where decoding first fails, as a 1-based byte offset, so the message can point at it. Only for UTF-8. */
export function firstBadByte(bytes: Uint8Array, encoding: string): number | undefined {
  if (encoding !== 'utf-8') return undefined;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i + 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
    } catch {
      return i + 1;
    }
    i += length;
  }
  return undefined;
}
