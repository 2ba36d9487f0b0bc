import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReminderCheck } from '../../shared/domain/model';
import { type Backend, openBackend } from '../../electron/core/backend';
import { callBackend } from '../../electron/main/backendCalls';
import type { NotificationRequest } from '../../electron/main/notifications';
import { type DueReminder, MAX_SLEEP_MS, MIN_SLEEP_MS, planReminder, reminderMessage } from '../../electron/main/reminderPlan';
import { presentReminder, reminderNotification, type ReminderPresenter, SNOOZE_MINUTES } from '../../electron/main/reminderNotification';
import { RECHECK_DELAY_MS, type ReminderScheduler, startReminderScheduler } from '../../electron/main/reminderScheduler';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const now = new Date(2026, 4, 6, 12, 0); // a Wednesday, local time

describe('planning the weekly reminder', () => {
  it('notifies when the backend says it is due, passing on the week and whether it was missed', () => {
    expect(planReminder({ kind: 'due', weekStart: '2026-05-04', missed: false }, now)).toEqual({
      action: 'notify',
      weekStart: '2026-05-04',
      missed: false,
    });
    expect(planReminder({ kind: 'due', weekStart: '2026-04-27', missed: true }, now)).toMatchObject({ missed: true });
  });

  it('sleeps exactly until the reminder time when it is less than an hour away', () => {
    const until = new Date(now.getTime() + 10 * MINUTE).toISOString();
    expect(planReminder({ kind: 'wait', until }, now)).toEqual({ action: 'sleep', ms: 10 * MINUTE });
  });

  it('wakes at least hourly, so clock changes, sleep and settings edited elsewhere are noticed', () => {
    const until = new Date(now.getTime() + 2 * 24 * HOUR).toISOString();
    expect(planReminder({ kind: 'wait', until }, now)).toEqual({ action: 'sleep', ms: MAX_SLEEP_MS });
    expect(MAX_SLEEP_MS).toBe(HOUR);
  });

  it('keeps looking hourly while reminders are off, in case they are turned back on', () => {
    expect(planReminder({ kind: 'off' }, now)).toEqual({ action: 'sleep', ms: MAX_SLEEP_MS });
  });

  it('never spins: a wait that has already ended sleeps a moment before asking again', () => {
    expect(planReminder({ kind: 'wait', until: now.toISOString() }, now)).toEqual({ action: 'sleep', ms: MIN_SLEEP_MS });
    expect(planReminder({ kind: 'wait', until: new Date(now.getTime() - HOUR).toISOString() }, now)).toEqual({
      action: 'sleep',
      ms: MIN_SLEEP_MS,
    });
  });

  it('treats an unreadable wait time as "ask again in an hour"', () => {
    expect(planReminder({ kind: 'wait', until: 'not a time' }, now)).toEqual({ action: 'sleep', ms: MAX_SLEEP_MS });
  });

  it('always sleeps between a second and an hour, whatever the wait', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10 * 365 * 24 * HOUR, max: 10 * 365 * 24 * HOUR }), (offset) => {
        const plan = planReminder({ kind: 'wait', until: new Date(now.getTime() + offset).toISOString() }, now);
        return plan.action === 'sleep' && plan.ms >= MIN_SLEEP_MS && plan.ms <= MAX_SLEEP_MS;
      }),
    );
  });
});

