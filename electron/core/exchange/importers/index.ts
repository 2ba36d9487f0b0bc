import { decodeText } from '../decode';
import { importBragMarkdown } from './bragMarkdown';
import { importDayOne } from './dayOne';
import { detectFormat } from './detectFormat';
import { importJrnl } from './jrnl';
import { importNoteFile, isNoteFile, readNoteFrontMatter } from './noteFile';
import type { ImportOptions, ImportResult } from './types';

export { detectFormat } from './detectFormat';
export { importBragMarkdown } from './bragMarkdown';
export { importDayOne } from './dayOne';
export { importJrnl } from './jrnl';
export type { ImportedEntry, ImportedGoal, ImportFormat, ImportOptions, ImportResult } from './types';
export { IMPORT_FORMATS } from './detectFormat';

/** Reads decoded text with the importer its content calls for. */
export function importText(text: string, fileName: string, options: ImportOptions = {}): ImportResult {
  switch (detectFormat(text, fileName)) {
    case 'jrnl':
      return importJrnl(text, fileName);
    case 'day-one':
      return importDayOne(text, fileName);
    case 'brag-markdown': {
      // A note with front matter that dates it (Obsidian, Jekyll, Hugo, Joplin) is one entry.
      const front = readNoteFrontMatter(text);
      if (front && isNoteFile(text, front)) return importNoteFile(text, front, fileName);
      return importBragMarkdown(text, options);
    }
  }
}

/** The whole import of one file's bytes: decode, detect, read. Throws ChronicleError('invalid_input'). */
export function importFile(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportResult {
  return importText(decodeText(bytes, fileName), fileName, options);
}
