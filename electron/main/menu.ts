import type { MenuItemConstructorOptions } from 'electron';

/**
 * Commands the menu asks the renderer to carry out. They are pushed on the event channel as
 * `{ type: 'menu', command }`; the renderer runs the same action as its keyboard shortcut.
 */
export type MenuCommand = 'entry.new' | 'search.open';
export interface MenuEvent {
  type: 'menu';
  command: MenuCommand;
}

export interface MenuActions {
  /** Tells the focused window's renderer to run a command. */
  sendCommand(command: MenuCommand): void;
  /** Opens a web page in the user's browser (through the external-link allowlist). */
  openExternal(url: string): void;
  /** Shows the journal file in the file manager: the user owns their data and should find it. */
  showJournalFile(): void;
}

export const BRAG_DOCUMENT_GUIDE_URL = 'https://jvns.ca/blog/brag-documents/';

/**
 * The application menu, with each platform's standard roles so Cut/Copy/Paste, Undo, zoom,
 * full screen, Hide and Quit behave as the OS's users expect.
 *
 * The renderer owns its shortcuts (Ctrl/Cmd+N, Ctrl/Cmd+K) and calls preventDefault on them.
 * The menu shows those accelerators so they can be discovered, but does not register them on
 * Windows and Linux (`registerAccelerator: false`), where the menu would otherwise take the key
 * before the page sees it; on macOS the page gets the key first. Clicking the item sends the
 * command instead.
 */
export function menuTemplate(options: {
  platform: NodeJS.Platform;
  appName: string;
  isDevelopment: boolean;
  actions: MenuActions;
}): MenuItemConstructorOptions[] {
  const { actions } = options;
  const isMac = options.platform === 'darwin';
  const shownOnly = { registerAccelerator: false } as const;

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Entry', accelerator: 'CmdOrCtrl+N', ...shownOnly, click: () => actions.sendCommand('entry.new') },
      { type: 'separator' },
      { label: 'Show Journal File', click: () => actions.showJournalFile() },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { label: 'Search…', accelerator: 'CmdOrCtrl+K', ...shownOnly, click: () => actions.sendCommand('search.open') },
      { type: 'separator' },
      ...(options.isDevelopment
        ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const)
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ label: 'What Is a Brag Document?', click: () => actions.openExternal(BRAG_DOCUMENT_GUIDE_URL) }],
  };

  return [
    ...(isMac ? [{ label: options.appName, role: 'appMenu' } as const] : []),
    file,
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
    help,
  ];
}
