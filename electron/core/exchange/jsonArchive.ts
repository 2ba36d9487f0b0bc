import { ChronicleError } from '../../../shared/api/errors';
import { archiveHeader, canonicalSnapshot, checkArchive, FORBIDDEN_KEYS, type ArchiveSnapshot } from './archive';

/**
 * The journal as one pretty-printed JSON document: `{ format, version, exportedAt, ...data }`
 * with keys always in the same order, so two exports of the same journal differ only in
 * `exportedAt`.
 */
export function toJsonArchive(snapshot: ArchiveSnapshot, options: { exportedAt?: Date | string } = {}): string {
  return `${JSON.stringify({ ...archiveHeader(options.exportedAt), ...canonicalSnapshot(snapshot) }, null, 2)}\n`;
}

/** Reads a JSON archive, refusing anything that would not import as exactly what was exported. */
export function parseJsonArchive(text: string): ArchiveSnapshot {
  const data = readJson(text.startsWith('\uFEFF') ? text.slice(1) : text);
  return checkArchive(data, 'JSON');
}

function invalid(message: string): ChronicleError {
  return new ChronicleError('invalid_input', message);
}

/**
 * JSON.parse with the archive's rules: forbidden keys are refused as they are met (a reviver
 * sees every key, at every depth, before any of our code touches the objects), and a syntax
 * error says where it is.
 */
function readJson(text: string): unknown {
  try {
    return JSON.parse(text, (key: string, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw invalid(`This archive uses the key "${key}", which is not allowed anywhere in an archive.`);
      return value;
    }) as unknown;
  } catch (error) {
    if (error instanceof ChronicleError) throw error;
    if (error instanceof SyntaxError) throw invalid(syntaxProblem(text, error.message));
    // Reviving walks the document recursively; absurd nesting runs out of stack.
    if (error instanceof RangeError) throw invalid(`This archive is nested too deeply to be a Chronicle archive.`);
    throw error;
  }
}

/** Where JSON.parse gave up, as a line and column a person can find in an editor. */
function syntaxProblem(text: string, message: string): string {
  const match = /position (\d+)/.exec(message);
  const ended = /end of JSON input|Unterminated/i.test(message) || (match !== null && Number(match[1]) >= text.length);
  const offset = match ? Number(match[1]) : text.length;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const reason = message.replace(/^JSON\.parse: /, '').replace(/ in JSON at position.*$/, '');
  if (ended && text.trim() !== '') {
    return `This file is not complete JSON: it ends too early (line ${line}, column ${column}, character ${offset}); it may have been cut off while copying. (${reason})`;
  }
  if (text.trim() === '') return 'This file is empty: there is no archive in it.';
  return `This file is not valid JSON: ${reason} at line ${line}, column ${column} (character ${offset}).`;
}
