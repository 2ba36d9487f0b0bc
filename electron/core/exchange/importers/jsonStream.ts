import fs from 'node:fs';
import { ChronicleError } from '../../../../shared/api/errors';
import { binaryKind, describeSize, firstBadByte } from '../decode';
import { findPrototypeKey, pathOf, type JsonValue } from './json';

/**
 * Reading a big JSON export without holding it in memory. Every export Chronicle reads (jrnl,
 * Day One, its own JSON archive) is one object whose bulk is in a few top-level lists. The file is
 * decoded in chunks; a small scanner finds where each item of a top-level list starts and ends
 * (brackets and strings only), and each item alone goes through the engine's JSON.parse, which
 * checks it strictly and is many times faster than building values token by token in JavaScript.
 * Memory is one chunk plus the largest single item, whatever the file's size.
 */

/** JSON files are read in a stream up to this size; everything read whole stays at 10 MB. */
export const MAX_STREAMED_IMPORT_BYTES = 256 * 1024 * 1024;

const CHUNK_BYTES = 1024 * 1024;

export interface JsonStreamHandlers {
  /** One item of a top-level list, in file order. */
  item(list: string, index: number, value: JsonValue): void;
  /** A top-level field that is not a list (or a list's whole value, when `keepLists` names it). */
  field(key: string, value: JsonValue): void;
}

function refuse(message: string): ChronicleError {
  return new ChronicleError('invalid_input', message);
}

const CUT_OFF = 'the file ends in the middle of the data, so it was probably cut off while copying or saving';

/** Where the scanner is in the top-level object. */
type Phase =
  | 'start' // before '{'
  | 'key' // after '{' or ',': a key, or '}' right after '{'
  | 'colon'
  | 'value' // a field's value
  | 'afterField' // ',' or '}'
  | 'listItem' // inside a top-level list: an item, or ']' right after '['
  | 'afterItem' // ',' or ']'
  | 'end'; // after the closing '}': only white space

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/**
 * A resumable scan of one JSON value's extent: fed text piece by piece, it says where the value
 * ends. It does not check the value (JSON.parse does that); it only has to find the end.
 */
interface ValueScan {
  pieces: string[];
  depth: number;
  inString: boolean;
  escaped: boolean;
  /** A number, true, false or null: it ends at the next delimiter. */
  bare: boolean;
  started: boolean;
  /** Where the value starts in the file, for messages. */
  line: number;
  column: number;
}

function newScan(line: number, column: number): ValueScan {
  return { pieces: [], depth: 0, inString: false, escaped: false, bare: false, started: false, line, column };
}

/** Scans `text` from `from`; returns the index just past the value's end, or -1 if it goes on. */
function scanValue(scan: ValueScan, text: string, from: number): number {
  let i = from;
  const n = text.length;
  if (!scan.started) {
    scan.started = true;
    const first = text.charCodeAt(i);
    if (first === 0x22) {
      scan.inString = true;
      i += 1;
    } else if (first === 0x7b || first === 0x5b) {
      scan.depth = 1;
      i += 1;
    } else {
      scan.bare = true;
    }
  }
  if (scan.bare) {
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x2c || c === 0x5d || c === 0x7d || isSpace(c)) return i;
    }
    return -1;
  }
  // The next backslash, found once and reused until passed: looking for it at every string
  // would scan the rest of the chunk each time.
  let slash = -2;
  for (; i < n; i++) {
    if (scan.inString) {
      // Jump to the next quote or backslash: most of a file is text inside strings.
      if (scan.escaped) {
        scan.escaped = false;
        continue;
      }
      const quote = text.indexOf('"', i);
      if (slash !== -1 && slash < i) slash = text.indexOf('\\', i);
      if (slash !== -1 && (quote === -1 || slash < quote)) {
        i = slash;
        scan.escaped = true;
        continue;
      }
      if (quote === -1) return -1;
      i = quote;
      scan.inString = false;
      if (scan.depth === 0) return i + 1;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 0x22) scan.inString = true;
    else if (c === 0x7b || c === 0x5b) scan.depth += 1;
    else if (c === 0x7d || c === 0x5d) {
      scan.depth -= 1;
      if (scan.depth === 0) return i + 1;
    }
  }
  return -1;
}

/** A character as a message shows it. */
function shownChar(char: string): string {
  return char === '\n' ? 'a line break' : `"${char}"`;
}

/** How many characters of context V8 quotes on each side of an unexpected token. */
const V8_CONTEXT = 10;

