import type { BackendCaller } from './backendCalls';

/** `chronicle --smoke-test`: what CI launches to prove the real app starts, end to end. */
export const SMOKE_TEST_FLAG = '--smoke-test';
const TIMEOUT_MS = 90_000;

export interface SmokeTest {
  /** The main window's page said it listens for pushes (its preload and React are up). */
  rendererListening(): void;
  /** The page made a successful backend call through the contract. */
  rendererCalled(): void;
}

/**
 * Waits for the renderer to report ready (it listens, and it has called the backend through the
 * contract), then creates an entry through the backend host and reads it back, and quits 0; any
 * failure or a timeout quits 1 with one line saying what went wrong.
 */
export function createSmokeTest(deps: { backend: BackendCaller; log: (line: string) => void; exit: (code: number) => void }): SmokeTest {
  let listening = false;
  let called = false;
  let started = false;
  const timer = setTimeout(
    () =>
      finish(1, `the window did not report ready within ${TIMEOUT_MS / 1000} s (listening: ${listening}, called the backend: ${called})`),
    TIMEOUT_MS,
  );

  function finish(code: number, detail: string): void {
    clearTimeout(timer);
    deps.log(code === 0 ? `Smoke test passed: ${detail}` : `Smoke test failed: ${detail}`);
    deps.exit(code);
  }

  async function run(): Promise<void> {
    const title = `Smoke test entry ${new Date().toISOString()}`;
    const created = await deps.backend.call('entries.create', { date: new Date().toISOString().slice(0, 10), title });
    if (!created.ok) return finish(1, `creating an entry failed: ${created.error.message}`);
    const id = (created.value as { id: string }).id;
    const read = await deps.backend.call('entries.get', { id });
    if (!read.ok) return finish(1, `reading the entry back failed: ${read.error.message}`);
    if ((read.value as { title: string }).title !== title) return finish(1, 'the entry read back has another title');
    finish(0, `the window is ready and entry ${id} was saved and read back`);
  }

  function maybeRun(): void {
    if (started || !listening || !called) return;
    started = true;
    run().catch((error: unknown) => finish(1, error instanceof Error ? error.message : String(error)));
  }

  return {
    rendererListening() {
      listening = true;
      maybeRun();
    },
    rendererCalled() {
      called = true;
      maybeRun();
    },
  };
}
