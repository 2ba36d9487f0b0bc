import fs from 'node:fs';
import { ChronicleError } from '../../../../shared/api/errors';
import { entryFromDayOne } from './dayOne';
import { fitToLimits } from './fitToLimits';
import { entryFromJrnl } from './jrnl';
import { isObject, typeName, type JsonValue } from './json';
import { createJsonStreamReader, streamJsonFile } from './jsonStream';
import type { ImportedEntry } from './types';

/**
 * jrnl and Day One exports read from a file in a stream, one entry at a time, for files too big
 * to read whole. Each entry is read exactly as `importJrnl` / `importDayOne` read it.
 */

const HEAD_BYTES = 64 * 1024;

function refuse(message: string): ChronicleError {
  return new ChronicleError('invalid_input', message);
}

/** The first bytes of a file as text, for a look at what it is; never the whole file. */
export function fileHead(file: string, bytes = HEAD_BYTES): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const read = fs.readSync(fd, buffer, 0, bytes, 0);
    const head = buffer.subarray(0, read);
    if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head.subarray(2));
    if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head.subarray(2));
    return new TextDecoder('utf-8').decode(head).replace(/^\uFEFF/, '');
  } finally {
    fs.closeSync(fd);
  }
}

/** Whether a file is JSON by its first character (or, failing that, by its name). */
export function looksLikeJson(head: string, fileName: string): boolean {
  return /^\s*[{[]/.test(head) || /\.json$/i.test(fileName);
}

export interface StreamedImport {
  /** The file's size in bytes, and how much of it has been read so far (for progress). */
  size: number;
  bytesRead(): number;
  /**
   * Reads the file, handing each entry to `onEntry` as it is read; returns which export it was
   * and the file's warnings.
   */
  run(onEntry: (entry: ImportedEntry) => void): { format: 'jrnl' | 'day-one'; warnings: string[] };
}

/**
 * A jrnl or Day One export, read entry by entry. Which one it is shows in the first bytes when
 * Day One's "metadata" or the entries come first, else in the first entry (Day One's have a
 * "creationDate"). Throws ChronicleError('invalid_input').
 */
export function streamedJsonImport(file: string, fileName: string, head: string): StreamedImport {
  const size = fs.statSync(file).size;
  let read = 0;
  return {
    size,
    bytesRead: () => read,
    run(onEntry) {
      let format: 'jrnl' | 'day-one' | undefined =
        /"creationDate"\s*:/.test(head) || /"metadata"\s*:\s*\{[^}]*"version"/.test(head) ? 'day-one' : undefined;
      const warnings: string[] = [];
      let sawEntries = false;
      const reader = createJsonStreamReader(fileName, 'jrnl or Day One', {
        item(list, index, value) {
          if (list !== 'entries') return;
          sawEntries = true;
          if (!isObject(value)) throw refuse(`${fileName}: entries[${index}] should be an object, not ${typeName(value)}.`);
          format ??= Object.hasOwn(value, 'creationDate') ? 'day-one' : 'jrnl';
          const entry = format === 'jrnl' ? entryFromJrnl(value, index, fileName) : entryFromDayOne(value, index, fileName, warnings);
          if (entry) for (const fitted of fitToLimits(entry)) onEntry(fitted);
        },
        field(key, value: JsonValue) {
          if (key !== 'entries') return;
          sawEntries = true;
          if (!Array.isArray(value)) throw refuse(`${fileName}: "entries" should be a list, not ${typeName(value)}.`);
        },
      });
      streamJsonFile(file, fileName, {
        push(text) {
          // Characters, not bytes, but close enough to say how far along the file is.
          read += text.length;
          reader.push(text);
        },
        end: () => reader.end(),
      });
      if (!sawEntries) {
        throw refuse(
          `${fileName} is JSON, but not a jrnl or Day One export (it has no "entries" list). Chronicle imports jrnl and Day One JSON exports and Markdown brag documents.`,
        );
      }
      return { format: format ?? 'jrnl', warnings };
    },
  };
}

/** A whole JSON document read in a stream: each top-level list item parsed on its own. */
export function readJsonFileInStream(file: string, fileName: string, formatName: string): Record<string, JsonValue> {
  const data: Record<string, JsonValue> = {};
  const reader = createJsonStreamReader(fileName, formatName, {
    item(list, index, value) {
      const items = (Object.hasOwn(data, list) ? data[list] : undefined) as JsonValue[] | undefined;
      if (items) items.push(value);
      else data[list] = [value];
    },
    field(key, value) {
      data[key] = value;
    },
  });
  streamJsonFile(file, fileName, reader);
  return data;
}