describe('the reminder’s words', () => {
  it('asks about the week and names it', () => {
    const message = reminderMessage({ weekStart: '2026-05-04', missed: false });
    expect(message.title).toBe('What did you do this week?');
    expect(message.body).toContain('the week of May 4');
    expect(message.body).not.toContain('closed');
  });

  it('says when it was missed while Chronicle was closed', () => {
    const message = reminderMessage({ weekStart: '2026-04-27', missed: true });
    expect(message.body).toContain('while Chronicle was closed');
    expect(message.body).toContain('the week of April 27');
  });

  it('invites rather than nags', () => {
    for (const missed of [false, true]) {
      const { title, body } = reminderMessage({ weekStart: '2026-05-04', missed });
      expect(`${title} ${body}`).not.toMatch(/!|forgot|don['’]t forget|must|streak/i);
    }
  });
});

describe('showing the reminder', () => {
  const due: DueReminder = { weekStart: '2026-05-04', missed: false };

  function presenter(overrides: Partial<ReminderPresenter>) {
    const shown: NotificationRequest[] = [];
    const opened: string[] = [];
    const snoozed: number[] = [];
    const port: ReminderPresenter = {
      platform: 'darwin',
      notificationsSupported: () => true,
      showNotification: (request) => void shown.push(request),
      isWindowFocused: () => false,
      openWeek: () => void opened.push('week'),
      snooze: (minutes) => void snoozed.push(minutes),
      ...overrides,
    };
    return { port, shown, opened, snoozed };
  }

  it('opens the week when the notification is clicked', () => {
    const { port, shown, opened } = presenter({});
    expect(presentReminder(due, port)).toBe(true);
    expect(shown).toHaveLength(1);
    expect(opened).toEqual([]);
    shown[0]?.onClick();
    expect(opened).toEqual(['week']);
  });

  it('offers “Snooze 1 hour” on macOS, which snoozes for sixty minutes', () => {
    const snoozed: number[] = [];
    const request = reminderNotification(due, { platform: 'darwin', openWeek: () => {}, snooze: (m) => void snoozed.push(m) });
    expect(request.actions?.map((action) => action.text)).toEqual(['Snooze 1 hour']);
    request.actions?.[0]?.run();
    expect(snoozed).toEqual([SNOOZE_MINUTES]);
    expect(SNOOZE_MINUTES).toBe(60);
  });

  it('has no buttons on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(reminderNotification(due, { platform, openWeek: () => {}, snooze: () => {} }).actions).toBeUndefined();
    }
  });

  it('without notifications, opens the week in the app only while the user is in it', () => {
    const away = presenter({ notificationsSupported: () => false, isWindowFocused: () => false });
    expect(presentReminder(due, away.port)).toBe(false);
    expect(away.opened).toEqual([]);

    const here = presenter({ notificationsSupported: () => false, isWindowFocused: () => true });
    expect(presentReminder(due, here.port)).toBe(true);
    expect(here.opened).toEqual(['week']);
    expect(here.shown).toEqual([]);
  });
});

