import { ChronicleError } from '../../../shared/api/errors';
import {
  archiveHeader,
  canonicalDraft,
  canonicalEntry,
  canonicalReflection,
  canonicalSnapshot,
  checkArchive,
  FORBIDDEN_KEYS,
  type ArchiveSnapshot,
} from './archive';
import { snapshotSource, type ArchiveSource } from './markdownArchive';

/**
 * The journal as one pretty-printed JSON document: `{ format, version, exportedAt, ...data }`
 * with keys always in the same order, so two exports of the same journal differ only in
 * `exportedAt`.
 */
export function toJsonArchive(snapshot: ArchiveSnapshot, options: { exportedAt?: Date | string } = {}): string {
  return `${JSON.stringify({ ...archiveHeader(options.exportedAt), ...canonicalSnapshot(snapshot) }, null, 2)}\n`;
}

/** `toJsonArchive` of a snapshot, through the streaming writer (for tests that compare the two). */
export function toJsonArchiveStreamed(snapshot: ArchiveSnapshot, options: { exportedAt?: Date | string } = {}): string {
  return [...jsonArchiveChunks(snapshotSource(snapshot), options)].join('');
}

/** A value as `JSON.stringify(value, null, 2)` writes it at `depth` levels in: later lines indented. */
function nested(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2);
  return depth === 0 ? text : text.replaceAll('\n', `\n${'  '.repeat(depth)}`);
}

/**
 * The JSON archive piece by piece, entries, reflections and drafts read from cursors as they are
 * written, so memory stays flat however big the journal is. Joined, the pieces are exactly
 * `toJsonArchive`'s text: the same keys in the same order, pretty-printed the way
 * `JSON.stringify(…, null, 2)` does it (a property test holds the two equal).
 */
export function* jsonArchiveChunks(source: ArchiveSource, options: { exportedAt?: Date | string } = {}): Generator<string> {
  const m = source.manifest;
  const canonical = canonicalSnapshot({ ...m, entries: [], reflections: [], drafts: [] });
  const members: [string, unknown][] = [
    ...Object.entries(archiveHeader(options.exportedAt)),
    ['themes', canonical.themes],
    ['people', canonical.people],
    ['goals', canonical.goals],
    ['entries', () => mapped(source.entries(), canonicalEntry)],
    ['followUps', canonical.followUps],
    ['reflections', () => mapped(source.reflections(), canonicalReflection)],
    ['drafts', () => mapped(source.drafts(), canonicalDraft)],
    ['reviewDates', canonical.reviewDates],
    ['settings', canonical.settings],
  ];
  let first = true;
  yield '{';
  for (const [key, value] of members) {
    // JSON.stringify leaves out members whose value is undefined.
    if (value === undefined) continue;
    yield `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (typeof value !== 'function') {
      yield nested(value, 1);
      continue;
    }
    let any = false;
    for (const item of (value as () => Iterable<unknown>)()) {
      yield `${any ? ',' : '['}\n    ${nested(item, 2)}`;
      any = true;
    }
    yield any ? '\n  ]' : '[]';
  }
  yield first ? '}\n' : '\n}\n';
}

function* mapped<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
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
