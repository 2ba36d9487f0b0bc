import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a file so that it is either the old one or the whole new one, never half: the content
 * goes to a temporary file beside it, is flushed to disk, and is then renamed over the target.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  replaceThroughTemp(file, (handle) => fs.writeFileSync(handle, content));
}

/**
 * The one temp-file dance both writers share: `write` fills a fresh temporary file beside the
 * target, which is flushed and renamed over it. If anything fails (a full disk part-way through
 * the write, the flush, the rename) the temporary file is removed, so a failed export leaves
 * neither a half file nor a stray `.tmp` behind, and the old target is untouched.
 */
function replaceThroughTemp(file: string, write: (handle: number) => void): void {
  const dir = path.dirname(path.resolve(file));
  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  const handle = fs.openSync(temp, 'wx');
  try {
    try {
      write(handle);
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Writes a folder of files (an archive export), each atomically, as they come: files produced one
 * at a time (a streaming export) are never all in memory. Refuses paths that leave it. Returns how
 * many files and bytes it wrote.
 */
export function writeFolder(folder: string, files: Iterable<{ path: string; content: string }>): { files: number; bytes: number } {
  const root = path.resolve(folder);
  let count = 0;
  let bytes = 0;
  for (const file of files) {
    const target = path.resolve(root, file.path);
    if (!target.startsWith(root + path.sep)) throw new Error(`Refusing to write outside ${root}: ${file.path}`);
    writeFileAtomic(target, file.content);
    count += 1;
    bytes += Buffer.byteLength(file.content);
  }
  return { files: count, bytes };
}

/** Files whose text an import reads: notes, and an archive's manifest. */
const TEXT_FILE = /\.(md|markdown|mdown|mkd|txt|ya?ml|json)$/i;

/** Whether `readFolder` reads a file's text (else it lists the file with no content). */
export const isReadAsText = (name: string): boolean => TEXT_FILE.test(name);

/**
 * Every file below a folder, with paths relative to it (for importing an archive folder or a
 * folder of notes). Only text files are read; the others (a vault's pictures and PDFs) come with
 * no content, so the import can say it left them out without holding them in memory.
 */
export function readFolder(folder: string): { path: string; content: string }[] {
  const root = path.resolve(folder);
  const out: { path: string; content: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile())
        out.push({
          path: path.relative(root, full).split(path.sep).join('/'),
          content: TEXT_FILE.test(entry.name) ? fs.readFileSync(full, 'utf8') : '',
        });
    }
  };
  walk(root);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * `writeFileAtomic` for content produced piece by piece (a streaming export): each piece is
 * written as it comes, through a small buffer, so the whole file is never in memory. Returns the
 * file's size in bytes.
 */
export function writeChunksAtomic(file: string, chunks: Iterable<string>): number {
  let bytes = 0;
  replaceThroughTemp(file, (handle) => {
    let pending: string[] = [];
    let size = 0;
    const flush = () => {
      const text = pending.join('');
      // writeFileSync, unlike one writeSync, keeps writing until the whole piece is down
      fs.writeFileSync(handle, text);
      bytes += Buffer.byteLength(text);
      pending = [];
      size = 0;
    };
    for (const chunk of chunks) {
      pending.push(chunk);
      size += chunk.length;
      if (size >= 1 << 20) flush();
    }
    if (pending.length) flush();
  });
  return bytes;
}