describe('the reminder scheduler, on a real journal', () => {
  // Monday 4 May 2026, 09:00 local; the default reminder is Friday 16:00, weeks start on Monday.
  const monday = new Date(2026, 4, 4, 9, 0);
  const fridayAtFour = new Date(2026, 4, 8, 16, 0);
  let folder: string;
  let backend: Backend;
  let scheduler: ReminderScheduler | undefined;
  let presented: DueReminder[];
  let canPresent: boolean;
  let logged: string[];

  function open(): Backend {
    // The backend and the scheduler share the fake clock, so time moves for both together.
    return openBackend({ databasePath: path.join(folder, 'chronicle.db'), externalPollMs: 0, now: () => new Date() });
  }

  function start(overrides: { check?: () => ReturnType<typeof callBackend<'reminders.check'>> } = {}): ReminderScheduler {
    const opened = backend;
    scheduler = startReminderScheduler({
      check: overrides.check ?? (() => callBackend(opened.dispatch, 'reminders.check', {})),
      markShown: () => callBackend(opened.dispatch, 'reminders.shown', {}),
      present: (reminder) => {
        if (canPresent) presented.push(reminder);
        return canPresent;
      },
      now: () => new Date(),
      log: (message) => void logged.push(message),
    });
    // As the app does: any change to the journal may be a settings change.
    opened.subscribe(() => scheduler?.recheck());
    return scheduler;
  }

  function check(): ReminderCheck {
    const result = callBackend(backend.dispatch, 'reminders.check', {});
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }

  async function advanceTo(instant: Date): Promise<void> {
    await vi.advanceTimersByTimeAsync(instant.getTime() - Date.now());
  }

  beforeEach(() => {
    vi.useFakeTimers({ now: monday });
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-reminders-'));
    backend = open();
    presented = [];
    canPresent = true;
    logged = [];
  });
  afterEach(() => {
    scheduler?.stop();
    scheduler = undefined;
    backend.close();
    vi.useRealTimers();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('shows the reminder once, at Friday 16:00, and then waits for next week', async () => {
    start();
    await advanceTo(new Date(fridayAtFour.getTime() - MINUTE));
    expect(presented).toEqual([]);
    await advanceTo(new Date(fridayAtFour.getTime() + MINUTE));
    expect(presented).toEqual([{ weekStart: '2026-05-04', missed: false }]);
    await advanceTo(new Date(2026, 4, 11, 9, 0));
    expect(presented).toHaveLength(1);
    expect(check()).toEqual({ kind: 'wait', until: new Date(2026, 4, 15, 16, 0).toISOString() });
  });

  it('does not remind about a week that already has an entry', async () => {
    start();
    await advanceTo(new Date(2026, 4, 6, 11, 0));
    expect(callBackend(backend.dispatch, 'entries.create', { date: '2026-05-06', title: 'Fixed the flaky deploy' }).ok).toBe(true);
    await advanceTo(new Date(2026, 4, 9, 12, 0));
    expect(presented).toEqual([]);
  });

  it('on start, shows a reminder that fell due while Chronicle was closed, saying it was missed', async () => {
    backend.close();
    vi.setSystemTime(new Date(2026, 4, 9, 10, 0)); // Saturday morning: Chronicle was closed on Friday
    backend = open();
    start();
    expect(presented).toEqual([]);
    await vi.advanceTimersByTimeAsync(RECHECK_DELAY_MS);
    expect(presented).toEqual([{ weekStart: '2026-05-04', missed: true }]);
  });

  it('is shown once however often Chronicle restarts', async () => {
    start();
    await advanceTo(new Date(fridayAtFour.getTime() + MINUTE));
    scheduler?.stop();
    backend.close();
    backend = open();
    start();
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(presented).toHaveLength(1);
  });

  it('picks up a changed reminder time without waiting for its old timer', async () => {
    start();
    await vi.advanceTimersByTimeAsync(RECHECK_DELAY_MS);
    // Monday 09:00: move the reminder to Monday 09:30.
    const updated = callBackend(backend.dispatch, 'settings.update', { reminder: { enabled: true, weekday: 1, time: '09:30' } });
    expect(updated.ok).toBe(true);
    await advanceTo(new Date(2026, 4, 4, 9, 30, 1));
    expect(presented).toEqual([{ weekStart: '2026-05-04', missed: false }]);
  });

  it('stays quiet once reminders are turned off', async () => {
    start();
    callBackend(backend.dispatch, 'settings.update', { reminder: { enabled: false, weekday: 5, time: '16:00' } });
    await advanceTo(new Date(2026, 4, 16, 12, 0));
    expect(presented).toEqual([]);
  });

  it('after the machine wakes from sleep past the reminder, shows it within seconds, as missed', async () => {
    start();
    await advanceTo(new Date(2026, 4, 8, 15, 0));
    // The machine slept from 15:00 to 17:30: timers did not run, the clock jumped.
    vi.setSystemTime(new Date(2026, 4, 8, 17, 30));
    scheduler?.recheck(); // powerMonitor 'resume'
    await vi.advanceTimersByTimeAsync(RECHECK_DELAY_MS);
    expect(presented).toEqual([{ weekStart: '2026-05-04', missed: true }]);
  });

  it('comes back once, an hour after being snoozed', async () => {
    start();
    await advanceTo(new Date(fridayAtFour.getTime() + MINUTE));
    expect(presented).toHaveLength(1);
    expect(callBackend(backend.dispatch, 'reminders.snooze', { minutes: 60 }).ok).toBe(true);
    await vi.advanceTimersByTimeAsync(59 * MINUTE);
    expect(presented).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2 * MINUTE);
    expect(presented).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(5 * HOUR);
    expect(presented).toHaveLength(2);
  });

  it('keeps a reminder nobody could be shown, and shows it when someone can', async () => {
    canPresent = false;
    start();
    await advanceTo(new Date(fridayAtFour.getTime() + MINUTE));
    expect(check()).toMatchObject({ kind: 'due' });
    canPresent = true;
    scheduler?.recheck(); // the window came to the front
    await vi.advanceTimersByTimeAsync(RECHECK_DELAY_MS);
    expect(presented).toEqual([{ weekStart: '2026-05-04', missed: false }]);
    expect(check()).toMatchObject({ kind: 'wait' });
  });

  it('survives a failing backend: it logs and tries again within the hour', async () => {
    let failing = true;
    start({
      check: () =>
        failing
          ? { ok: false, error: { code: 'internal', message: 'disk on fire' } }
          : callBackend(backend.dispatch, 'reminders.check', {}),
    });
    await advanceTo(new Date(fridayAtFour.getTime() + MINUTE));
    expect(presented).toEqual([]);
    expect(logged.length).toBeGreaterThan(0);
    failing = false;
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(presented).toHaveLength(1);
  });

  it('a burst of journal changes does not keep postponing the check', async () => {
    start();
    await advanceTo(new Date(fridayAtFour.getTime() - 10_000));
    for (let i = 0; i < 30; i++) {
      scheduler?.recheck();
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(presented).toHaveLength(1);
  });

  it('stops: no timer is left behind and nothing is shown after quitting', async () => {
    start().stop();
    expect(vi.getTimerCount()).toBe(0);
    await advanceTo(new Date(fridayAtFour.getTime() + HOUR));
    expect(presented).toEqual([]);
  });
});
