import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RpcResult } from '../../shared/api/errors';
import type { EntryPage } from '../../shared/domain/model';
import { openBackend } from '../../electron/core/backend';
import { checkJournalFile, restoreJournal } from '../../electron/core/backup';
import { defaultBackupFolder, makeBackup } from '../../electron/core/backups';
import type { BackendHost } from '../../electron/host/supervisor';
import { APP_ORIGIN, trustedOrigins } from '../../electron/main/appOrigin';
import { createFilesHandler } from '../../electron/main/fileDialogs';
import { restorableBackend, type RestoreDeps } from '../../electron/main/journalRestore';
import { makeTempDir } from './journal';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const undo of cleanup.splice(0).reverse()) undo();
});

/**
 * A backend host without a child process: the real backend on the real journal file, opened in
 * this process. What the main process does with hosts (close, reopen) is what is under test.
 */
function inProcessHost(databasePath: string, log: string[]): BackendHost {
  const backend = openBackend({ databasePath, externalPollMs: 0 });
  log.push('open');
  let open = true;
  cleanup.push(() => open && backend.close());
  return {
    opened: Promise.resolve(),
    call: (method, input) =>
      Promise.resolve(open ? backend.dispatch(method, input) : { ok: false, error: { code: 'internal', message: 'closed' } }),
    current: () => null,
    close: () => {
      log.push('close');
      open = false;
      backend.close();
      return Promise.resolve();
    },
  };
}

