/**
 * Which link addresses an entry may hold. Links leave the app through the OS browser or mail
 * client, so only web and mail addresses are accepted; anything else (javascript:, file:, data:)
 * is refused before it reaches the document.
 */

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function isAllowedLinkUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return ALLOWED_PROTOCOLS.has(parsed.protocol) && (parsed.protocol === 'mailto:' || parsed.hostname !== '');
  } catch {
    return false; // Not a URL at all, which is a plain "no".
  }
}

/**
 * Turns what the user typed into a link address, or null when it cannot be one.
 * A bare domain ("example.com/page") gets https://, a bare e-mail address gets mailto:.
 */
export function normaliseLinkUrl(typed: string): string | null {
  const trimmed = typed.trim();
  if (trimmed === '' || /\s/.test(trimmed)) {
    return null;
  }
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed);
  let candidate = trimmed;
  if (!hasScheme) {
    candidate = /^[^@/]+@[^@/]+\.[^@/]+$/.test(trimmed) ? `mailto:${trimmed}` : `https://${trimmed}`;
  }
  return isAllowedLinkUrl(candidate) ? candidate : null;
}