/**
 * Where in `text` JSON.parse stopped, from its message: "…at position 12…", or, for an unexpected
 * token, the few characters V8 quotes around it ("…"tarred": flase…"), found again in the text.
 */
function errorOffset(text: string, message: string): number {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const quoted = /^Unexpected token '(.+?)', (\.\.\.)?"(.*?)"(\.\.\.)? is not valid JSON$/s.exec(message);
  if (quoted) {
    const [, token = '', cutBefore, context = ''] = quoted;
    const at = text.indexOf(context);
    if (at >= 0) return at + (cutBefore ? V8_CONTEXT : Math.max(0, context.indexOf(token)));
  }
  return text.length;
}

/** Line and column of `offset` inside `text`, counted from a value that starts at line/column. */
function placeIn(text: string, offset: number, line: number, column: number): { line: number; column: number } {
  let l = line;
  let c = column;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      l += 1;
      c = 1;
    } else c += 1;
  }
  return { line: l, column: c };
}

/**
 * The scanner: feed it decoded text with `push`, then call `end`. It calls `handlers` as items
 * and fields complete, and throws ChronicleError('invalid_input') with a line and column when the
 * file is not valid JSON or not an object.
 */
export function createJsonStreamReader(fileName: string, formatName: string, handlers: JsonStreamHandlers) {
  let phase: Phase = 'start';
  let key = '';
  const seenKeys = new Set<string>();
  let listIndex = 0;
  let scan: ValueScan | undefined;
  let scanIsKey = false;
  // Where the scanner is in the file, counted as it goes (lines are 1-based, columns too).
  let line = 1;
  let column = 1;

  function fail(reason: string): never {
    throw refuse(`${fileName} is not valid JSON: ${reason}.`);
  }

  function unexpected(char: string, expected: string): never {
    fail(`expected ${expected} but found ${shownChar(char)} (line ${line}, column ${column})`);
  }

  function parse(text: string, where: ValueScan): JsonValue {
    try {
      return JSON.parse(text) as JsonValue;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const place = placeIn(text, errorOffset(text, message), where.line, where.column);
      const detail = message
        .replace(/ in JSON at position \d+.*$/s, '')
        .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '')
        .replace(/^JSON\.parse: /, '');
      return fail(`${detail.charAt(0).toLowerCase()}${detail.slice(1)} (line ${place.line}, column ${place.column})`);
    }
  }

  function complete(text: string, where: ValueScan): void {
    if (scanIsKey) {
      key = parse(text, where) as string;
      if (key === '__proto__') {
        throw refuse(
          `${fileName} has a "__proto__" key at ${key}; no journal export writes one, so Chronicle refuses the file for safety.`,
        );
      }
      if (seenKeys.has(key)) fail(`the key "${key}" appears twice at the top level (line ${where.line}, column ${where.column})`);
      seenKeys.add(key);
      phase = 'colon';
      return;
    }
    const value = parse(text, where);
    // Only text that spells the key, or escapes characters (and so might spell it), is walked.
    const bad =
      text.includes('__proto__') || text.includes('\\u')
        ? findPrototypeKey(value, phase === 'listItem' ? pathOf(key, listIndex) : pathOf('', key))
        : undefined;
    if (bad) {
      throw refuse(`${fileName} has a "__proto__" key at ${bad}; no journal export writes one, so Chronicle refuses the file for safety.`);
    }
    if (phase === 'listItem') {
      handlers.item(key, listIndex, value);
      listIndex += 1;
      phase = 'afterItem';
    } else {
      handlers.field(key, value);
      phase = 'afterField';
    }
  }

  /** Advances the line and column over text the scanner has passed. */
  function advance(text: string, from: number, to: number): void {
    let newline = text.indexOf('\n', from);
    if (newline === -1 || newline >= to) {
      column += to - from;
      return;
    }
    let last = newline;
    while (newline !== -1 && newline < to) {
      line += 1;
      last = newline;
      newline = text.indexOf('\n', newline + 1);
    }
    column = to - last;
  }

  function push(text: string): void {
    let i = 0;
    const n = text.length;
    while (i < n) {
      if (scan) {
        const end = scanValue(scan, text, i);
        if (end === -1) {
          scan.pieces.push(text.slice(i));
          advance(text, i, n);
          return;
        }
        scan.pieces.push(text.slice(i, end));
        advance(text, i, end);
        i = end;
        const done = scan;
        scan = undefined;
        complete(done.pieces.join(''), done);
        continue;
      }
      const char = text.charAt(i);
      const code = text.charCodeAt(i);
      if (isSpace(code)) {
        advance(text, i, i + 1);
        i += 1;
        continue;
      }
      switch (phase) {
        case 'start':
          if (char === '[') {
            throw refuse(`${fileName} is not a ${formatName} export: it should hold an object with "entries", not a list.`);
          }
          if (char !== '{') unexpected(char, 'an object ("{")');
          phase = 'key';
          break;
        case 'key':
          if (char === '}' && seenKeys.size === 0) {
            phase = 'end';
            break;
          }
          if (char !== '"') unexpected(char, 'a key in quotes');
          scan = newScan(line, column);
          scanIsKey = true;
          continue;
        case 'colon':
          if (char !== ':') unexpected(char, '":"');
          phase = 'value';
          break;
        case 'value':
          if (char === '[') {
            phase = 'listItem';
            listIndex = 0;
            break;
          }
          scan = newScan(line, column);
          scanIsKey = false;
          continue;
        case 'afterField':
          if (char === '}') phase = 'end';
          else if (char === ',') phase = 'key';
          else unexpected(char, '"," or "}"');
          break;
        case 'listItem':
          if (char === ']' && listIndex === 0) {
            handlers.field(key, []);
            phase = 'afterField';
            break;
          }
          if (char === ']' || char === ',' || char === '}' || char === ':') unexpected(char, 'a value');
          scan = newScan(line, column);
          scanIsKey = false;
          continue;
        case 'afterItem':
          if (char === ']') phase = 'afterField';
          else if (char === ',') phase = 'listItem';
          else unexpected(char, '"," or "]"');
          break;
        case 'end':
          fail(`there is more after the end of the data (line ${line}, column ${column})`);
      }
      advance(text, i, i + 1);
      i += 1;
    }
  }

  function end(): void {
    if (phase === 'start') throw refuse(`${fileName} is empty: there are no entries in it.`);
    if (phase !== 'end' || scan) fail(CUT_OFF);
  }

  return { push, end };
}

