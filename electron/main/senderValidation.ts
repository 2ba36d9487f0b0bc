import { isTrustedUrl } from './appOrigin';

/** The parts of Electron's WebFrameMain that say who sent an IPC message. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * A call may reach the backend only from the top frame of a page on one of our origins.
 * An embedded frame, a page that navigated elsewhere, or a frame already gone (null) is refused.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, trustedOrigins: readonly string[]): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isTrustedUrl(frame.url, trustedOrigins);
}
