import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeChunksAtomic, writeFileAtomic } from '../../electron/core/exchange/atomicWrite';
import { makeTempDir } from './journal';

const MODULE = path.resolve(import.meta.dirname, '../../electron/core/exchange/atomicWrite.ts');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function folderWithOldFile(): { dir: string; file: string } {
  const dir = makeTempDir('chronicle-atomic-');
  dirs.push(dir);
  const file = path.join(dir, 'export.md');
  fs.writeFileSync(file, 'the old export\n');
  return { dir, file };
}

/**
 * Runs one writer in a real child process whose file size limit (RLIMIT_FSIZE, 64 KB) is far
 * below what it writes, so the write itself fails part-way, as on a full disk. Node ignores the
 * SIGXFSZ that comes with it, so the write throws EFBIG instead of killing the process.
 */
function writeTooMuch(writer: 'writeFileAtomic' | 'writeChunksAtomic', file: string): Promise<string> {
  const content = writer === 'writeFileAtomic' ? `'x'.repeat(1 << 20)` : `Array.from({ length: 300 }, () => 'x'.repeat(10_000))`;
  const script = [
    `import { ${writer} } from ${JSON.stringify(MODULE)};`,
    `try { ${writer}(${JSON.stringify(file)}, ${content}); console.log('written'); }`,
    `catch (error) { console.log(error.code); }`,
  ].join('\n');
  const child = path.join(path.dirname(file), 'child.mts');
  fs.writeFileSync(child, script);
  return new Promise((resolve, reject) => {
    execFile('bash', ['-c', `ulimit -f 64; exec "${process.execPath}" --import tsx "${child}"`], (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout.trim()),
    );
  });
}

describe('atomic writes', () => {
  it('replace the file whole, leaving only the target behind', () => {
    const { dir, file } = folderWithOldFile();
    writeFileAtomic(file, 'the new export\n');
    expect(fs.readFileSync(file, 'utf8')).toBe('the new export\n');
    writeChunksAtomic(file, ['one ', 'two ', 'three\n']);
    expect(fs.readFileSync(file, 'utf8')).toBe('one two three\n');
    expect(fs.readdirSync(dir)).toEqual(['export.md']);
  });

  it.each(['writeFileAtomic', 'writeChunksAtomic'] as const)(
    '%s: a write that fails part-way leaves the old file and no temporary file',
    async (writer) => {
      const { dir, file } = folderWithOldFile();
      expect(await writeTooMuch(writer, file)).toBe('EFBIG');
      expect(fs.readFileSync(file, 'utf8')).toBe('the old export\n');
      expect(fs.readdirSync(dir).sort()).toEqual(['child.mts', 'export.md']);
    },
    60_000,
  );
});
