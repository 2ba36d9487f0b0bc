import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { AppCommand } from '../../shared/api/contract';
import { BRAG_DOCUMENT_GUIDE_URL, menuTemplate } from '../../electron/main/menu';

function build(platform: NodeJS.Platform, isDevelopment = false) {
  const sent: AppCommand[] = [];
  const opened: string[] = [];
  let shown = 0;
  const template = menuTemplate({
    platform,
    appName: 'Chronicle',
    isDevelopment,
    actions: { sendCommand: (c) => sent.push(c), openExternal: (u) => opened.push(u), showJournalFile: () => shown++ },
  });
  return { template, sent, opened, shown: () => shown };
}

function items(menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error('not clickable');
  (item.click as () => void)();
}

describe('the application menu', () => {
  it('has the macOS app menu first, then File, Edit, View, Window, Help', () => {
    const { template } = build('darwin');
    expect(template.map((item) => item.role ?? item.label)).toEqual(['Chronicle', '&File', 'editMenu', '&View', 'windowMenu', 'help']);
  });

  it('has no app menu elsewhere, and Quit in File', () => {
    const { template } = build('win32');
    expect(template.map((item) => item.role ?? item.label)).toEqual(['&File', 'editMenu', '&View', 'windowMenu', 'help']);
    expect(items(template).some((item) => item.role === 'quit')).toBe(true);
    expect(build('linux').template.map((item) => item.role ?? item.label)).toEqual(['&File', '&Edit', '&View', 'windowMenu', 'help']);
  });

  it('asks the page for a new entry and for search, showing shortcuts the page handles itself', () => {
    const { template, sent } = build('linux');
    const all = items(template);
    const newEntry = all.find((item) => item.label === 'New Entry');
    const search = all.find((item) => item.label === 'Search…');
    expect(newEntry).toMatchObject({ accelerator: 'CmdOrCtrl+N', registerAccelerator: false });
    expect(search).toMatchObject({ accelerator: 'CmdOrCtrl+K', registerAccelerator: false });
    click(newEntry);
    click(search);
    expect(sent).toEqual(['entry.new', 'search.open']);
  });

  it('opens this week, and quick capture in the app', () => {
    const { template, sent } = build('win32');
    const all = items(template);
    const week = all.find((item) => item.label === 'This Week');
    expect(week).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+Y', registerAccelerator: false });
    click(week);
    click(all.find((item) => item.label === 'Quick Capture…'));
    expect(sent).toEqual(['week.open', 'capture.open']);
  });

  it('opens export and import from the File menu', () => {
    const { template, sent } = build('linux');
    const item = items(template).find((i) => i.label === 'Export & Import…');
    expect(item).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+E', registerAccelerator: false });
    click(item);
    expect(sent).toEqual(['transfer.open']);
  });

  it('puts Settings where each platform keeps them, on Cmd/Ctrl+Comma', () => {
    const settingsIn = (platform: NodeJS.Platform) => {
      const { template, sent } = build(platform);
      const menu = template.find(
        (top) => Array.isArray(top.submenu) && top.submenu.some((item) => item.click && /^(Settings…|Preferences)$/.test(item.label ?? '')),
      );
      const item = items(template).find((entry) => /^(Settings…|Preferences)$/.test(entry.label ?? ''));
      expect(item).toMatchObject({ accelerator: 'CmdOrCtrl+,', registerAccelerator: false });
      click(item);
      expect(sent).toEqual(['settings.open']);
      return [menu?.label, item?.label];
    };
    expect(settingsIn('darwin')).toEqual(['Chronicle', 'Settings…']);
    expect(settingsIn('win32')).toEqual(['&File', 'Settings…']);
    expect(settingsIn('linux')).toEqual(['&Edit', 'Preferences']);
  });

  it('keeps the standard macOS app menu around Settings: About, Services, Hide, Quit', () => {
    const appMenu = build('darwin').template[0];
    const roles = Array.isArray(appMenu?.submenu) ? appMenu.submenu.map((item) => item.role).filter(Boolean) : [];
    expect(roles).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
  });

  it('keeps the standard editing commands in the Linux Edit menu', () => {
    const edit = build('linux').template.find((item) => item.label === '&Edit');
    const roles = Array.isArray(edit?.submenu) ? edit.submenu.map((item) => item.role).filter(Boolean) : [];
    expect(roles).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
  });

  it('opens the guide in the browser and shows the journal file', () => {
    const menu = build('linux');
    const all = items(menu.template);
    click(all.find((item) => item.label === 'What Is a Brag Document?'));
    click(all.find((item) => item.label === 'Show Journal File'));
    expect(menu.opened).toEqual([BRAG_DOCUMENT_GUIDE_URL]);
    expect(menu.shown()).toBe(1);
  });

  it('offers developer tools only in development', () => {
    expect(items(build('linux', false).template).some((item) => item.role === 'toggleDevTools')).toBe(false);
    expect(items(build('linux', true).template).some((item) => item.role === 'toggleDevTools')).toBe(true);
  });
});
