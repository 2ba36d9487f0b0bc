import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ChronicleError } from '../../shared/api/errors';
import { decodeText, MAX_IMPORT_BYTES } from '../../electron/core/exchange/decode';
import { importFile } from '../../electron/core/exchange/importers/index';

const FIXTURES = new URL('../fixtures/imports/', import.meta.url);
const fixtureBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, FIXTURES)));
const fixtureText = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8');

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    const [hi, lo] = [unit >> 8, unit & 0xff];
    bytes.set(endian === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return bytes;
}
const withBom = (bytes: Uint8Array): Uint8Array => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);

function refusal(run: () => unknown): ChronicleError {
  try {
    run();
  } catch (error) {
    if (error instanceof ChronicleError) return error;
    throw error;
  }
  throw new Error('expected the import to be refused');
}

describe('reading the bytes of an imported file', () => {
  const text = 'Grüße — 日本語 — 🎉\nsecond line\n';

  it('reads UTF-8 with and without a byte-order mark, dropping the mark', () => {
    expect(decodeText(utf8(text), 'a.md')).toBe(text);
    expect(decodeText(withBom(utf8(text)), 'a.md')).toBe(text);
  });

  it('reads UTF-16 in both byte orders when the file starts with a byte-order mark', () => {
    expect(decodeText(utf16(text, 'le'), 'a.md')).toBe(text);
    expect(decodeText(utf16(text, 'be'), 'a.md')).toBe(text);
  });

  it('turns Windows (CRLF) and old Mac (CR) line ends into LF', () => {
    expect(decodeText(utf8('a\r\nb\rc\n'), 'a.md')).toBe('a\nb\nc\n');
  });

  it('imports the same brag document identically from UTF-8, UTF-8 with BOM, UTF-16 LE/BE and CRLF', () => {
    const source = fixtureText('julia-template.md');
    const expected = importFile(utf8(source), 'brag.md', { thisYear: 2030 });
    const crlf = source.replace(/\n/g, '\r\n');
    for (const bytes of [
      withBom(utf8(source)),
      utf8(crlf),
      utf16(crlf, 'le'),
      utf16(source, 'be'),
      fixtureBytes('julia-template.utf16le.md'),
    ]) {
      expect(importFile(bytes, 'brag.md', { thisYear: 2030 })).toEqual(expected);
    }
    expect(expected.entries.length).toBeGreaterThan(10);
  });

  it('refuses invalid UTF-8 instead of filling the journal with replacement characters', () => {
    const bytes = new Uint8Array([...utf8('Shipped caf'), 0xe9, ...utf8(' menu\n')]); // Latin-1 é
    const error = refusal(() => decodeText(bytes, 'notes.md'));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('notes.md is not valid UTF-8 text');
    expect(error.message).toContain('byte 12');
    expect(error.message).toContain('Save it as UTF-8');
  });

  it('refuses a PNG renamed to .md, saying what it looks like', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const error = refusal(() => importFile(png, 'photo.md'));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('photo.md looks like a PNG image, not text.');
  });

  it.each([
    [[0xff, 0xd8, 0xff, 0xe0], 'a JPEG image'],
    [[0x47, 0x49, 0x46, 0x38, 0x39, 0x61], 'a GIF image'],
    [[...utf8('%PDF-1.7\n')], 'a PDF document'],
    [[0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'a ZIP archive (a .zip, or a Word or Pages document)'],
    [[...utf8('SQLite format 3'), 0x00], 'an SQLite database'],
  ])('recognises other binary files by their first bytes (%#)', (bytes, what) => {
    expect(refusal(() => decodeText(new Uint8Array(bytes), 'brag.docx')).message).toBe(`brag.docx looks like ${what}, not text.`);
  });

  it('refuses text with NUL bytes in it as binary, naming the line', () => {
    const error = refusal(() => decodeText(utf8('line one\nline\u0000two'), 'dump.txt'));
    expect(error.message).toContain('dump.txt contains binary data (a NUL character on line 2)');
  });

  it('refuses files over the size limit and states the limit', () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1);
    const error = refusal(() => decodeText(big, 'journal.json'));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('journal.json is just over 10 MB; Chronicle imports files up to 10 MB.');

    const huge = new Uint8Array(200 * 1024 * 1024);
    expect(refusal(() => decodeText(huge, 'journal.json')).message).toBe('journal.json is 200 MB; Chronicle imports files up to 10 MB.');
  });

  it('accepts a file of exactly the size limit', () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES).fill(0x61);
    expect(decodeText(bytes, 'a.md')).toHaveLength(MAX_IMPORT_BYTES);
  });
});
