import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RpcResult } from '../../shared/api/errors';
import { FILES_CHANNEL, type PickedFile, type PickedFolder } from '../../shared/api/transport';
import { readFolder } from '../../electron/core/exchange/atomicWrite';
import { APP_ORIGIN, trustedOrigins } from '../../electron/main/appOrigin';
import {
  createFilesHandler,
  type Dialogs,
  electronDialogs,
  type FilesDeps,
  type FilesEvent,
  type FilesHandler,
  OPEN_FILE_FILTERS,
  registerFilesHandler,
} from '../../electron/main/fileDialogs';

/** Which page asked: the tests' stand-in for the sender's webContents. */
interface Page {
  id: number;
}

type Answer = { canceled: boolean; filePath?: string; filePaths?: string[] } | Error;

/** Native dialogs replaced by answers the test queues: a path the "user" chose, or a cancel. */
class FakeDialogs implements Dialogs<Page> {
  readonly opened: Array<{ kind: 'save' | 'open'; sender: Page; options: SaveDialogOptions | OpenDialogOptions }> = [];
  private readonly answers: Answer[] = [];
  choose(...answers: Answer[]): this {
    this.answers.push(...answers);
    return this;
  }
  private next(): Answer {
    const answer = this.answers.shift();
    if (!answer) throw new Error('the test did not expect a dialog');
    return answer;
  }
  showSaveDialog(sender: Page, options: SaveDialogOptions) {
    this.opened.push({ kind: 'save', sender, options });
    const answer = this.next();
    if (answer instanceof Error) return Promise.reject(answer);
    return Promise.resolve({ canceled: answer.canceled, filePath: answer.filePath ?? '' });
  }
  showOpenDialog(sender: Page, options: OpenDialogOptions) {
    this.opened.push({ kind: 'open', sender, options });
    const answer = this.next();
    if (answer instanceof Error) return Promise.reject(answer);
    return Promise.resolve({ canceled: answer.canceled, filePaths: answer.filePaths ?? [] });
  }
}

let temp: string;
let documents: string;
let dialogs: FakeDialogs;
let shownInFolder: string[];
let logged: unknown[][];
let files: FilesHandler<Page>;

const page: Page = { id: 7 };
function fromFrame(url: string, parent: unknown = null): FilesEvent<Page> {
  return { senderFrame: { url, parent }, sender: page };
}
const fromApp = fromFrame(`${APP_ORIGIN}/index.html`);

function handler(overrides: Partial<FilesDeps<Page>> = {}): FilesHandler<Page> {
  return createFilesHandler<Page>({
    trustedOrigins: trustedOrigins(undefined),
    dialogs,
    documentsFolder: () => documents,
    showItemInFolder: (target) => void shownInFolder.push(target),
    log: (...args) => void logged.push(args),
    ...overrides,
  });
}

beforeEach(() => {
  temp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-files-')));
  documents = path.join(temp, 'Documents');
  fs.mkdirSync(documents);
  dialogs = new FakeDialogs();
  shownInFolder = [];
  logged = [];
  files = handler();
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(temp, { recursive: true, force: true });
});