function value<T>(result: RpcResult<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function titles(host: BackendHost): Promise<string[]> {
  const page = value<EntryPage>(await host.call('entries.list', {}));
  return page.items.map((entry) => entry.title).sort();
}

async function create(host: BackendHost, title: string): Promise<void> {
  value(
    await host.call('entries.create', {
      date: '2026-03-04',
      datePrecision: 'day',
      dateEnd: null,
      title,
      body: 'Some words',
      section: 'projects',
      impact: '',
      themeIds: [],
      newThemes: [],
      kind: 'accomplishment',
      people: [],
      goalIds: [],
      starred: false,
      links: [],
    }),
  );
}

/** A journal with two entries and one backup of them, then a third entry made after the backup. */
async function journalWithBackup(overrides: Partial<RestoreDeps> = {}) {
  const dir = makeTempDir('chronicle-restore-');
  cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  const journalPath = path.join(dir, 'journal.db');
  const log: string[] = [];
  const first = inProcessHost(journalPath, log);
  await create(first, 'Shipped search');
  await create(first, 'Mentored Sam');
  const folder = defaultBackupFolder(journalPath);
  const backupDb = openBackend({ databasePath: journalPath, externalPollMs: 0 });
  const { made } = await makeBackup(backupDb.db, folder, new Date('2026-03-05T10:00:00Z'));
  backupDb.close();
  await create(first, 'After the backup');
  const changed: string[] = [];
  const backend = restorableBackend({
    first,
    open: () => inProcessHost(journalPath, log),
    journalPath,
    check: checkJournalFile,
    restore: (journal, source) => restoreJournal(journal, source, new Date('2026-03-06T09:00:00Z')),
    changed: () => void changed.push('changed'),
    ...overrides,
  });
  cleanup.push(() => void backend.close());
  return { dir, journalPath, folder, backup: made.name, log, changed, backend };
}

function keptCopies(dir: string): string[] {
  return fs.readdirSync(dir).filter((name) => name.includes('before-restore'));
}

describe('restoring a backup from the app', () => {
  it('closes the hosts, restores, keeps the journal as it was beside it, reopens and tells the windows', async () => {
    const { dir, journalPath, backup, log, changed, backend } = await journalWithBackup();
    expect(await titles(backend)).toEqual(['After the backup', 'Mentored Sam', 'Shipped search']);

    const { kept } = await backend.restore(backup);

    expect(log).toEqual(['open', 'close', 'open']);
    expect(changed).toEqual(['changed']);
    expect(await titles(backend)).toEqual(['Mentored Sam', 'Shipped search']);
    expect(kept).toBe(`${journalPath}.before-restore-2026-03-06T09-00-00-000Z.bak`);
    expect(keptCopies(dir)).toEqual([path.basename(kept as string)]);
    const old = openBackend({ databasePath: kept as string, externalPollMs: 0 });
    try {
      expect(value<EntryPage>(old.dispatch('entries.list', {})).items.map((e) => e.title)).toContain('After the backup');
    } finally {
      old.close();
    }
  });

  it('makes calls that arrive while the hosts are closed wait, then answers them from the restored journal; one restore at a time', async () => {
    let during: Promise<string[]> | undefined;
    const { backup, backend } = await journalWithBackup({
      restore: (journal, source) => {
        // A window asks while the journal is being replaced.
        during = titles(backend);
        return restoreJournal(journal, source);
      },
    });
    const first = backend.restore(backup);
    await expect(backend.restore(backup)).rejects.toMatchObject({ code: 'conflict' });
    await first;
    expect(await during).toEqual(['Mentored Sam', 'Shipped search']);
  });

  it('refuses a damaged backup before closing anything, and loses nothing', async () => {
    const { dir, folder, log, changed, backend } = await journalWithBackup();
    const damaged = 'chronicle-backup-2026-03-01T10-00-00-000Z.db';
    fs.writeFileSync(path.join(folder, damaged), 'SQLite format 3\0 but then garbage'.repeat(200));

    await expect(backend.restore(damaged)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('is not a Chronicle journal'),
    });

    expect(log).toEqual(['open']);
    expect(changed).toEqual([]);
    expect(keptCopies(dir)).toEqual([]);
    expect(await titles(backend)).toEqual(['After the backup', 'Mentored Sam', 'Shipped search']);
  });

  it('refuses a name that is not in the backup folder (a page cannot name a path)', async () => {
    const { log, backend, journalPath } = await journalWithBackup();
    for (const name of ['chronicle-backup-1999-01-01T00-00-00-000Z.db', journalPath, '../journal.db']) {
      await expect(backend.restore(name)).rejects.toMatchObject({ code: 'not_found' });
    }
    expect(log).toEqual(['open']);
  });

  it('reopens the journal as it was when the restore fails after the hosts closed', async () => {
    const { dir, backup, log, changed, backend } = await journalWithBackup({
      restore: () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })),
    });
    await expect(backend.restore(backup)).rejects.toThrow('no space left on device');
    expect(log).toEqual(['open', 'close', 'open']);
    expect(changed).toEqual(['changed']);
    expect(keptCopies(dir)).toEqual([]);
    expect(await titles(backend)).toEqual(['After the backup', 'Mentored Sam', 'Shipped search']);
  });

  it('is reached through the files channel by name, and answers the refusal as an error value', async () => {
    const { backup, folder, backend } = await journalWithBackup();
    const fromApp = { senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: null }, sender: {} };
    const deps = {
      trustedOrigins: trustedOrigins(undefined),
      dialogs: {
        showSaveDialog: () => Promise.reject(new Error('no dialog')),
        showOpenDialog: () => Promise.reject(new Error('no dialog')),
      },
      documentsFolder: () => undefined,
      showItemInFolder: () => undefined,
      log: () => undefined,
    };
    const withoutRestore = createFilesHandler(deps);
    expect(await withoutRestore(fromApp, 'restoreBackup', backup)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const files = createFilesHandler({ ...deps, restoreBackup: (name) => backend.restore(name) });
    expect(await files(fromApp, 'restoreBackup', 42)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    fs.writeFileSync(path.join(folder, 'chronicle-backup-2026-03-01T10-00-00-000Z.db'), 'garbage');
    expect(await files(fromApp, 'restoreBackup', 'chronicle-backup-2026-03-01T10-00-00-000Z.db')).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await files(fromApp, 'restoreBackup', backup)).toMatchObject({
      ok: true,
      value: { kept: expect.stringContaining('before-restore') },
    });
    expect(await titles(backend)).toEqual(['Mentored Sam', 'Shipped search']);
  });
});
