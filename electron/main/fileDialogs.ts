import fs from 'node:fs';
import path from 'node:path';
import type {
  BrowserWindow,
  Dialog,
  FileFilter,
  IpcMain,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
  WebContents,
} from 'electron';
import { z } from 'zod';
import { ChronicleError, type ChronicleErrorData, type ErrorCode, type RpcResult } from '../../shared/api/errors';
import { FILES_CHANNEL, type PickedFile, type PickedFolder } from '../../shared/api/transport';
import { isReadAsText, readFolder, writeFileAtomic, writeFolder } from '../core/exchange/atomicWrite';
import { describeSize, MAX_IMPORT_BYTES } from '../core/exchange/decode';
import { fileNameProblem, MAX_FILE_NAME_BYTES, truncateUtf8, utf8Length } from '../core/exchange/fileNames';
import { isTrustedSender, type SenderFrame } from './senderValidation';

/**
 * The FileApi of the preload (shared/api/transport.ts), served on one IPC channel. The page names
 * a file; the user chooses where, in a native dialog; only then does the main process touch the
 * disk. A page can never name a path to read or write, and can show in the file manager only what
 * it saved in this session, so a forged call learns nothing about the disk.
 */

export const FILE_OPERATIONS = [
  'saveFile',
  'saveFolder',
  'openFile',
  'openFolder',
  'showInFolder',
  'savePdf',
  'chooseFolder',
  'restoreBackup',
] as const;
export type FileOperation = (typeof FILE_OPERATIONS)[number];

/** Exports are text: well above any journal's, far below what strains IPC or memory. */
export const MAX_SAVE_CHARACTERS = 100 * 1024 * 1024;
/** An archive folder is read whole into memory and sent to the backend; past these, refuse. */
export const MAX_FOLDER_FILES = 100_000;
export const MAX_FOLDER_BYTES = 50 * 1024 * 1024;

export interface FolderLimits {
  files: number;
  bytes: number;
}

/** What the handler needs from Electron's IpcMainInvokeEvent. */
export interface FilesEvent<Sender> {
  readonly senderFrame: SenderFrame | null;
  readonly sender: Sender;
}

/** The native dialogs, each opened over the window of the page that asked (`sender`). */
export interface Dialogs<Sender> {
  showSaveDialog(sender: Sender, options: SaveDialogOptions): Promise<Pick<SaveDialogReturnValue, 'canceled' | 'filePath'>>;
  showOpenDialog(sender: Sender, options: OpenDialogOptions): Promise<Pick<OpenDialogReturnValue, 'canceled' | 'filePaths'>>;
}

export interface FilesDeps<Sender> {
  trustedOrigins: readonly string[];
  dialogs: Dialogs<Sender>;
  /** Where dialogs start (the user's Documents folder); undefined when the system has none. */
  documentsFolder(): string | undefined;
  showItemInFolder(target: string): void;
  /** Failures that are not the user's doing (a bug, a dialog that would not open). */
  log: (message: string, detail?: unknown) => void;
  folderLimits?: Partial<FolderLimits>;
  /** Prints a print route of the app to PDF (a hidden window); absent where nothing can print. */
  printPdf?: (route: string, paper: 'a4' | 'letter') => Promise<Uint8Array>;
  /** Restores a backup by its name in the backup folder (electron/main/journalRestore.ts). */
  restoreBackup?: (backupName: string) => Promise<{ kept: string | null }>;
}

export type FilesHandler<Sender> = (event: FilesEvent<Sender>, operation: unknown, ...args: unknown[]) => Promise<RpcResult<unknown>>;

const SAVE_FILTERS = new Map<string, FileFilter>([
  ['.md', { name: 'Markdown', extensions: ['md'] }],
  ['.markdown', { name: 'Markdown', extensions: ['markdown'] }],
  ['.txt', { name: 'Text', extensions: ['txt'] }],
  ['.json', { name: 'JSON', extensions: ['json'] }],
]);

export const OPEN_FILE_FILTERS: FileFilter[] = [
  { name: 'Markdown', extensions: ['md', 'markdown', 'txt'] },
  { name: 'JSON', extensions: ['json'] },
  { name: 'Zip of Markdown notes', extensions: ['zip'] },
  { name: 'All files', extensions: ['*'] },
];

