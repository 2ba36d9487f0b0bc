import { isTrustedUrl } from './appOrigin';
import { safeExternalUrl } from './externalLinks';

/** What to do when a page tries to go somewhere: stay put, maybe handing a web link to the browser. */
export type NavigationDecision = { action: 'deny' } | { action: 'open-externally'; url: string };

/**
 * The app is a single page: it never navigates its window. A click on a web link (in an entry's
 * text, say) is what a person means as "open this", so it goes to their browser; everything else
 * (file:, javascript:, other apps' schemes, our own origin reloaded elsewhere) is simply refused.
 */
export function decideNavigation(url: string): NavigationDecision {
  const external = safeExternalUrl(url);
  return external === null ? { action: 'deny' } : { action: 'open-externally', url: external };
}

/** window.open and target=_blank never create a window; web links go to the browser. */
export function decideWindowOpen(url: string): NavigationDecision {
  return decideNavigation(url);
}

/** Redirects are allowed only while staying on our own origins (the dev server may redirect). */
export function isRedirectAllowed(url: string, trustedOrigins: readonly string[]): boolean {
  return isTrustedUrl(url, trustedOrigins);
}

interface Preventable {
  preventDefault(): void;
}

/** The parts of Electron's WebContents the guards use (so tests can drive them with a fake). */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: Preventable & { url: string }) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: Preventable & { url: string; isMainFrame: boolean }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Installs the navigation rules on a webContents. Called for every webContents the app creates
 * (from 'web-contents-created'), so no window, frame or webview escapes them.
 */
export function guardWebContents(
  contents: GuardedContents,
  options: { trustedOrigins: readonly string[]; openExternal: (url: string) => void },
): void {
  const follow = (decision: NavigationDecision) => {
    if (decision.action === 'open-externally') options.openExternal(decision.url);
  };
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    follow(decideNavigation(event.url));
  });
  contents.on('will-frame-navigate', (event) => {
    // Subframes: the app has none, and the CSP forbids them; refuse any that appear anyway.
    if (!event.isMainFrame && !isTrustedUrl(event.url, options.trustedOrigins)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isRedirectAllowed(event.url, options.trustedOrigins)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    follow(decideWindowOpen(url));
    return { action: 'deny' };
  });
}
