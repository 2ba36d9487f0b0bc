import { ChronicleError, type RpcResult } from '../../shared/api/errors';
import type { FileApi, FolderPurpose, PickedFile, PickedFolder, PreloadApi } from '../../shared/api/transport';

/** The backend refuses bigger imports; checking first spares reading and sending them. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** The backend's own words (shared/api/schemas.ts), so the limit reads the same wherever it is hit. */
export const TOO_LARGE_MESSAGE = 'Chronicle imports files up to 10 MB';

export type { PickedFile, PickedFolder };

/** Where a saved file ended up: a path on disk in the desktop app, the downloads in a browser. */
export type SavedFile = { where: 'disk'; path: string; name: string } | { where: 'downloads'; name: string };

/**
 * Where files go and come from. The desktop app has native dialogs and folders; a browser
 * downloads and uploads. Every method answers null when the person cancels, and throws a
 * ChronicleError (with the words to show) when something fails.
 */
export interface Files {
  /** True in the desktop app: folders can be written, and a saved file can be shown. */
  readonly desktop: boolean;
  saveFile(file: { fileName: string; content: string; mimeType: string }): Promise<SavedFile | null>;
  /** Desktop only: the caller offers the one-file archive instead where this is false. */
  readonly canSaveFolder: boolean;
  saveFolder(folderName: string, files: { path: string; content: string }[]): Promise<SavedFile | null>;
  openFile(): Promise<PickedFile | null>;
  openFolder(): Promise<PickedFolder | null>;
  /** Desktop only; absent in a browser, where the document's print page uses the print dialog. */
  showInFolder?: (path: string) => Promise<void>;
  /** Desktop only: a print page (`#/print?…`) printed to PDF and saved where the person chooses. */
  savePdf?: (request: { route: string; paper: 'a4' | 'letter'; fileName: string }) => Promise<SavedFile | null>;
  /** Desktop only: a folder's path from the native dialog; a browser cannot tell a page a path, so the field is typed. */
  chooseFolder?: (purpose: FolderPurpose) => Promise<string | null>;
  /** Desktop only: the app restores a backup and reopens; a browser's server cannot, so the CLI does it. */
  restoreBackup?: (backupName: string) => Promise<{ kept: string | null }>;
}

function unwrap<T>(result: RpcResult<T>): T {
  if (!result.ok) throw ChronicleError.from(result.error);
  return result.value;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

function nativeFiles(api: FileApi): Files {
  return {
    desktop: true,
    canSaveFolder: true,
    async saveFile(file) {
      const saved = unwrap(await api.saveFile({ fileName: file.fileName, content: file.content }));
      return saved && { where: 'disk', path: saved.path, name: baseName(saved.path) };
    },
    async saveFolder(folderName, files) {
      const saved = unwrap(await api.saveFolder(folderName, files));
      return saved && { where: 'disk', path: saved.path, name: baseName(saved.path) };
    },
    openFile: async () => unwrap(await api.openFile()),
    openFolder: async () => unwrap(await api.openFolder()),
    async showInFolder(path) {
      unwrap(await api.showInFolder(path));
    },
    async savePdf(request) {
      const saved = unwrap(await api.savePdf(request));
      return saved && { where: 'disk', path: saved.path, name: baseName(saved.path) };
    },
    async chooseFolder(purpose) {
      return unwrap(await api.chooseFolder(purpose))?.path ?? null;
    },
    restoreBackup: async (backupName) => unwrap(await api.restoreBackup(backupName)),
  };
}

/** Reads a file the person picked or dropped as base64, so the backend sees its real bytes and encoding. */
export async function readPickedFile(file: File): Promise<PickedFile> {
  if (file.size > MAX_IMPORT_BYTES) throw new ChronicleError('invalid_input', TOO_LARGE_MESSAGE, { size: file.size });
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(new ChronicleError('invalid_input', `Chronicle could not read ${file.name}.`));
    reader.readAsDataURL(file);
  });
  return { fileName: file.name, data: dataUrl.slice(dataUrl.indexOf(',') + 1) };
}

/** Files whose text a folder import reads: notes, and an archive's manifest. */
const TEXT_FILE = /\.(md|markdown|mdown|mkd|txt|ya?ml|json)$/i;

/** The files of a folder picked in a browser, with paths relative to the folder itself. */
async function readPickedFolder(list: FileList): Promise<PickedFolder | null> {
  const files = [...list];
  const first = files[0];
  if (!first) return null;
  const total = files.reduce((sum, f) => sum + (TEXT_FILE.test(f.name) ? f.size : 0), 0);
  if (total > MAX_IMPORT_BYTES * 5)
    throw new ChronicleError('invalid_input', 'That folder holds more than 50 MB of notes; Chronicle imports up to 50 MB at a time.');
  const folderName = first.webkitRelativePath.split('/')[0] || 'archive';
  const folder = await Promise.all(
    files.map(async (f) => ({
      path: f.webkitRelativePath.split('/').slice(1).join('/') || f.name,
      // A vault's pictures and PDFs are named (the preview says they were left out), not read.
      content: TEXT_FILE.test(f.name) ? await f.text() : '',
    })),
  );
  return { fileName: folderName, folder };
}

/**
 * Opens the browser's file chooser through a hidden input. The input stays in the page while the
 * chooser is open, so that the chooser belongs to the document (and tests can answer it).
 */
function chooseInBrowser<T>(configure: (input: HTMLInputElement) => void, read: (files: FileList) => Promise<T | null>): Promise<T | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.hidden = true;
    input.dataset.purpose = 'import';
    configure(input);
    const done = () => input.remove();
    input.addEventListener('change', () => {
      done();
      const files = input.files;
      if (!files || files.length === 0) return resolve(null);
      read(files).then(resolve, reject);
    });
    input.addEventListener('cancel', () => {
      done();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}

function browserFiles(): Files {
  return {
    desktop: false,
    canSaveFolder: false,
    saveFile(file) {
      const url = URL.createObjectURL(new Blob([file.content], { type: `${file.mimeType};charset=utf-8` }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.fileName;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      // The download has taken its copy once the click has been handled; revoking later would leak.
      setTimeout(() => URL.revokeObjectURL(url), 0);
      return Promise.resolve({ where: 'downloads', name: file.fileName });
    },
    saveFolder() {
      return Promise.reject(
        new ChronicleError(
          'invalid_input',
          'A browser cannot write a folder. Export the one-file Markdown archive instead: it holds the same.',
        ),
      );
    },
    openFile: () =>
      chooseInBrowser(
        (input) => (input.accept = '.md,.markdown,.txt,.json,.zip,text/markdown,text/plain,application/json,application/zip'),
        async (files) => (files[0] ? readPickedFile(files[0]) : null),
      ),
    openFolder: () =>
      chooseInBrowser((input) => {
        input.webkitdirectory = true;
      }, readPickedFolder),
  };
}

/** The desktop app's native dialogs when the preload offers them, else downloads and uploads. */
export function connectFiles(win: Window = window): Files {
  const preload = (win as Window & { chronicle?: Partial<PreloadApi> }).chronicle;
  return preload?.files ? nativeFiles(preload.files) : browserFiles();
}
