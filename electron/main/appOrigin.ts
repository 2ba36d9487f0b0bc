/**
 * Where the renderer comes from. In production it is served from our own privileged scheme,
 * `app://chronicle/…`, so it has a real origin (unlike file://, where every local file is
 * same-origin with every other) and the main process decides what each path returns.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'chronicle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` of a URL, or null when it has none (about:blank, data:, garbage).
 * Computed by hand because the WHATWG `URL.origin` is "null" for schemes it does not know,
 * such as our `app:`.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.host) return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

/** The origins whose pages may talk to the backend: ours, plus the dev server in development. */
export function trustedOrigins(devServerUrl: string | undefined): readonly string[] {
  const devOrigin = devServerUrl ? originOf(devServerUrl) : null;
  return devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN];
}

export function isTrustedUrl(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}

/** What the window loads: the electron-vite dev server when it runs, else our own scheme. */
export function rendererEntryUrl(devServerUrl: string | undefined): string {
  return devServerUrl ?? APP_ENTRY_URL;
}

/** The renderer route the quick-capture window shows; the renderer implements it. */
export const CAPTURE_ROUTE = '#/capture';

/** The same renderer entry, opened on the quick-capture route (any hash already there is replaced). */
export function captureEntryUrl(entryUrl: string): string {
  const hashAt = entryUrl.indexOf('#');
  return `${hashAt === -1 ? entryUrl : entryUrl.slice(0, hashAt)}${CAPTURE_ROUTE}`;
}

/** The dev server URL, honoured only in development: a packaged app never loads it. */
export function devServerUrlFrom(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  if (isPackaged) return undefined;
  const url = env.ELECTRON_RENDERER_URL;
  if (!url) return undefined;
  const origin = originOf(url);
  // Only a loopback http server: anything else in that variable is a mistake or an attack.
  return origin && /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(origin) ? url : undefined;
}
