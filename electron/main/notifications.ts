import { Notification } from 'electron';

/** A desktop notification as the app describes it: words, and what clicking it (or a button) does. */
export interface NotificationRequest {
  title: string;
  body: string;
  onClick(): void;
  /** Buttons, shown where the platform supports them (the caller decides; see reminderNotification). */
  actions?: ReadonlyArray<{ text: string; run(): void }>;
}

export function notificationsSupported(): boolean {
  return Notification.isSupported();
}

/**
 * Notifications on screen. Each is held until it is clicked or closed: one that is garbage
 * collected while still showing loses its click handler (macOS), and the click then does nothing.
 */
const showing = new Set<Notification>();

/** Shows a notification; what the user does with it runs the request's handlers. */
export function showNotification(request: NotificationRequest, log: (message: string, detail?: unknown) => void): void {
  const notification = new Notification({
    title: request.title,
    body: request.body,
    ...(request.actions?.length ? { actions: request.actions.map(({ text }) => ({ type: 'button' as const, text })) } : {}),
  });
  showing.add(notification);
  const settle = () => showing.delete(notification);
  notification.on('click', () => {
    settle();
    request.onClick();
  });
  notification.on('action', (details) => {
    settle();
    request.actions?.[details.actionIndex]?.run();
  });
  notification.on('close', settle);
  notification.on('failed', (_event, error) => {
    settle();
    log('A notification could not be shown:', error);
  });
  notification.show();
}
