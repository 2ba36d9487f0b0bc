import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Input, MethodName, Output } from '../../shared/api/contract';
import type { RpcResult } from '../../shared/api/errors';
import { type Backend, type BackendOptions, openBackend } from '../../electron/core/backend';

export interface TestJournal {
  backend: Backend;
  dir: string;
  databasePath: string;
  /** Calls through dispatch (validation included) and returns the value, or throws. */
  call<M extends MethodName>(method: M, input: Input<M>): Output<M>;
  /** Calls through dispatch and returns the raw result value, for error assertions. */
  attempt(method: unknown, input: unknown): RpcResult<unknown>;
  close(): void;
}

export function makeTempDir(prefix = 'chronicle-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A real journal file in a fresh temp folder, opened through the real backend. */
export function openTestJournal(options: Partial<BackendOptions> = {}): TestJournal {
  const dir = makeTempDir();
  const databasePath = options.databasePath ?? path.join(dir, 'journal.db');
  const backend = openBackend({ externalPollMs: 0, ...options, databasePath });
  return {
    backend,
    dir,
    databasePath,
    call(method, input) {
      const result = backend.dispatch(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
      return result.value as Output<typeof method>;
    },
    attempt: (method, input) => backend.dispatch(method, input),
    close() {
      backend.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Everything a write could have touched, to prove a rejected call wrote nothing. */
export function snapshot(journal: TestJournal): string {
  const db = journal.backend.db;
  const tables = ['entries', 'themes', 'entry_themes', 'settings', 'entries_fts'];
  return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()));
}
