import type { RpcResult } from '../../shared/api/errors';
import type { ReminderCheck } from '../../shared/domain/model';
import { type DueReminder, MAX_SLEEP_MS, planReminder, type ReminderPlan } from './reminderPlan';

/**
 * How long a recheck waits. Backend 'changed' events come in bursts (autosave, imports, the CLI);
 * waiting a moment turns a burst into one check, and never runs a check inside the write that
 * caused it.
 */
export const RECHECK_DELAY_MS = 1_000;

export interface ReminderSchedulerDeps {
  /** 'reminders.check' on the backend. */
  check(): RpcResult<ReminderCheck> | Promise<RpcResult<ReminderCheck>>;
  /** 'reminders.shown' on the backend; answers with the next check. */
  markShown(): RpcResult<ReminderCheck> | Promise<RpcResult<ReminderCheck>>;
  /**
   * Tells the user. Returns false when nobody could be told right now (no notifications on this
   * system and the window is not in front): the reminder stays owed and is offered again later.
   */
  present(reminder: DueReminder): boolean;
  now(): Date;
  log(message: string, detail?: unknown): void;
}

export interface ReminderScheduler {
  /** Look again shortly: settings changed, the machine woke up, the window came forward. */
  recheck(): void;
  stop(): void;
}

/**
 * Runs the weekly reminder: asks the backend, sleeps as the plan says, shows the reminder when due
 * and records it at once, so it is shown once per week however often the app starts. The first
 * check runs shortly after start.
 */
export function startReminderScheduler(deps: ReminderSchedulerDeps): ReminderScheduler {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the pending timer fires, on the timer clock (Date.now), not the backend's clock. */
  let wakeAt = 0;
  let stopped = false;

  function wakeIn(ms: number): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = stopped ? undefined : setTimeout(() => void tick(), ms);
    wakeAt = Date.now() + ms;
  }

  function planFrom(result: RpcResult<ReminderCheck>): ReminderPlan {
    if (result.ok) return planReminder(result.value, deps.now());
    deps.log('Could not check the weekly reminder; trying again later.', result.error);
    return { action: 'sleep', ms: MAX_SLEEP_MS };
  }

  // The backend answers from its own process, so a check takes a moment: while one runs, a recheck
  // only moves the next wake-up, and a stop lets the running one end without scheduling anything.
  async function tick(): Promise<void> {
    timer = undefined;
    try {
      const plan = planFrom(await deps.check());
      if (stopped) return;
      if (plan.action === 'sleep') return wakeIn(plan.ms);
      if (!deps.present({ weekStart: plan.weekStart, missed: plan.missed })) return wakeIn(MAX_SLEEP_MS);
      const next = planFrom(await deps.markShown());
      if (stopped) return;
      // Still due right after being recorded as shown means recording failed: never repeat at once.
      wakeIn(next.action === 'sleep' ? next.ms : MAX_SLEEP_MS);
    } catch (error) {
      deps.log('The weekly reminder failed; trying again later.', error);
      wakeIn(MAX_SLEEP_MS);
    }
  }

  wakeIn(RECHECK_DELAY_MS);
  return {
    recheck() {
      // A steady stream of changes must not keep pushing the check back.
      if (timer === undefined || wakeAt > Date.now() + RECHECK_DELAY_MS) wakeIn(RECHECK_DELAY_MS);
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
