import { unzipSync } from 'fflate';
import { ChronicleError } from '../../../../shared/api/errors';
import { decodeText, describeSize } from '../decode';
import { calendarDay } from './dates';
import { importNoteFile, readNoteFrontMatter } from './noteFile';
import type { ImportedEntry, ImportResult } from './types';

/**
 * A folder (or a .zip) of Markdown notes: an Obsidian vault, a Jekyll `_posts` folder, a Hugo
 * `content` folder, Joplin's Markdown export. Every note is one entry; everything else in the
 * folder (pictures, PDFs, the app's settings) is left out and named in the preview.
 */

/** More notes than this is not a notes folder someone means to keep as brag entries. */
export const MAX_NOTE_FILES = 5000;
/** The Markdown read from one folder or zip, all notes together, once unpacked. */
export const MAX_NOTES_BYTES = 50 * 1024 * 1024;
/** Files in a zip, counting the ones that are skipped, so that listing it stays cheap. */
const MAX_ZIP_ENTRIES = 50_000;

const NOTE_FILE = /\.(md|markdown|mdown|mkd|txt)$/i;

export interface NoteFile {
  /** The path inside the folder, with '/' between folders. */
  path: string;
  content: string;
}

/** Whether a path is a note (Markdown or plain text); other files are attachments and are skipped. */
export function isNotePath(path: string): boolean {
  return NOTE_FILE.test(path);
}

/** Hidden files and folders (.obsidian, .git, .DS_Store) and macOS's zip leftovers are not the user's notes. */
function isHidden(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.') || part === '__MACOSX');
}

/** A zip starts with a local file header (or, when empty, the end of its central directory). */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6)
  );
}

/**
 * The files of a zip, paths relative to its one top folder when everything is inside one (a zipped
 * vault usually is). Only notes and Chronicle's own manifest are unpacked; the other files are
 * listed with no content, so the preview can say they were skipped. Refuses, in one line, a zip
 * that does not open or holds too much.
 */
