/** Longer than any link a person pastes into a journal; longer ones are usually payloads. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * The one place that decides whether a URL may leave the app for the user's browser.
 * Only plain web links: http(s), no user:password@ (a classic way to disguise the real host),
 * nothing absurdly long. Returns the normalised URL to open, or null to refuse.
 */
export function safeExternalUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.hostname === '') return null;
  return parsed.href;
}

/**
 * Opens a link in the user's browser if `safeExternalUrl` allows it. `open` is Electron's
 * `shell.openExternal`, passed in so this stays testable without Electron.
 */
export function openExternalSafely(url: unknown, open: (url: string) => Promise<void>): boolean {
  const safe = safeExternalUrl(url);
  if (safe === null) return false;
  open(safe).catch((error: unknown) => console.error('Could not open the link in a browser:', error));
  return true;
}
