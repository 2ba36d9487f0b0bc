import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, devServerUrlFrom, originOf, rendererEntryUrl, trustedOrigins } from '../../electron/main/appOrigin';
import { contentSecurityPolicy } from '../../electron/main/contentSecurityPolicy';
import { MAX_EXTERNAL_URL_LENGTH, openExternalSafely, safeExternalUrl } from '../../electron/main/externalLinks';
import { decideNavigation, decideWindowOpen, guardWebContents } from '../../electron/main/navigationGuards';
import { isPermissionGranted, permissionCheckHandler, permissionRequestHandler } from '../../electron/main/permissions';
import { isTrustedSender } from '../../electron/main/senderValidation';
import { mainWindowOptions } from '../../electron/main/windowOptions';
import { DEFAULT_WINDOW_STATE } from '../../electron/main/windowState';

const DEV = 'http://localhost:5173/';
const origins = trustedOrigins(DEV);

describe('the main window', () => {
  const options = mainWindowOptions({
    preloadPath: '/app/out/preload/index.cjs',
    state: { x: 10, y: 20, width: 1000, height: 700, maximized: false },
    title: 'Chronicle',
    backgroundColor: '#fff',
  });

  it('isolates the page from Node and sandboxes it', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
    });
  });

  it('leaves web security at its default and loads the CommonJS preload', () => {
    expect(options.webPreferences).not.toHaveProperty('webSecurity');
    expect(options.webPreferences).not.toHaveProperty('allowRunningInsecureContent');
    expect(options.webPreferences?.preload).toBe('/app/out/preload/index.cjs');
  });

  it('opens where it was last left, hidden until its first paint', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, show: false });
  });

  it('lets the OS place it when there is no remembered position', () => {
    const centred = mainWindowOptions({ preloadPath: 'p', state: DEFAULT_WINDOW_STATE, title: 'Chronicle', backgroundColor: '#fff' });
    expect(centred).not.toHaveProperty('x');
    expect(centred).not.toHaveProperty('y');
  });
});

describe('the content security policy', () => {
  const csp = contentSecurityPolicy();
  const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));

  it('runs scripts only from the app itself, never eval or inline', () => {
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(directive('script-src')).not.toContain('unsafe-inline');
  });

  it('allows nothing by default and no network beyond the app', () => {
    expect(directive('default-src')).toBe("default-src 'none'");
    expect(directive('connect-src')).toBe("connect-src 'self'");
  });

  it('forbids plugins, base rewriting, forms and framing', () => {
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('base-uri')).toBe("base-uri 'none'");
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive('form-action')).toBe("form-action 'none'");
  });

  it('allows inline styles, which the editor uses', () => {
    expect(directive('style-src')).toBe("style-src 'self' 'unsafe-inline'");
  });
});