/** The value of a call that must succeed, as the FileApi declares it. */
function value<T = unknown>(result: RpcResult<unknown>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('saving an export to a file', () => {
  it('asks where, starting in Documents with the export’s name, and writes it there', async () => {
    const chosen = path.join(temp, 'brag-document-h1-2026.md');
    dialogs.choose({ canceled: false, filePath: chosen });
    const saved = await files(fromApp, 'saveFile', { fileName: 'brag-document-h1-2026.md', content: '# H1 2026\n\n- Shipped it ✓\n' });
    expect(value(saved)).toEqual({ path: chosen });
    expect(fs.readFileSync(chosen, 'utf8')).toBe('# H1 2026\n\n- Shipped it ✓\n');
    expect(dialogs.opened).toEqual([
      {
        kind: 'save',
        sender: page,
        options: {
          defaultPath: path.join(documents, 'brag-document-h1-2026.md'),
          filters: [{ name: 'Markdown', extensions: ['md'] }],
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        },
      },
    ]);
    // Nothing else beside it: the temporary file was renamed into place.
    expect(fs.readdirSync(temp).sort()).toEqual(['Documents', 'brag-document-h1-2026.md']);
  });

  it('offers the JSON filter for a JSON archive, and replaces a file the user chose to overwrite', async () => {
    const chosen = path.join(temp, 'archive.json');
    fs.writeFileSync(chosen, 'old');
    dialogs.choose({ canceled: false, filePath: chosen });
    const saved = await files(fromApp, 'saveFile', { fileName: 'chronicle-archive-2026-05-01.json', content: '{"entries":[]}' });
    expect(value(saved)).toEqual({ path: chosen });
    expect(fs.readFileSync(chosen, 'utf8')).toBe('{"entries":[]}');
    expect(dialogs.opened[0]?.options.filters).toEqual([{ name: 'JSON', extensions: ['json'] }]);
  });

  it('answers null and writes nothing when the user cancels', async () => {
    dialogs.choose({ canceled: true }, { canceled: false, filePath: '' });
    expect(await files(fromApp, 'saveFile', { fileName: 'a.md', content: 'x' })).toEqual({ ok: true, value: null });
    expect(await files(fromApp, 'saveFile', { fileName: 'a.md', content: 'x' })).toEqual({ ok: true, value: null });
    expect(fs.readdirSync(temp)).toEqual(['Documents']);
  });

  it('starts wherever the system chooses when there is no Documents folder', async () => {
    files = handler({
      documentsFolder: () => {
        throw new Error('Failed to get documents path');
      },
    });
    dialogs.choose({ canceled: true });
    await files(fromApp, 'saveFile', { fileName: 'a.md', content: 'x' });
    expect(dialogs.opened[0]?.options.defaultPath).toBe('a.md');
  });

  it('reports a place it cannot write to as an error value, in words', async () => {
    const blocker = path.join(temp, 'not-a-folder');
    fs.writeFileSync(blocker, '');
    dialogs.choose({ canceled: false, filePath: path.join(blocker, 'a.md') });
    expect(await files(fromApp, 'saveFile', { fileName: 'a.md', content: 'x' })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'The file could not be saved: a file has the name of one of its folders.' },
    });
    expect(logged).toEqual([]);
  });

  it('turns a dialog that fails to open into an internal error value, and logs it', async () => {
    dialogs.choose(new Error('window was destroyed'));
    const result = await files(fromApp, 'saveFile', { fileName: 'a.md', content: 'x' });
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'The file could not be saved: window was destroyed' } });
    expect(logged).toHaveLength(1);
  });
});

