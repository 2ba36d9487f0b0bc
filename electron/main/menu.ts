import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/api/contract';

export interface MenuActions {
  /** Brings the main window forward and tells its renderer to run a command (`{ type: 'command', command }`). */
  sendCommand(command: AppCommand): void;
  /** Opens a web page in the user's browser (through the external-link allowlist). */
  openExternal(url: string): void;
  /** Shows the journal file in the file manager: the user owns their data and should find it. */
  showJournalFile(): void;
}

export const BRAG_DOCUMENT_GUIDE_URL = 'https://jvns.ca/blog/brag-documents/';

/**
 * The keys shown next to the menu items whose shortcut the renderer handles itself. The renderer
 * must bind the same keys (Cmd on macOS, Ctrl elsewhere), since the menu does not register them.
 */
export const COMMAND_ACCELERATORS: Readonly<Partial<Record<AppCommand, string>>> = {
  'entry.new': 'CmdOrCtrl+N',
  'search.open': 'CmdOrCtrl+K',
  // Not Shift+W: on macOS that closes windows in most apps.
  'week.open': 'CmdOrCtrl+Shift+Y',
  'settings.open': 'CmdOrCtrl+,',
  'capture.open': 'CmdOrCtrl+Shift+N',
  'transfer.open': 'CmdOrCtrl+Shift+E',
};

/**
 * The application menu, with each platform's standard roles so Cut/Copy/Paste, Undo, zoom,
 * full screen, Hide and Quit behave as the OS's users expect. Settings sit where each platform
 * puts them: "Settings…" in the app menu on macOS, "Settings…" in File on Windows, and
 * "Preferences" at the end of Edit on Linux (the GNOME and KDE habit).
 *
 * The renderer owns its shortcuts and calls preventDefault on them. The menu shows those
 * accelerators so they can be discovered, but does not register them (`registerAccelerator:
 * false`): on Windows and Linux the menu would otherwise take the key before the page sees it, and
 * one owner per key means a press never runs a command twice. Clicking the item sends the command.
 */
export function menuTemplate(options: {
  platform: NodeJS.Platform;
  appName: string;
  isDevelopment: boolean;
  actions: MenuActions;
}): MenuItemConstructorOptions[] {
  const { actions, platform } = options;
  const isMac = platform === 'darwin';
  const command = (label: string, name: AppCommand): MenuItemConstructorOptions => {
    const accelerator = COMMAND_ACCELERATORS[name];
    return {
      label,
      ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
      click: () => actions.sendCommand(name),
    };
  };
  const settings = command(platform === 'linux' ? 'Preferences' : 'Settings…', 'settings.open');

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      settings,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New Entry', 'entry.new'),
      command('Quick Capture…', 'capture.open'),
      { type: 'separator' },
      command('Export & Import…', 'transfer.open'),
      { label: 'Show Journal File', click: () => actions.showJournalFile() },
      { type: 'separator' },
      ...(platform === 'win32' ? [settings, { type: 'separator' } as const] : []),
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  // Linux: the standard Edit menu, spelled out so Preferences can close it.
  const edit: MenuItemConstructorOptions =
    platform === 'linux'
      ? {
          label: '&Edit',
          submenu: [
            { role: 'undo' },
            { role: 'redo' },
            { type: 'separator' },
            { role: 'cut' },
            { role: 'copy' },
            { role: 'paste' },
            { role: 'delete' },
            { type: 'separator' },
            { role: 'selectAll' },
            { type: 'separator' },
            settings,
          ],
        }
      : { role: 'editMenu' };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      command('This Week', 'week.open'),
      command('Search…', 'search.open'),
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

  return [...(isMac ? [appMenu] : []), file, edit, view, { role: 'windowMenu' }, help];
}