/** Names in messages stay readable even when a forged call sends a megabyte of them. */
function shown(name: string): string {
  const short = truncateUtf8(name, 80);
  return `“${short}${short === name ? '' : '…'}”`;
}

const BaseName = (what: string) =>
  z
    .string({ error: `The ${what} must be text.` })
    .max(1000, `The ${what} is too long.`)
    .superRefine((name, ctx) => {
      const problem = fileNameProblem(name);
      if (problem) ctx.addIssue({ code: 'custom', message: `The ${what} ${shown(name)} ${problem}.` });
    });

const SaveFileArgs = z.tuple([
  z.strictObject({
    fileName: BaseName('file name').superRefine((name, ctx) => {
      if (!SAVE_FILTERS.has(path.extname(name).toLowerCase())) {
        ctx.addIssue({ code: 'custom', message: `Chronicle saves Markdown, text or JSON files, not ${shown(name)}.` });
      }
    }),
    content: z.string({ error: 'The file’s content must be text.' }).max(MAX_SAVE_CHARACTERS, 'The file is too large to save.'),
  }),
]);

const SavePdfArgs = z.tuple([
  z.strictObject({
    route: z
      .string()
      .max(2000)
      .regex(/^#\/print\?/, 'Only a print page can be printed.'),
    paper: z.enum(['a4', 'letter']),
    fileName: BaseName('file name').refine((name) => name.toLowerCase().endsWith('.pdf'), 'A PDF’s name ends in .pdf.'),
  }),
]);

/** A path inside the folder: `/`-separated names, each one safe, so none can climb out. */
const RelativePath = z
  .string({ error: 'A file path must be text.' })
  .min(1, 'A file in the folder needs a name.')
  .max(500, 'A file path in the folder is too long.')
  .superRefine((relative, ctx) => {
    if (relative.split('/').some((segment) => fileNameProblem(segment) !== undefined)) {
      ctx.addIssue({ code: 'custom', message: `The file path ${shown(relative)} must be a plain path inside the folder.` });
    }
  });

const SaveFolderArgs = z.tuple([
  BaseName('folder name'),
  z
    .array(z.strictObject({ path: RelativePath, content: z.string({ error: 'A file’s content must be text.' }) }))
    .max(MAX_FOLDER_FILES, `A folder can hold at most ${MAX_FOLDER_FILES.toLocaleString('en-US')} files.`)
    .superRefine((files, ctx) => {
      const seen = new Set<string>();
      let characters = 0;
      for (const file of files) {
        // Compared as the strictest file system would, so two files never land on one.
        const key = file.path.normalize('NFC').toLowerCase();
        if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `The folder would hold ${shown(file.path)} twice.` });
        seen.add(key);
        characters += file.content.length;
      }
      if (characters > MAX_SAVE_CHARACTERS) ctx.addIssue({ code: 'custom', message: 'The folder is too large to save.' });
    }),
]);

const NoArgs = z.tuple([]);

/** Why a folder is being chosen: the dialog's title and button say it in the user's words. */
const FOLDER_PURPOSES = {
  repository: { title: 'Choose a repository to read commits from', buttonLabel: 'Use This Repository' },
  backups: { title: 'Choose where Chronicle keeps backups', buttonLabel: 'Keep Backups Here' },
} as const;

const ChooseFolderArgs = z.tuple([
  z.enum(Object.keys(FOLDER_PURPOSES) as [keyof typeof FOLDER_PURPOSES], { error: 'There is no such kind of folder to choose.' }),
]);

const RestoreBackupArgs = z.tuple([z.string({ error: 'The backup’s name must be text.' }).min(1).max(MAX_FILE_NAME_BYTES)]);

const ShowInFolderArgs = z.tuple([z.string({ error: 'The path must be text.' }).min(1).max(4096)]);

function parse<T>(schema: z.ZodType<T>, args: unknown[]): T {
  const parsed = schema.safeParse(args);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  throw new ChronicleError('invalid_input', issues[0]?.message ?? 'The request was not valid.', { issues });
}

function isFileOperation(value: unknown): value is FileOperation {
  return typeof value === 'string' && (FILE_OPERATIONS as readonly string[]).includes(value);
}