describe('saving an archive as a folder', () => {
  const archive = [
    { path: 'chronicle.json', content: '{"format":"chronicle-archive"}' },
    { path: 'entries/2026/2026-03-14-cut-ci-time-4b1e9a2c.md', content: '# Cut CI time\n' },
    { path: 'README.md', content: 'Read me\n' },
  ];

  it('asks for a parent folder and writes the files into a new folder inside it', async () => {
    dialogs.choose({ canceled: false, filePaths: [temp] });
    const saved = await files(fromApp, 'saveFolder', 'Chronicle archive 2026-05-01', archive);
    const folder = path.join(temp, 'Chronicle archive 2026-05-01');
    expect(value(saved)).toEqual({ path: folder });
    expect(readFolder(folder)).toEqual([...archive].sort((a, b) => a.path.localeCompare(b.path)));
    expect(dialogs.opened[0]).toMatchObject({
      kind: 'open',
      sender: page,
      options: { defaultPath: documents, properties: ['openDirectory', 'createDirectory'] },
    });
  });

  it('never merges into an existing folder: the new one is named “ 2”, then “ 3”', async () => {
    const existing = path.join(temp, 'Chronicle archive');
    fs.mkdirSync(existing);
    fs.writeFileSync(path.join(existing, 'README.md'), 'mine');
    dialogs.choose({ canceled: false, filePaths: [temp] }, { canceled: false, filePaths: [temp] });
    expect(value(await files(fromApp, 'saveFolder', 'Chronicle archive', archive))).toEqual({ path: `${existing} 2` });
    expect(value(await files(fromApp, 'saveFolder', 'Chronicle archive', archive))).toEqual({ path: `${existing} 3` });
    expect(fs.readdirSync(existing)).toEqual(['README.md']);
    expect(fs.readFileSync(path.join(existing, 'README.md'), 'utf8')).toBe('mine');
    expect(fs.readFileSync(path.join(`${existing} 2`, 'README.md'), 'utf8')).toBe('Read me\n');
  });

  it('answers null and creates nothing when the user cancels', async () => {
    dialogs.choose({ canceled: true });
    expect(await files(fromApp, 'saveFolder', 'Chronicle archive', archive)).toEqual({ ok: true, value: null });
    expect(fs.readdirSync(temp)).toEqual(['Documents']);
  });

  it('refuses paths that would leave the folder before any dialog opens', async () => {
    for (const escape of ['../outside.md', '/etc/passwd', 'entries/../../outside.md', 'C:\\Windows\\x.md', 'a//b.md', '', 'entries/.']) {
      const result = await files(fromApp, 'saveFolder', 'Chronicle archive', [{ path: escape, content: 'x' }]);
      expect(result, escape).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(dialogs.opened).toEqual([]);
    expect(fs.readdirSync(path.dirname(temp)).filter((name) => name === 'outside.md')).toEqual([]);
  });

  it('refuses two files that one case-insensitive disk would merge', async () => {
    const result = await files(fromApp, 'saveFolder', 'Archive', [
      { path: 'README.md', content: 'a' },
      { path: 'readme.md', content: 'b' },
    ]);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'The folder would hold “readme.md” twice.' } });
  });

  it('leaves no half-written folder behind when a file cannot be written', async () => {
    dialogs.choose({ canceled: false, filePaths: [temp] });
    // "a" is written as a file, so "a/b.md" cannot be.
    const result = await files(fromApp, 'saveFolder', 'Archive', [
      { path: 'a', content: 'x' },
      { path: 'a/b.md', content: 'y' },
    ]);
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^The folder could not be saved: /) } });
    expect(fs.readdirSync(temp)).toEqual(['Documents']);
  });
});

