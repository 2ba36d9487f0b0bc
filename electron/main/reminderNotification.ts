import type { NotificationRequest } from './notifications';
import { type DueReminder, reminderMessage } from './reminderPlan';

export const SNOOZE_MINUTES = 60;

/**
 * The weekly reminder as a notification. Clicking it opens the week. On macOS it also offers
 * "Snooze 1 hour" (notification buttons are a macOS habit; elsewhere the reminder simply waits
 * for next week once dismissed, which is the gentler default anyway).
 */
export function reminderNotification(
  reminder: DueReminder,
  options: { platform: NodeJS.Platform; openWeek: () => void; snooze: (minutes: number) => void },
): NotificationRequest {
  return {
    ...reminderMessage(reminder),
    onClick: options.openWeek,
    ...(options.platform === 'darwin' ? { actions: [{ text: 'Snooze 1 hour', run: () => options.snooze(SNOOZE_MINUTES) }] } : {}),
  };
}

export interface ReminderPresenter {
  notificationsSupported(): boolean;
  showNotification(request: NotificationRequest): void;
  /** Whether Chronicle's main window is the one in front. */
  isWindowFocused(): boolean;
  /** Opens the week in the main window (bringing it forward, creating it if closed). */
  openWeek(): void;
  snooze(minutes: number): void;
  platform: NodeJS.Platform;
}

/**
 * Tells the user the reminder is due, returning whether anyone was told. Without notifications
 * (some Linux desktops) the week is opened in the app only while the user is already in it:
 * Chronicle never pops its window over someone else's work.
 */
export function presentReminder(reminder: DueReminder, presenter: ReminderPresenter): boolean {
  if (presenter.notificationsSupported()) {
    presenter.showNotification(reminderNotification(reminder, presenter));
    return true;
  }
  if (!presenter.isWindowFocused()) return false;
  presenter.openWeek();
  return true;
}