function failure(code: ErrorCode, message: string): { ok: false; error: ChronicleErrorData } {
  return { ok: false, error: { code, message } };
}

/** The dialog's filter for the kind of file being saved, so its extension stays right. */
export function saveFilter(fileName: string): FileFilter[] {
  const filter = SAVE_FILTERS.get(path.extname(fileName).toLowerCase());
  return filter ? [filter] : [];
}

/**
 * Makes a new, empty folder called `name` inside `parent`, or `name 2`, `name 3`… when that is
 * taken: an export never mixes its files into a folder that was already there.
 */
export function createFreshFolder(parent: string, name: string): string {
  for (let n = 1; n <= 1000; n += 1) {
    const suffix = n === 1 ? '' : ` ${n}`;
    const candidate = path.join(parent, `${truncateUtf8(name, MAX_FILE_NAME_BYTES - utf8Length(suffix))}${suffix}`);
    try {
      // Not recursive: EEXIST is how we learn the name is taken, with no race against others.
      fs.mkdirSync(candidate);
      return candidate;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
  }
  throw new ChronicleError('conflict', `There are already too many folders named ${shown(name)} there; choose another place.`);
}

function refuseOversized(name: string, size: number): void {
  if (size > MAX_IMPORT_BYTES) {
    // The CLI's words (chronicle import), so the limit reads the same everywhere.
    throw new ChronicleError(
      'invalid_input',
      `${name} is ${describeSize(size)}; Chronicle imports files up to ${describeSize(MAX_IMPORT_BYTES)}.`,
    );
  }
}

/** A file's bytes, refused by its size before anything is read, and never read past the limit. */
export function readImportFile(file: string): Buffer {
  const name = path.basename(file);
  const stat = fs.statSync(file);
  if (!stat.isFile()) throw new ChronicleError('invalid_input', `${name} is not a file.`);
  refuseOversized(name, stat.size);
  const fd = fs.openSync(file, 'r');
  try {
    // Read at most one byte past the limit: a file that grew since the check is still caught.
    const buffer = Buffer.alloc(Math.min(fs.fstatSync(fd).size, MAX_IMPORT_BYTES) + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > MAX_IMPORT_BYTES) refuseOversized(name, fs.fstatSync(fd).size);
    return buffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Counts what `readFolder` would read (the same walk: no dot names, plain files and folders,
 * no symbolic links) and refuses a folder that is too big before any file is opened.
 */
export function checkFolderSize(folder: string, limits: FolderLimits): void {
  const name = path.basename(folder) || folder;
  let files = 0;
  let bytes = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        files += 1;
        // A vault's pictures are listed, never read: only the text counts towards the size.
        if (isReadAsText(entry.name)) bytes += fs.statSync(full).size;
        if (files > limits.files) {
          throw new ChronicleError(
            'invalid_input',
            `${name} holds more than ${limits.files.toLocaleString('en-US')} files; Chronicle imports folders of up to ${limits.files.toLocaleString('en-US')} files.`,
          );
        }
        if (bytes > limits.bytes) {
          throw new ChronicleError(
            'invalid_input',
            `${name} holds more than ${describeSize(limits.bytes)}; Chronicle imports folders up to ${describeSize(limits.bytes)}.`,
          );
        }
      }
    }
  };
  walk(folder);
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** What went wrong on the disk, in words, with the code the UI chooses by. */
const DISK_FAILURES = new Map<string, { code: ErrorCode; reason: string }>([
  ['ENOENT', { code: 'not_found', reason: 'it or its folder no longer exists' }],
  ['ENOTDIR', { code: 'not_found', reason: 'part of its path is not a folder' }],
  ['EISDIR', { code: 'invalid_input', reason: 'a folder has that name' }],
  // From creating the folders on the way: a file stands where one of them should be.
  ['EEXIST', { code: 'conflict', reason: 'a file has the name of one of its folders' }],
  ['EACCES', { code: 'forbidden', reason: 'the system did not allow it (permission denied)' }],
  ['EPERM', { code: 'forbidden', reason: 'the system did not allow it (operation not permitted)' }],
  ['EROFS', { code: 'forbidden', reason: 'the disk is read-only' }],
  ['ENOSPC', { code: 'internal', reason: 'the disk is full' }],
  ['EDQUOT', { code: 'internal', reason: 'the disk quota is used up' }],
]);

const FAILED: Record<FileOperation, string> = {
  saveFile: 'The file could not be saved',
  saveFolder: 'The folder could not be saved',
  openFile: 'The file could not be read',
  openFolder: 'The folder could not be read',
  showInFolder: 'The file could not be shown',
  savePdf: 'The PDF could not be saved',
  chooseFolder: 'The folder could not be chosen',
  restoreBackup: 'The backup could not be restored',
};

function describeFailure(operation: FileOperation, error: unknown, log: FilesDeps<unknown>['log']): ChronicleErrorData {
  if (error instanceof ChronicleError) return error.toJSON();
  const code = errorCode(error);
  const disk = code ? DISK_FAILURES.get(code) : undefined;
  if (disk) return { code: disk.code, message: `${FAILED[operation]}: ${disk.reason}.` };
  log(`${FAILED[operation]}.`, error);
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `${FAILED[operation]}: ${detail}` };
}