describe('opening a file to import', () => {
  it('reads the chosen file’s exact bytes, base64-encoded, with its name', async () => {
    const file = path.join(temp, 'brag.md');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Brag\r\n', 'utf16le')]);
    fs.writeFileSync(file, bytes);
    dialogs.choose({ canceled: false, filePaths: [file] });
    const picked = value<PickedFile | null>(await files(fromApp, 'openFile'));
    expect(picked).toEqual({ fileName: 'brag.md', data: bytes.toString('base64') });
    expect(Buffer.from(picked?.data ?? '', 'base64').equals(bytes)).toBe(true);
    expect(dialogs.opened).toEqual([
      { kind: 'open', sender: page, options: { defaultPath: documents, properties: ['openFile'], filters: OPEN_FILE_FILTERS } },
    ]);
    expect(OPEN_FILE_FILTERS).toEqual([
      { name: 'Markdown', extensions: ['md', 'markdown', 'txt'] },
      { name: 'JSON', extensions: ['json'] },
      { name: 'Zip of Markdown notes', extensions: ['zip'] },
      { name: 'All files', extensions: ['*'] },
    ]);
  });

  it('reads a file of exactly the import limit', async () => {
    const file = path.join(temp, 'limit.md');
    fs.writeFileSync(file, Buffer.alloc(10 * 1024 * 1024, 0x61));
    dialogs.choose({ canceled: false, filePaths: [file] });
    const picked = value<PickedFile | null>(await files(fromApp, 'openFile'));
    expect(Buffer.from(picked?.data ?? '', 'base64').length).toBe(10 * 1024 * 1024);
  });

  it('refuses a file over the limit by its size, without reading it', async () => {
    const file = path.join(temp, 'huge.md');
    const fd = fs.openSync(file, 'w');
    fs.ftruncateSync(fd, 200 * 1024 * 1024); // sparse: 200 MB on paper, nothing on disk
    fs.closeSync(fd);
    const opened = vi.spyOn(fs, 'openSync');
    const read = vi.spyOn(fs, 'readFileSync');
    dialogs.choose({ canceled: false, filePaths: [file] });
    expect(await files(fromApp, 'openFile')).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'huge.md is 200 MB; Chronicle imports files up to 10 MB.' },
    });
    expect(opened).not.toHaveBeenCalled();
    expect(read).not.toHaveBeenCalled();
    // The spy does see reads: a small file is opened as usual.
    const small = path.join(temp, 'small.md');
    fs.writeFileSync(small, '# Small\n');
    dialogs.choose({ canceled: false, filePaths: [small] });
    expect(await files(fromApp, 'openFile')).toMatchObject({ ok: true, value: { fileName: 'small.md' } });
    expect(opened).toHaveBeenCalledWith(small, 'r');
  });

  it('answers null when the user cancels', async () => {
    dialogs.choose({ canceled: true }, { canceled: false, filePaths: [] });
    expect(await files(fromApp, 'openFile')).toEqual({ ok: true, value: null });
    expect(await files(fromApp, 'openFile')).toEqual({ ok: true, value: null });
  });

  it('says so when the chosen file is gone', async () => {
    dialogs.choose({ canceled: false, filePaths: [path.join(temp, 'deleted.md')] });
    expect(await files(fromApp, 'openFile')).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'The file could not be read: it or its folder no longer exists.' },
    });
  });
});

describe('opening a folder to import', () => {
  function archiveFolder(name: string): string {
    const folder = path.join(temp, name);
    fs.mkdirSync(path.join(folder, 'entries', '2026'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'chronicle.json'), '{}');
    fs.writeFileSync(path.join(folder, 'entries', '2026', 'a.md'), '# A\n');
    fs.writeFileSync(path.join(folder, '.DS_Store'), 'junk');
    return folder;
  }

  it('reads every text file below it, with relative paths, and names it by the folder', async () => {
    dialogs.choose({ canceled: false, filePaths: [archiveFolder('Chronicle archive')] });
    expect(value(await files(fromApp, 'openFolder'))).toEqual({
      fileName: 'Chronicle archive',
      folder: [
        { path: 'chronicle.json', content: '{}' },
        { path: 'entries/2026/a.md', content: '# A\n' },
      ],
    });
    expect(dialogs.opened[0]).toMatchObject({ kind: 'open', sender: page, options: { properties: ['openDirectory'] } });
  });

  it('answers null when the user cancels', async () => {
    dialogs.choose({ canceled: true });
    expect(await files(fromApp, 'openFolder')).toEqual({ ok: true, value: null });
  });

  it('refuses a folder with too many files before reading any', async () => {
    files = handler({ folderLimits: { files: 2 } });
    const folder = archiveFolder('Home');
    fs.writeFileSync(path.join(folder, 'three.md'), '');
    const read = vi.spyOn(fs, 'readFileSync');
    dialogs.choose({ canceled: false, filePaths: [folder] });
    expect(await files(fromApp, 'openFolder')).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Home holds more than 2 files; Chronicle imports folders of up to 2 files.' },
    });
    expect(read).not.toHaveBeenCalled();
  });

  it('refuses a folder over 50 MB of text before reading any file', async () => {
    const folder = archiveFolder('Videos');
    const fd = fs.openSync(path.join(folder, 'holiday-notes.md'), 'w');
    fs.ftruncateSync(fd, 60 * 1024 * 1024);
    fs.closeSync(fd);
    const read = vi.spyOn(fs, 'readFileSync');
    dialogs.choose({ canceled: false, filePaths: [folder] });
    expect(await files(fromApp, 'openFolder')).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Videos holds more than 50 MB; Chronicle imports folders up to 50 MB.' },
    });
    expect(read).not.toHaveBeenCalled();
  });
});

