import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, captureEntryUrl, CAPTURE_ROUTE, trustedOrigins } from '../../electron/main/appOrigin';
import {
  acceleratorLabel,
  createQuickCaptureShortcut,
  shortcutUnavailableNotification,
  type ShortcutRegistry,
} from '../../electron/main/quickCaptureShortcut';
import { isTrustedSender } from '../../electron/main/senderValidation';
import { captureWindowOptions, mainWindowOptions } from '../../electron/main/windowOptions';
import { DEFAULT_WINDOW_STATE } from '../../electron/main/windowState';

/** Stands in for globalShortcut: keys held by other apps, and text Electron cannot parse. */
class FakeRegistry implements ShortcutRegistry {
  readonly registered = new Map<string, () => void>();
  readonly takenByOtherApps = new Set<string>();
  readonly log: string[] = [];
  register(accelerator: string, callback: () => void): boolean {
    this.log.push(`register ${accelerator}`);
    if (!/^[A-Za-z]+(\+[A-Za-z0-9]+)+$/.test(accelerator)) throw new TypeError('conversion failure');
    if (this.takenByOtherApps.has(accelerator) || this.registered.has(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  }
  unregister(accelerator: string): void {
    this.log.push(`unregister ${accelerator}`);
    this.registered.delete(accelerator);
  }
}

function setup() {
  const registry = new FakeRegistry();
  const pressed: number[] = [];
  const unavailable: Array<[string, boolean]> = [];
  const shortcut = createQuickCaptureShortcut({
    registry,
    onPress: () => void pressed.push(1),
    onUnavailable: (accelerator, error) => void unavailable.push([accelerator, error !== undefined]),
  });
  return { registry, pressed, unavailable, shortcut };
}

const on = (accelerator: string) => ({ enabled: true, accelerator });
const off = (accelerator = 'CommandOrControl+Shift+J') => ({ enabled: false, accelerator });

describe('the quick capture shortcut', () => {
  it('is not registered while the setting is off (the default)', () => {
    const { registry, shortcut } = setup();
    expect(shortcut.apply(off())).toEqual({ state: 'off' });
    expect(registry.log).toEqual([]);
  });

  it('registers when turned on, and pressing it opens capture', () => {
    const { registry, pressed, shortcut } = setup();
    expect(shortcut.apply(on('CommandOrControl+Shift+J'))).toEqual({ state: 'registered', accelerator: 'CommandOrControl+Shift+J' });
    registry.registered.get('CommandOrControl+Shift+J')?.();
    expect(pressed).toHaveLength(1);
  });

  it('does nothing when re-applied unchanged (settings are re-read after every journal change)', () => {
    const { registry, shortcut } = setup();
    shortcut.apply(on('CommandOrControl+Shift+J'));
    shortcut.apply(on('CommandOrControl+Shift+J'));
    shortcut.apply(on('CommandOrControl+Shift+J'));
    expect(registry.log).toEqual(['register CommandOrControl+Shift+J']);
  });

  it('unregisters the old keys before registering new ones', () => {
    const { registry, shortcut } = setup();
    shortcut.apply(on('CommandOrControl+Shift+J'));
    shortcut.apply(on('Alt+Shift+N'));
    expect(registry.log).toEqual(['register CommandOrControl+Shift+J', 'unregister CommandOrControl+Shift+J', 'register Alt+Shift+N']);
    expect([...registry.registered.keys()]).toEqual(['Alt+Shift+N']);
  });

  it('unregisters when turned off, and on quit', () => {
    const { registry, shortcut } = setup();
    shortcut.apply(on('CommandOrControl+Shift+J'));
    shortcut.apply(off());
    expect(registry.registered.size).toBe(0);
    shortcut.apply(on('CommandOrControl+Shift+J'));
    shortcut.dispose();
    expect(registry.registered.size).toBe(0);
    expect(registry.log.at(-1)).toBe('unregister CommandOrControl+Shift+J');
  });

  it('reports keys taken by another app once, without retrying on every change', () => {
    const { registry, unavailable, shortcut } = setup();
    registry.takenByOtherApps.add('CommandOrControl+Shift+J');
    expect(shortcut.apply(on('CommandOrControl+Shift+J'))).toEqual({ state: 'unavailable', accelerator: 'CommandOrControl+Shift+J' });
    shortcut.apply(on('CommandOrControl+Shift+J'));
    expect(unavailable).toEqual([['CommandOrControl+Shift+J', false]]);
    expect(registry.log).toEqual(['register CommandOrControl+Shift+J']);
  });

  it('tries again when the user picks other keys, and recovers', () => {
    const { registry, unavailable, shortcut } = setup();
    registry.takenByOtherApps.add('CommandOrControl+Shift+J');
    shortcut.apply(on('CommandOrControl+Shift+J'));
    expect(shortcut.apply(on('CommandOrControl+Alt+J'))).toEqual({ state: 'registered', accelerator: 'CommandOrControl+Alt+J' });
    expect(unavailable).toHaveLength(1);
    // Never unregisters keys it does not hold (they belong to the other app).
    expect(registry.log).not.toContain('unregister CommandOrControl+Shift+J');
  });

  it('does not crash on text that is not a shortcut: it reports it instead', () => {
    const { unavailable, shortcut } = setup();
    expect(() => shortcut.apply(on('Shift+'))).not.toThrow();
    expect(unavailable).toEqual([['Shift+', true]]);
  });

  it('explains an unavailable shortcut in the user’s own key names, and clicking opens Settings', () => {
    let opened = 0;
    const mac = shortcutUnavailableNotification('CommandOrControl+Shift+J', { platform: 'darwin', openSettings: () => opened++ });
    const windows = shortcutUnavailableNotification('CommandOrControl+Alt+J', { platform: 'win32', openSettings: () => opened++ });
    expect(mac.body).toContain('Cmd+Shift+J');
    expect(windows.body).toContain('Ctrl+Alt+J');
    expect(mac.body).toContain('Settings');
    mac.onClick();
    expect(opened).toBe(1);
    expect(acceleratorLabel('CmdOrCtrl+Option+K', 'darwin')).toBe('Cmd+Option+K');
  });
});

describe('the quick capture window', () => {
  const display = { x: 1920, y: 0, width: 2560, height: 1400 };
  const options = captureWindowOptions({
    preloadPath: '/app/out/preload/index.cjs',
    workArea: display,
    title: 'Quick Capture',
    backgroundColor: '#fff',
  });

  it('is small, fixed-size, above other apps and centred on the display with the pointer', () => {
    expect(options).toMatchObject({ width: 560, height: 420, resizable: false, alwaysOnTop: true, show: false });
    expect(options.x).toBe(1920 + (2560 - 560) / 2);
    expect(options.y).toBe((1400 - 420) / 2);
  });

  it('fits on a screen smaller than itself', () => {
    const tiny = captureWindowOptions({
      preloadPath: 'p',
      workArea: { x: 0, y: 0, width: 500, height: 300 },
      title: 't',
      backgroundColor: '#fff',
    });
    expect(tiny).toMatchObject({ x: 0, y: 0, width: 500, height: 300 });
  });

  it('is exactly as locked down as the main window, with the same preload', () => {
    const main = mainWindowOptions({
      preloadPath: '/app/out/preload/index.cjs',
      state: DEFAULT_WINDOW_STATE,
      title: 'Chronicle',
      backgroundColor: '#fff',
    });
    expect(options.webPreferences).toEqual(main.webPreferences);
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(options.webPreferences).not.toHaveProperty('webSecurity');
  });

  it('loads the same renderer entry on the capture route', () => {
    expect(CAPTURE_ROUTE).toBe('#/capture');
    expect(captureEntryUrl(APP_ENTRY_URL)).toBe('app://chronicle/index.html#/capture');
    expect(captureEntryUrl('http://localhost:5173/')).toBe('http://localhost:5173/#/capture');
    expect(captureEntryUrl('http://localhost:5173/#/journal')).toBe('http://localhost:5173/#/capture');
  });

  it('may call the backend: its page is one of ours, in the top frame', () => {
    for (const entry of [APP_ENTRY_URL, 'http://localhost:5173/']) {
      const origins = trustedOrigins(entry.startsWith('http') ? entry : undefined);
      expect(isTrustedSender({ url: captureEntryUrl(entry), parent: null }, origins)).toBe(true);
      expect(isTrustedSender({ url: captureEntryUrl(entry), parent: {} }, origins)).toBe(false);
    }
  });
});