/**
 * Reads a JSON file in chunks through `reader`. Refuses binary files, text that is not UTF-8
 * (or UTF-16 with a byte-order mark), and files over MAX_STREAMED_IMPORT_BYTES, before or while reading.
 */
export function streamJsonFile(file: string, fileName: string, reader: { push(text: string): void; end(): void }): void {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size > MAX_STREAMED_IMPORT_BYTES) refuseTooBig(fileName, size);
    const buffer = Buffer.alloc(CHUNK_BYTES);
    let decoder: InstanceType<typeof TextDecoder> | undefined;
    let total = 0;
    let encoding = 'UTF-8';
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      let bytes: Uint8Array = buffer.subarray(0, read);
      if (!decoder) {
        const kind = binaryKind(bytes);
        if (kind) throw refuse(`${fileName} looks like ${kind}, not text.`);
        let label: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
        else if (bytes[0] === 0xff && bytes[1] === 0xfe) [label, bytes, encoding] = ['utf-16le', bytes.subarray(2), 'UTF-16'];
        else if (bytes[0] === 0xfe && bytes[1] === 0xff) [label, bytes, encoding] = ['utf-16be', bytes.subarray(2), 'UTF-16'];
        decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
      }
      let text: string;
      try {
        text = decoder.decode(bytes, { stream: true });
      } catch {
        const bad = encoding === 'UTF-8' ? firstBadByte(bytes, 'utf-8') : undefined;
        const where = bad === undefined ? `after byte ${total}` : `byte ${total + bad}`;
        throw refuse(
          `${fileName} is not valid ${encoding} text: ${where} cannot be read. Save it as UTF-8 (most editors offer this under "Save as" or "Encoding") and import it again.`,
        );
      }
      total += read;
      // A file that grows while it is read is still held to the limit.
      if (total > MAX_STREAMED_IMPORT_BYTES) refuseTooBig(fileName, total);
      reader.push(text);
    }
    if (decoder) {
      let rest: string;
      try {
        rest = decoder.decode();
      } catch {
        throw refuse(`${fileName} is not valid ${encoding} text: it ends in the middle of a character, so it was probably cut off.`);
      }
      reader.push(rest);
    }
    reader.end();
  } finally {
    fs.closeSync(fd);
  }
}

function refuseTooBig(fileName: string, size: number): never {
  throw refuse(
    `${fileName} is ${describeSize(size)}; Chronicle reads JSON exports and archives up to ${describeSize(MAX_STREAMED_IMPORT_BYTES)}. Export a shorter period (jrnl and Day One can export a range of dates) and import each part.`,
  );
}
