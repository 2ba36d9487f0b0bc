import type { Session } from 'electron';
import { isTrustedUrl } from './appOrigin';

/**
 * The only permission the app uses: writing text to the clipboard ("Copy" on résumé bullets and
 * exports). Chromium still requires a user gesture for it, and reading the clipboard stays denied.
 */
const GRANTED_TO_APP: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/**
 * Camera, microphone, location, notifications from web APIs, USB, HID, serial… a journal needs
 * none of them, so they are denied without asking the user. `origin` is the requesting page's.
 */
export function isPermissionGranted(permission: string, origin: string, trustedOrigins: readonly string[]): boolean {
  return GRANTED_TO_APP.has(permission) && isTrustedUrl(origin, trustedOrigins);
}

/** Answers a permission request (the page asked, e.g. getUserMedia). */
export function permissionRequestHandler(trustedOrigins: readonly string[]) {
  return (
    contents: { getURL(): string },
    permission: string,
    callback: (granted: boolean) => void,
    details: { requestingUrl?: string },
  ): void => {
    // The requesting frame's URL, or the page's when the request has none.
    callback(isPermissionGranted(permission, details.requestingUrl || contents.getURL(), trustedOrigins));
  };
}

/** Answers a permission check (the page asked whether it has a permission, without prompting). */
export function permissionCheckHandler(trustedOrigins: readonly string[]) {
  return (_contents: unknown, permission: string, requestingOrigin: string): boolean =>
    isPermissionGranted(permission, requestingOrigin, trustedOrigins);
}

type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>;

export function denyPermissions(session: PermissionSession, trustedOrigins: readonly string[]): void {
  session.setPermissionRequestHandler(permissionRequestHandler(trustedOrigins));
  session.setPermissionCheckHandler(permissionCheckHandler(trustedOrigins));
  // USB, HID, serial and Bluetooth devices: never.
  session.setDevicePermissionHandler(() => false);
}
