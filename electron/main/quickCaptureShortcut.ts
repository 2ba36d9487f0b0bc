import type { Settings } from '../../shared/domain/model';
import type { NotificationRequest } from './notifications';

/** The parts of Electron's globalShortcut used here. */
export interface ShortcutRegistry {
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

export type QuickCaptureStatus =
  | { state: 'off' }
  | { state: 'registered'; accelerator: string }
  /** Another app holds the keys, or the text is not a shortcut Electron understands. */
  | { state: 'unavailable'; accelerator: string };

export interface QuickCaptureShortcut {
  /** Brings the registration in line with the setting; cheap when nothing changed. */
  apply(setting: Settings['quickCapture']): QuickCaptureStatus;
  /** Unregisters (on quit). */
  dispose(): void;
}

/**
 * The system-wide quick-capture shortcut. Settings are re-applied after every journal change, so
 * this remembers what it registered: an unchanged setting does nothing, a changed one unregisters
 * the old keys before registering the new. A shortcut that could not be registered is reported
 * once and not retried until the setting changes, so the user hears about it once, not per save.
 */
export function createQuickCaptureShortcut(deps: {
  registry: ShortcutRegistry;
  onPress: () => void;
  onUnavailable(accelerator: string, error?: unknown): void;
}): QuickCaptureShortcut {
  let status: QuickCaptureStatus = { state: 'off' };

  function release(): void {
    if (status.state === 'registered') deps.registry.unregister(status.accelerator);
    status = { state: 'off' };
  }

  return {
    apply(setting) {
      const wanted = setting.enabled ? setting.accelerator.trim() : null;
      if (wanted === null) {
        release();
        return status;
      }
      if (status.state !== 'off' && status.accelerator === wanted) return status;
      release();
      let registered = false;
      let failure: unknown;
      try {
        registered = deps.registry.register(wanted, deps.onPress);
      } catch (error) {
        // Electron throws on text it cannot parse as an accelerator.
        failure = error;
      }
      status = registered ? { state: 'registered', accelerator: wanted } : { state: 'unavailable', accelerator: wanted };
      if (!registered) deps.onUnavailable(wanted, failure);
      return status;
    },
    dispose: release,
  };
}

/** "CommandOrControl+Shift+J" as the user's keyboard says it: "Ctrl+Shift+J", or "Cmd+Shift+J" on a Mac. */
export function acceleratorLabel(accelerator: string, platform: NodeJS.Platform): string {
  const mac = platform === 'darwin';
  return accelerator
    .split('+')
    .map((key) => {
      const lower = key.toLowerCase();
      if (lower === 'commandorcontrol' || lower === 'cmdorctrl') return mac ? 'Cmd' : 'Ctrl';
      if (lower === 'command' || lower === 'cmd') return 'Cmd';
      if (lower === 'control') return 'Ctrl';
      if (lower === 'option' || lower === 'alt') return mac ? 'Option' : 'Alt';
      return key;
    })
    .join('+');
}

/** The one-time notice that the shortcut could not be set up; clicking it opens Settings. */
export function shortcutUnavailableNotification(
  accelerator: string,
  options: { platform: NodeJS.Platform; openSettings: () => void },
): NotificationRequest {
  return {
    title: 'Quick capture shortcut unavailable',
    body: `${acceleratorLabel(accelerator, options.platform)} is already used by another app, or is not a shortcut Chronicle can use. Choose a different one in Settings.`,
    onClick: options.openSettings,
  };
}