/**
 * The handler behind FILES_CHANNEL. It never throws: a forged call (foreign frame, unknown
 * operation, bad arguments) and a failure on the disk both come back as error values. Arguments
 * are checked before any dialog opens.
 */
export function createFilesHandler<Sender>(deps: FilesDeps<Sender>): FilesHandler<Sender> {
  const limits: FolderLimits = { files: MAX_FOLDER_FILES, bytes: MAX_FOLDER_BYTES, ...deps.folderLimits };
  /** Every file and folder saved in this session, as resolved paths: all showInFolder may show. */
  const written = new Set<string>();

  const startFolder = (): string | undefined => {
    try {
      return deps.documentsFolder();
    } catch {
      // No Documents folder (some Linux set-ups): the dialog opens where the system chooses.
      return undefined;
    }
  };
  const firstChoice = (chosen: Pick<OpenDialogReturnValue, 'canceled' | 'filePaths'>): string | null => {
    const [first] = chosen.filePaths;
    return chosen.canceled || !first ? null : path.resolve(first);
  };

  async function saveFile(sender: Sender, args: unknown[]): Promise<{ path: string } | null> {
    const [file] = parse(SaveFileArgs, args);
    const documents = startFolder();
    const chosen = await deps.dialogs.showSaveDialog(sender, {
      defaultPath: documents ? path.join(documents, file.fileName) : file.fileName,
      filters: saveFilter(file.fileName),
      // Linux asks before replacing a file only when told to; macOS and Windows always ask.
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (chosen.canceled || !chosen.filePath) return null;
    const target = path.resolve(chosen.filePath);
    writeFileAtomic(target, file.content);
    written.add(target);
    return { path: target };
  }

  async function saveFolder(sender: Sender, args: unknown[]): Promise<{ path: string } | null> {
    const [folderName, files] = parse(SaveFolderArgs, args);
    const documents = startFolder();
    const chosen = await deps.dialogs.showOpenDialog(sender, {
      title: `Choose where to save “${folderName}”`,
      buttonLabel: 'Save Here',
      ...(documents ? { defaultPath: documents } : {}),
      properties: ['openDirectory', 'createDirectory'],
    });
    const parent = firstChoice(chosen);
    if (!parent) return null;
    const folder = createFreshFolder(parent, folderName);
    try {
      writeFolder(folder, files);
    } catch (error) {
      // The folder is the one just made, so removing it takes nothing the user had.
      fs.rmSync(folder, { recursive: true, force: true });
      throw error;
    }
    written.add(folder);
    return { path: folder };
  }

  async function openFile(sender: Sender, args: unknown[]): Promise<PickedFile | null> {
    parse(NoArgs, args);
    const documents = startFolder();
    const chosen = await deps.dialogs.showOpenDialog(sender, {
      ...(documents ? { defaultPath: documents } : {}),
      properties: ['openFile'],
      filters: OPEN_FILE_FILTERS,
    });
    const file = firstChoice(chosen);
    if (!file) return null;
    return { fileName: path.basename(file), data: readImportFile(file).toString('base64') };
  }

  async function openFolder(sender: Sender, args: unknown[]): Promise<PickedFolder | null> {
    parse(NoArgs, args);
    const documents = startFolder();
    const chosen = await deps.dialogs.showOpenDialog(sender, {
      ...(documents ? { defaultPath: documents } : {}),
      properties: ['openDirectory'],
    });
    const folder = firstChoice(chosen);
    if (!folder) return null;
    checkFolderSize(folder, limits);
    return { fileName: path.basename(folder), folder: readFolder(folder) };
  }

  function showInFolder(args: unknown[]): null {
    const [target] = parse(ShowInFolderArgs, args);
    // Exact matches only, and the same answer whether or not the path exists.
    if (!path.isAbsolute(target) || !written.has(path.resolve(target))) {
      throw new ChronicleError('forbidden', 'Chronicle shows only files and folders it saved since it was opened.');
    }
    deps.showItemInFolder(path.resolve(target));
    return null;
  }

  async function savePdf(sender: Sender, args: unknown[]): Promise<{ path: string } | null> {
    const [request] = parse(SavePdfArgs, args);
    if (!deps.printPdf) throw new ChronicleError('invalid_input', 'This window cannot print to PDF.');
    const documents = startFolder();
    const chosen = await deps.dialogs.showSaveDialog(sender, {
      defaultPath: documents ? path.join(documents, request.fileName) : request.fileName,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (chosen.canceled || !chosen.filePath) return null;
    const target = path.resolve(chosen.filePath);
    writeFileAtomic(target, await deps.printPdf(request.route, request.paper));
    written.add(target);
    return { path: target };
  }

  /**
   * Only the path of a folder the user chose in the dialog: nothing is read, so the page learns no
   * more than the person typed into the field would tell it.
   */
  async function chooseFolder(sender: Sender, args: unknown[]): Promise<{ path: string } | null> {
    const [purpose] = parse(ChooseFolderArgs, args);
    const documents = startFolder();
    const chosen = await deps.dialogs.showOpenDialog(sender, {
      ...FOLDER_PURPOSES[purpose],
      ...(documents ? { defaultPath: documents } : {}),
      properties: purpose === 'backups' ? ['openDirectory', 'createDirectory'] : ['openDirectory'],
    });
    const folder = firstChoice(chosen);
    return folder ? { path: folder } : null;
  }

  async function run(operation: FileOperation, sender: Sender, args: unknown[]): Promise<unknown> {
    switch (operation) {
      case 'saveFile':
        return saveFile(sender, args);
      case 'saveFolder':
        return saveFolder(sender, args);
      case 'openFile':
        return openFile(sender, args);
      case 'openFolder':
        return openFolder(sender, args);
      case 'showInFolder':
        return showInFolder(args);
      case 'savePdf':
        return savePdf(sender, args);
      case 'chooseFolder':
        return chooseFolder(sender, args);
      case 'restoreBackup': {
        const [name] = parse(RestoreBackupArgs, args);
        if (!deps.restoreBackup) throw new ChronicleError('invalid_input', 'This window cannot restore a backup.');
        return deps.restoreBackup(name);
      }
    }
  }

  return async (event, operation, ...args) => {
    if (!isTrustedSender(event.senderFrame, deps.trustedOrigins)) {
      return failure('forbidden', 'This page is not allowed to use Chronicle’s file dialogs.');
    }
    if (!isFileOperation(operation)) return failure('unknown_method', 'There is no such file operation.');
    try {
      return { ok: true, value: await run(operation, event.sender, args) };
    } catch (error) {
      return { ok: false, error: describeFailure(operation, error, deps.log) };
    }
  };
}

/** Electron's dialogs, parented to the sender's window so they are sheets/modal over it. */
export function electronDialogs(
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>,
  windows: { fromWebContents(contents: WebContents): BrowserWindow | null },
): Dialogs<WebContents> {
  return {
    showSaveDialog(sender, options) {
      const owner = windows.fromWebContents(sender);
      return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
    },
    showOpenDialog(sender, options) {
      const owner = windows.fromWebContents(sender);
      return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
    },
  };
}

/** Registers the handler on the files channel; returns the function that removes it. */
export function registerFilesHandler(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, handler: FilesHandler<WebContents>): () => void {
  ipcMain.handle(FILES_CHANNEL, (event, operation: unknown, ...args: unknown[]) => handler(event, operation, ...args));
  return () => ipcMain.removeHandler(FILES_CHANNEL);
}