describe('links that leave the app', () => {
  it.each(['https://jvns.ca/blog/brag-documents/', 'http://example.com/a?b=c#d', 'HTTPS://EXAMPLE.COM'])('opens the web link %s', (url) =>
    expect(safeExternalUrl(url)).not.toBeNull(),
  );

  it.each([
    ['a local file', 'file:///etc/passwd'],
    ['script', 'javascript:alert(1)'],
    ['inline data', 'data:text/html,<script>alert(1)</script>'],
    ['another app’s scheme', 'slack://open'],
    ['a shell-ish scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['a Windows share', 'smb://server/share'],
    ['our own scheme', 'app://chronicle/index.html'],
    ['a URL with a password', 'https://user:secret@example.com/'],
    ['a URL with a user name', 'https://bank.example.com@evil.example/'],
    ['not a URL', 'not a url'],
    ['an empty string', ''],
  ])('refuses %s', (_what, url) => expect(safeExternalUrl(url)).toBeNull());

  it('refuses absurdly long links and anything that is not a string', () => {
    expect(safeExternalUrl(`https://example.com/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`)).toBeNull();
    expect(safeExternalUrl(42)).toBeNull();
    expect(safeExternalUrl(undefined)).toBeNull();
  });

  it('hands only allowed links to the browser', () => {
    const open = vi.fn(() => Promise.resolve());
    expect(openExternalSafely('https://example.com', open)).toBe(true);
    expect(openExternalSafely('file:///etc/passwd', open)).toBe(false);
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith('https://example.com/');
  });
});

describe('navigation', () => {
  it('never navigates the window; a web link goes to the browser instead', () => {
    expect(decideNavigation('https://example.com/')).toEqual({ action: 'open-externally', url: 'https://example.com/' });
    expect(decideNavigation('file:///home/me/secret.txt')).toEqual({ action: 'deny' });
    expect(decideNavigation('app://chronicle/other.html')).toEqual({ action: 'deny' });
    expect(decideWindowOpen('javascript:alert(1)')).toEqual({ action: 'deny' });
  });

  it('guards a webContents: blocks navigation, denies new windows and webviews', () => {
    const contents = new FakeWebContents();
    const opened: string[] = [];
    guardWebContents(contents, { trustedOrigins: origins, openExternal: (url) => opened.push(url) });

    const toFile = contents.fire('will-navigate', { url: 'file:///etc/passwd' });
    const toWeb = contents.fire('will-navigate', { url: 'https://example.com/' });
    const redirect = contents.fire('will-redirect', { url: 'https://evil.example/' });
    const frame = contents.fire('will-frame-navigate', { url: 'https://evil.example/', isMainFrame: false });
    const webview = contents.fire('will-attach-webview', {});
    expect([toFile, toWeb, redirect, frame, webview].every((event) => event.defaultPrevented)).toBe(true);

    expect(contents.openWindow('https://example.com/x')).toEqual({ action: 'deny' });
    expect(contents.openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.com/', 'https://example.com/x']);
  });

  it('stays on the app when a file is dropped on the window: the page reads it, the window never opens it', () => {
    // Chromium navigates to a dropped file the page did not take (file:///…/brag.md).
    const contents = new FakeWebContents();
    const opened: string[] = [];
    guardWebContents(contents, { trustedOrigins: origins, openExternal: (url) => opened.push(url) });
    for (const url of [
      'file:///home/me/Documents/brag.md',
      'file:///C:/Users/me/Documents/brag%20doc.json',
      'file://server/share/brag.md',
    ]) {
      expect(contents.fire('will-navigate', { url }).defaultPrevented, url).toBe(true);
      expect(decideNavigation(url)).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual([]);
  });

  it('lets the dev server redirect within itself', () => {
    const contents = new FakeWebContents();
    guardWebContents(contents, { trustedOrigins: origins, openExternal: () => {} });
    expect(contents.fire('will-redirect', { url: 'http://localhost:5173/index.html' }).defaultPrevented).toBe(false);
  });
});

describe('permissions', () => {
  it('denies every device and web permission', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'unknown']) {
      expect(isPermissionGranted(permission, APP_ORIGIN, origins)).toBe(false);
    }
  });

  it('allows writing to the clipboard only for the app’s own pages', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://chronicle/index.html', origins)).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://evil.example/', origins)).toBe(false);
  });

  it('answers permission requests and checks with no', () => {
    const request = permissionRequestHandler(origins);
    const answers: boolean[] = [];
    const page = { getURL: () => 'app://chronicle/index.html' };
    request(page, 'media', (granted) => answers.push(granted), { requestingUrl: 'app://chronicle/index.html' });
    request(page, 'geolocation', (granted) => answers.push(granted), {});
    request(page, 'clipboard-sanitized-write', (granted) => answers.push(granted), { requestingUrl: 'https://evil.example/' });
    expect(answers).toEqual([false, false, false]);
    expect(permissionCheckHandler(origins)(null, 'notifications', APP_ORIGIN)).toBe(false);
  });
});

describe('who may call the backend', () => {
  it('trusts the top frame of the app’s own pages', () => {
    expect(isTrustedSender({ url: 'app://chronicle/index.html', parent: null }, origins)).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5173/', parent: null }, origins)).toBe(true);
  });

  it('refuses subframes, other origins, files and vanished frames', () => {
    expect(isTrustedSender({ url: 'app://chronicle/index.html', parent: {} }, origins)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, origins)).toBe(false);
    expect(isTrustedSender({ url: 'file:///app/out/renderer/index.html', parent: null }, origins)).toBe(false);
    expect(isTrustedSender({ url: 'app://chronicle.evil/', parent: null }, origins)).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5174/', parent: null }, origins)).toBe(false);
    expect(isTrustedSender({ url: 'about:blank', parent: null }, origins)).toBe(false);
    expect(isTrustedSender(null, origins)).toBe(false);
  });

  it('does not trust the dev server in a packaged app', () => {
    expect(trustedOrigins(devServerUrlFrom({ ELECTRON_RENDERER_URL: DEV }, true))).toEqual([APP_ORIGIN]);
    expect(trustedOrigins(devServerUrlFrom({ ELECTRON_RENDERER_URL: DEV }, false))).toEqual([APP_ORIGIN, 'http://localhost:5173']);
  });

  it('ignores a dev server URL that is not on this machine', () => {
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://evil.example:5173/' }, false)).toBeUndefined();
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'file:///tmp/index.html' }, false)).toBeUndefined();
  });

  it('loads the app from its own scheme unless the dev server runs', () => {
    expect(rendererEntryUrl(undefined)).toBe('app://chronicle/index.html');
    expect(rendererEntryUrl(DEV)).toBe(DEV);
    expect(originOf('app://chronicle/a/b')).toBe(APP_ORIGIN);
  });
});

/** Just enough of a webContents to drive the guards: events and the window-open handler. */
class FakeWebContents extends EventEmitter {
  private windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' } | { action: 'allow' }): void {
    this.windowOpenHandler = handler;
  }

  openWindow(url: string) {
    if (!this.windowOpenHandler) throw new Error('no window open handler');
    return this.windowOpenHandler({ url });
  }

  fire(name: string, fields: Record<string, unknown>) {
    const event = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
      ...fields,
    };
    this.emit(name, event);
    return event;
  }
}