export function unzipNotes(bytes: Uint8Array, zipName: string): NoteFile[] {
  let count = 0;
  let total = 0;
  const others: string[] = [];
  let unpacked: Record<string, Uint8Array>;
  try {
    unpacked = unzipSync(bytes, {
      filter(file) {
        if (file.name.endsWith('/')) return false;
        count += 1;
        if (count > MAX_ZIP_ENTRIES) throw tooMany(zipName);
        if (isHidden(file.name)) return false;
        if (!isNotePath(file.name) && !file.name.endsWith('.yaml')) {
          others.push(file.name);
          return false;
        }
        // The sizes come from the zip's own directory: checked before anything is inflated.
        total += file.originalSize;
        if (total > MAX_NOTES_BYTES) throw tooBig(zipName);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ChronicleError) throw error;
    throw new ChronicleError('invalid_input', `${zipName} could not be opened as a zip file: it is damaged or not a zip.`);
  }
  const files: NoteFile[] = [
    ...Object.entries(unpacked).map(([path, data]) => ({ path, content: decodeText(data, path) })),
    ...others.map((path) => ({ path, content: '' })),
  ];
  if (files.filter((f) => isNotePath(f.path)).length > MAX_NOTE_FILES) throw tooMany(zipName);
  return withoutTopFolder(files);
}

function tooMany(name: string): ChronicleError {
  return new ChronicleError(
    'invalid_input',
    `${name} holds more than ${MAX_NOTE_FILES.toLocaleString('en-US')} notes; Chronicle imports up to ${MAX_NOTE_FILES.toLocaleString('en-US')} at a time.`,
  );
}

function tooBig(name: string): ChronicleError {
  return new ChronicleError(
    'invalid_input',
    `${name} holds more than ${describeSize(MAX_NOTES_BYTES)} of notes; Chronicle imports up to ${describeSize(MAX_NOTES_BYTES)} at a time.`,
  );
}

/** "vault/notes/a.md", "vault/b.md" → "notes/a.md", "b.md": the zip's own folder is not part of the notes' places. */
export function withoutTopFolder(files: NoteFile[]): NoteFile[] {
  const tops = new Set(files.map((f) => (f.path.includes('/') ? f.path.slice(0, f.path.indexOf('/')) : '')));
  const [top] = tops;
  if (tops.size !== 1 || !top) return files;
  return files.map((f) => ({ ...f, path: f.path.slice(top.length + 1) }));
}

/** The day a file name starts with: Jekyll's `2024-03-05-title.md`, Obsidian's daily `2024-03-05.md`. */
export function dayOfFileName(path: string): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const m = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(name);
  return m ? calendarDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** Jekyll's `2024-03-05-shipped-search.md` is titled "shipped search" by its name, not by its date. */
function titleOfFileName(path: string): string {
  const name = path
    .slice(path.lastIndexOf('/') + 1)
    .replace(NOTE_FILE, '')
    .replace(/^\d{4}-\d{2}-\d{2}[-_ ]?/, '');
  return name.replace(/[-_]+/g, ' ').trim() || path.slice(path.lastIndexOf('/') + 1).replace(NOTE_FILE, '');
}

/** One note, with or without front matter, as one entry; undefined when the file is empty. */
function noteEntry(file: NoteFile): ImportedEntry | undefined {
  const text = file.content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) return undefined;
  // No front matter (or front matter that does not parse): the whole text is the note.
  const front = readNoteFrontMatter(text) ?? { fields: {}, lineCount: 0 };
  const [entry] = importNoteFile(text, front, titleOfFileName(file.path)).entries;
  if (!entry) return undefined;
  const warnings = entry.warnings.filter((w) => !w.startsWith('The note had no title'));
  if (warnings.length !== entry.warnings.length) warnings.push(`${file.path} had no title; its file name was used.`);
  const date = entry.date ?? dayOfFileName(file.path) ?? null;
  if (!date) warnings.push(`${file.path} does not say when it was written.`);
  return { ...entry, date, warnings };
}

/** Every note of a folder, one entry each, in the folder's order; what was left out is said in the warnings. */
export function importNoteFolder(files: readonly NoteFile[], folderName: string): ImportResult {
  const visible = files.filter((f) => !isHidden(f.path));
  const notes = visible.filter((f) => isNotePath(f.path)).sort((a, b) => a.path.localeCompare(b.path));
  const skipped = visible.filter((f) => !isNotePath(f.path)).map((f) => f.path);
  if (notes.length > MAX_NOTE_FILES) throw tooMany(folderName);
  const size = notes.reduce((sum, f) => sum + f.content.length, 0);
  if (size > MAX_NOTES_BYTES) throw tooBig(folderName);
  if (notes.length === 0) {
    throw new ChronicleError('invalid_input', `${folderName} holds no Markdown notes (.md files) to import.`);
  }
  const entries: ImportedEntry[] = [];
  const empty: string[] = [];
  for (const note of notes) {
    const entry = noteEntry(note);
    if (entry) entries.push(entry);
    else empty.push(note.path);
  }
  const warnings: string[] = [];
  if (skipped.length > 0)
    warnings.push(
      `Skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'} that ${skipped.length === 1 ? 'is' : 'are'} not Markdown: ${listed(skipped)}.`,
    );
  if (empty.length > 0) warnings.push(`Skipped ${empty.length} empty note${empty.length === 1 ? '' : 's'}: ${listed(empty)}.`);
  return { format: 'brag-markdown', entries, warnings, goals: [], notes: [] };
}

/** The first few names, and how many more: a vault's 400 pictures do not need 400 names. */
function listed(paths: string[]): string {
  const shown = paths.slice(0, 5).join(', ');
  return paths.length > 5 ? `${shown} and ${paths.length - 5} more` : shown;
}
