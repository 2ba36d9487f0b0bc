import type { MethodName, PushEvent } from './contract';
import type { RpcResult } from './errors';

/** A file chosen for import: its name and its bytes, base64-encoded (the backend decodes). */
export interface PickedFile {
  fileName: string;
  data: string;
}

/** A folder chosen for import (a Chronicle archive exported as a folder). */
export interface PickedFolder {
  fileName: string;
  folder: { path: string; content: string }[];
}

/**
 * Files on the user's disk, through the desktop shell's native dialogs. Only Electron has it;
 * in a browser the renderer downloads and uploads instead. Each call answers null when the user
 * cancels, and an error value (never a throw) when something fails.
 */
export interface FileApi {
  /** Asks where to save and writes the file atomically. */
  saveFile(file: { fileName: string; content: string }): Promise<RpcResult<{ path: string } | null>>;
  /** Asks for a folder and writes the files into a new folder named `folderName` inside it. */
  saveFolder(folderName: string, files: { path: string; content: string }[]): Promise<RpcResult<{ path: string } | null>>;
  /** Asks for a file to import. Files over the import limit are refused before being read. */
  openFile(): Promise<RpcResult<PickedFile | null>>;
  /** Asks for a folder to import (an archive exported as a folder). */
  openFolder(): Promise<RpcResult<PickedFolder | null>>;
  /** Shows in the file manager a file or folder that Chronicle itself wrote in this session. */
  showInFolder(path: string): Promise<RpcResult<null>>;
  /** Prints one of the app's print pages (`#/print?…`) to PDF in a hidden window and asks where to save it. */
  savePdf(request: { route: string; paper: 'a4' | 'letter'; fileName: string }): Promise<RpcResult<{ path: string } | null>>;
  /** Asks for a folder (a repository to read, where backups go) and answers its path; reads nothing. */
  chooseFolder(purpose: FolderPurpose): Promise<RpcResult<{ path: string } | null>>;
  /**
   * Replaces the journal with the backup of that name in the backup folder, keeping the journal as
   * it was beside it (`kept`), and reopens it; every window is then told to read again.
   */
  restoreBackup(backupName: string): Promise<RpcResult<{ kept: string | null }>>;
}

/** What a folder is chosen for: the dialog's words depend on it. */
export type FolderPurpose = 'repository' | 'backups';

/** The one object the Electron preload puts on `window.chronicle`. */
export interface PreloadApi {
  invoke(method: MethodName, input: unknown): Promise<RpcResult<unknown>>;
  /** Subscribes to pushes (backend changes, shell commands); returns the unsubscribe function. */
  onEvent(listener: (event: PushEvent) => void): () => void;
  /** Native file dialogs (desktop app only). */
  files: FileApi;
}

/** The IPC channel for calls, and the one for pushed events. */
export const INVOKE_CHANNEL = 'chronicle:invoke';
export const EVENT_CHANNEL = 'chronicle:event';
/** The IPC channel for FileApi calls: (operation, ...arguments). */
export const FILES_CHANNEL = 'chronicle:files';
/** Sent once by a page's preload when the page is ready for pushed commands. */
export const LISTENING_CHANNEL = 'chronicle:listening';

/** HTTP paths of the loopback bridge. */
export const RPC_PATH = '/rpc/';
export const EVENTS_PATH = '/events';