describe('opening a notes folder with big attachments', () => {
  it('lists a 60 MB video by name without reading it, and reads the notes', async () => {
    // A vault's pictures and videos do not count towards the 50 MB: only the notes are read.
    const folder = path.join(temp, 'Vault');
    fs.mkdirSync(path.join(folder, 'attachments'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'Shipped search.md'), '# Shipped search\n');
    const fd = fs.openSync(path.join(folder, 'attachments', 'demo.mov'), 'w');
    fs.ftruncateSync(fd, 60 * 1024 * 1024);
    fs.closeSync(fd);
    dialogs.choose({ canceled: false, filePaths: [folder] });
    expect(value<PickedFolder | null>(await files(fromApp, 'openFolder'))).toEqual({
      fileName: 'Vault',
      folder: [
        { path: 'attachments/demo.mov', content: '' },
        { path: 'Shipped search.md', content: '# Shipped search\n' },
      ],
    });
  });
});

describe('showing a saved file in the file manager', () => {
  it('shows what this session saved', async () => {
    const chosen = path.join(temp, 'brag.md');
    dialogs.choose({ canceled: false, filePath: chosen }, { canceled: false, filePaths: [temp] });
    await files(fromApp, 'saveFile', { fileName: 'brag.md', content: 'x' });
    const folder = value<{ path: string } | null>(await files(fromApp, 'saveFolder', 'Archive', [{ path: 'a.md', content: 'x' }]));
    expect(await files(fromApp, 'showInFolder', chosen)).toEqual({ ok: true, value: null });
    expect(await files(fromApp, 'showInFolder', folder?.path)).toEqual({ ok: true, value: null });
    expect(shownInFolder).toEqual([chosen, path.join(temp, 'Archive')]);
  });

  it('refuses any other path as forbidden, whether or not it exists, so a page cannot probe the disk', async () => {
    const existing = path.join(temp, 'secret.txt');
    fs.writeFileSync(existing, 'x');
    const answers = await Promise.all(
      [existing, path.join(temp, 'missing.txt'), temp, '/etc/passwd'].map((target) => files(fromApp, 'showInFolder', target)),
    );
    for (const answer of answers) {
      expect(answer).toEqual({
        ok: false,
        error: { code: 'forbidden', message: 'Chronicle shows only files and folders it saved since it was opened.' },
      });
    }
    // The same file saved by another session (another handler) is not this session's.
    const chosen = path.join(temp, 'brag.md');
    dialogs.choose({ canceled: false, filePath: chosen });
    await handler()(fromApp, 'saveFile', { fileName: 'brag.md', content: 'x' });
    expect(await files(fromApp, 'showInFolder', chosen)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(shownInFolder).toEqual([]);
  });

  it('does not treat a relative path as the saved file', async () => {
    const chosen = path.join(temp, 'brag.md');
    dialogs.choose({ canceled: false, filePath: chosen });
    await files(fromApp, 'saveFile', { fileName: 'brag.md', content: 'x' });
    const relative = path.relative(process.cwd(), chosen);
    expect(await files(fromApp, 'showInFolder', relative)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(shownInFolder).toEqual([]);
  });
});

describe('choosing a folder (a repository, the backup folder)', () => {
  it('asks for a folder in words that say what it is for, and answers only its path', async () => {
    const repository = path.join(temp, 'code', 'chronicle');
    fs.mkdirSync(repository, { recursive: true });
    fs.writeFileSync(path.join(repository, 'secret.txt'), 'not sent to the page');
    dialogs.choose({ canceled: false, filePaths: [repository] });
    expect(await files(fromApp, 'chooseFolder', 'repository')).toEqual({ ok: true, value: { path: repository } });
    expect(dialogs.opened).toEqual([
      {
        kind: 'open',
        sender: page,
        options: {
          title: 'Choose a repository to read commits from',
          buttonLabel: 'Use This Repository',
          defaultPath: documents,
          properties: ['openDirectory'],
        },
      },
    ]);
  });

  it('lets a backup folder be made in the dialog, and answers null when the person cancels', async () => {
    dialogs.choose({ canceled: true });
    expect(await files(fromApp, 'chooseFolder', 'backups')).toEqual({ ok: true, value: null });
    expect(dialogs.opened[0]?.options).toMatchObject({
      title: 'Choose where Chronicle keeps backups',
      properties: ['openDirectory', 'createDirectory'],
    });
  });

  it('refuses a purpose it does not know, before any dialog opens', async () => {
    for (const purpose of ['anything', 42, undefined]) {
      expect(await files(fromApp, 'chooseFolder', purpose)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: 'There is no such kind of folder to choose.' },
      });
    }
    expect(await files(fromApp, 'chooseFolder', 'backups', 'extra')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(dialogs.opened).toEqual([]);
  });
});

describe('calls the handler refuses', () => {
  it('from another origin, a subframe, or a frame that is gone: forbidden, and no dialog opens', async () => {
    for (const event of [
      fromFrame('https://evil.example/'),
      fromFrame('file:///tmp/index.html'),
      fromFrame(`${APP_ORIGIN}/index.html`, { url: 'https://evil.example/' }),
      { senderFrame: null, sender: page },
    ]) {
      for (const operation of ['saveFile', 'openFile', 'openFolder', 'showInFolder', 'chooseFolder']) {
        expect(await files(event, operation, { fileName: 'a.md', content: 'x' })).toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        });
      }
    }
    expect(dialogs.opened).toEqual([]);
  });

  it('with an operation that does not exist', async () => {
    for (const operation of ['readFile', 'constructor', '__proto__', 42, undefined]) {
      expect(await files(fromApp, operation)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
  });

  it('with bad arguments: invalid_input, saying what is wrong, before any dialog opens', async () => {
    const bad: Array<[string, unknown[], RegExp]> = [
      ['saveFile', [], /expected/i],
      ['saveFile', ['a.md'], /expected/i],
      ['saveFile', [{ fileName: '../evil.md', content: 'x' }], /file name “..\/evil.md” contains a character/],
      ['saveFile', [{ fileName: 'entries/a.md', content: 'x' }], /contains a character Windows does not allow/],
      ['saveFile', [{ fileName: 'con.md', content: 'x' }], /reserves for a device/],
      ['saveFile', [{ fileName: 'run.command', content: 'x' }], /Chronicle saves Markdown, text or JSON files, not “run.command”/],
      ['saveFile', [{ fileName: 'a.md', content: 42 }], /content must be text/],
      ['saveFile', [{ fileName: 'a.md', content: 'x', path: '/etc/passwd' }], /unrecognized/i],
      ['saveFile', [{ fileName: 'a.md', content: 'x' }, 'extra'], /./],
      ['saveFolder', ['..', []], /is empty/],
      ['saveFolder', ['Archive', 'not a list'], /expected array/i],
      ['saveFolder', ['Archive', [{ path: 'a.md' }]], /content must be text/],
      ['openFile', ['/etc/passwd'], /./],
      ['openFolder', [{}], /./],
      ['showInFolder', [], /./],
      ['showInFolder', [42], /path must be text/],
    ];
    for (const [operation, args, message] of bad) {
      const result = await files(fromApp, operation, ...args);
      expect(result, `${operation} ${JSON.stringify(args)}`).toMatchObject({ ok: false, error: { code: 'invalid_input', message } });
    }
    expect(dialogs.opened).toEqual([]);
  });

  it('keeps messages short when a forged name is huge', async () => {
    const result = await files(fromApp, 'saveFile', { fileName: `${'a'.repeat(5000)}.exe`, content: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.length).toBeLessThan(200);
  });
});

describe('the Electron edges', () => {
  it('parent each dialog to the window of the page that asked, or to none when it has none', async () => {
    const calls: unknown[][] = [];
    const window = { id: 'main window' };
    const dialog = {
      showSaveDialog: (...args: unknown[]) => (calls.push(['save', ...args]), Promise.resolve({ canceled: true, filePath: '' })),
      showOpenDialog: (...args: unknown[]) => (calls.push(['open', ...args]), Promise.resolve({ canceled: true, filePaths: [] })),
    };
    const contents = { id: 3 };
    const edges = electronDialogs(dialog, { fromWebContents: (sender) => (sender === contents ? (window as never) : null) });
    await edges.showSaveDialog(contents as never, { defaultPath: 'a.md' });
    await edges.showOpenDialog(contents as never, { properties: ['openFile'] });
    await edges.showOpenDialog({ id: 4 } as never, { properties: ['openFile'] });
    expect(calls).toEqual([
      ['save', window, { defaultPath: 'a.md' }],
      ['open', window, { properties: ['openFile'] }],
      ['open', { properties: ['openFile'] }],
    ]);
  });

  it('register one handler on the files channel that passes the operation and its arguments on', async () => {
    const handlers = new Map<string, (...args: unknown[]) => unknown>();
    const seen: unknown[][] = [];
    const remove = registerFilesHandler(
      {
        handle: (channel, listener) => void handlers.set(channel, listener as never),
        removeHandler: (channel) => void handlers.delete(channel),
      },
      (event, operation, ...args) => (seen.push([event, operation, ...args]), Promise.resolve({ ok: true, value: null })),
    );
    expect([...handlers.keys()]).toEqual([FILES_CHANNEL]);
    await handlers.get(FILES_CHANNEL)?.('event', 'saveFolder', 'Archive', []);
    expect(seen).toEqual([['event', 'saveFolder', 'Archive', []]]);
    remove();
    expect(handlers.size).toBe(0);
  });
});

describe('saving a print page as PDF', () => {
  it('asks where, prints the print route in the given paper size, and writes the PDF there', async () => {
    const printed: [string, string][] = [];
    const withPrinter = handler({
      printPdf: (route, paper) => {
        printed.push([route, paper]);
        return Promise.resolve(new TextEncoder().encode('%PDF-1.7 fake'));
      },
    });
    const target = path.join(documents, 'Packet.pdf');
    dialogs.choose({ canceled: false, filePath: target });
    const result = await withPrinter(fromApp, 'savePdf', {
      route: '#/print?draft=abc&paper=letter',
      paper: 'letter',
      fileName: 'Packet.pdf',
    });
    expect(result).toEqual({ ok: true, value: { path: target } });
    expect(printed).toEqual([['#/print?draft=abc&paper=letter', 'letter']]);
    expect(fs.readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake');
    expect(dialogs.opened[0]?.options).toMatchObject({ filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    // what Chronicle saved may be shown in the file manager
    expect(await withPrinter(fromApp, 'showInFolder', target)).toEqual({ ok: true, value: null });
  });

  it('refuses a route that is not a print page, or a name that is not a PDF, before any dialog', async () => {
    const withPrinter = handler({ printPdf: () => Promise.resolve(new Uint8Array()) });
    expect(await withPrinter(fromApp, 'savePdf', { route: 'https://example.com', paper: 'a4', fileName: 'x.pdf' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'Only a print page can be printed.' },
    });
    expect(await withPrinter(fromApp, 'savePdf', { route: '#/print?draft=abc', paper: 'a4', fileName: 'x.md' })).toMatchObject({
      ok: false,
      error: { message: 'A PDF’s name ends in .pdf.' },
    });
    expect(dialogs.opened).toEqual([]);
  });

  it('writes nothing when the person cancels', async () => {
    const withPrinter = handler({ printPdf: () => Promise.resolve(new Uint8Array([1])) });
    dialogs.choose({ canceled: true });
    expect(await withPrinter(fromApp, 'savePdf', { route: '#/print?draft=abc', paper: 'a4', fileName: 'x.pdf' })).toEqual({
      ok: true,
      value: null,
    });
    expect(fs.readdirSync(documents)).toEqual([]);
  });
});
