import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackendEvent } from '../../shared/api/contract';
import { ChronicleError } from '../../shared/api/errors';
import type { EntryPage } from '../../shared/domain/model';
import { INVOKE_CHANNEL } from '../../shared/api/transport';
import { type Backend, openBackend } from '../../electron/core/backend';
import { APP_ENTRY_URL, APP_ORIGIN, captureEntryUrl, trustedOrigins } from '../../electron/main/appOrigin';
import {
  createInvokeHandler,
  type InvokeEvent,
  type InvokeHandler,
  type ListeningEvent,
  registerInvokeHandler,
  registerListeningHandler,
} from '../../electron/main/ipc';
import { describeOpenFailure } from '../../electron/main/openFailure';
import { createPushQueue } from '../../electron/main/pushQueue';
import { LISTENING_CHANNEL } from '../../shared/api/transport';

let folder: string;
let backend: Backend;
let invoke: InvokeHandler;

/** An IPC event as Electron would build it for a call from a frame at `url`. */
function fromFrame(url: string, parent: unknown = null): InvokeEvent {
  return { senderFrame: { url, parent } };
}
const fromApp = fromFrame(`${APP_ORIGIN}/index.html`);

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-ipc-'));
  backend = openBackend({ databasePath: path.join(folder, 'chronicle.db'), externalPollMs: 0, onInternalError: () => {} });
  invoke = createInvokeHandler(backend.dispatch, trustedOrigins(undefined));
});
afterEach(() => {
  backend.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

function entryCount(): number {
  return (backend.db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;
}

describe('the IPC handler', () => {
  it('runs a call from the app’s page against the real journal', () => {
    const created = invoke(fromApp, 'entries.create', { date: '2026-03-04', title: 'Shipped the importer', section: 'projects' });
    expect(created).toMatchObject({ ok: true, value: { title: 'Shipped the importer', date: '2026-03-04' } });
    const listed = invoke(fromApp, 'entries.list', {});
    const titles = listed.ok ? (listed.value as EntryPage).items.map((item) => item.title) : [];
    expect(titles).toContain('Shipped the importer');
  });

  it('tells open windows that the journal changed after a write', () => {
    const events: BackendEvent[] = [];
    backend.subscribe((event) => events.push(event));
    invoke(fromApp, 'entries.create', { date: '2026-03-04', title: 'Mentored Ana', section: 'collaboration' });
    invoke(fromApp, 'themes.list', {});
    expect(events).toEqual([{ type: 'changed', source: 'local' }]);
  });

  it('refuses calls from another origin, a subframe, or a frame that is gone, and writes nothing', () => {
    const before = entryCount();
    const input = { date: '2026-03-04', title: 'Forged', section: 'projects' };
    for (const event of [
      fromFrame('https://evil.example/'),
      fromFrame('file:///tmp/index.html'),
      fromFrame(`${APP_ORIGIN}/index.html`, { url: 'https://evil.example/' }),
      { senderFrame: null },
    ]) {
      expect(invoke(event, 'entries.create', input)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(entryCount()).toBe(before);
  });

  it('runs a call from the quick capture window (same page, capture route)', () => {
    const fromCapture = fromFrame(captureEntryUrl(APP_ENTRY_URL));
    const created = invoke(fromCapture, 'entries.create', { date: '2026-03-05', title: 'Unblocked the release' });
    expect(created).toMatchObject({ ok: true, value: { title: 'Unblocked the release' } });
    const embedded = fromFrame(captureEntryUrl(APP_ENTRY_URL), { url: APP_ENTRY_URL });
    expect(invoke(embedded, 'themes.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('answers a forged method with an error value, never a throw', () => {
    expect(invoke(fromApp, 'db.exec', 'DROP TABLE entries')).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(invoke(fromApp, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(invoke(fromApp, 42, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(invoke(fromApp, { toString: () => 'entries.list' }, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('refuses a method that writes to a path on disk: a page never names a path', () => {
    const target = path.join(folder, 'stolen.md');
    expect(invoke(fromApp, 'export.save', { export: { kind: 'archive', format: 'markdown' }, to: target })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(fs.existsSync(target)).toBe(false);
    // The same call from the backend's own side (the command line, main after a dialog) writes the file.
    expect(backend.dispatch('export.save', { export: { kind: 'archive', format: 'markdown' }, to: target })).toMatchObject({ ok: true });
    expect(fs.existsSync(target)).toBe(true);
  });

  it('rejects invalid input with the contract’s message and writes nothing', () => {
    const before = entryCount();
    const result = invoke(fromApp, 'entries.create', { date: 'yesterday-ish', title: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(entryCount()).toBe(before);
  });

  it('is registered on the one invoke channel', () => {
    const registered: string[] = [];
    const remove = registerInvokeHandler(
      {
        handle: (channel) => void registered.push(channel),
        removeHandler: (channel) => void registered.splice(registered.indexOf(channel), 1),
      },
      invoke,
    );
    expect(registered).toEqual([INVOKE_CHANNEL]);
    remove();
    expect(registered).toEqual([]);
  });
});

describe('pushes to a window', () => {
  it('are kept until its page listens, then delivered in order, once each', () => {
    const sent: unknown[] = [];
    const queue = createPushQueue((event) => sent.push(event));
    queue.push({ type: 'command', command: 'week.open' });
    queue.push({ type: 'changed', source: 'local' });
    queue.push({ type: 'changed', source: 'local' });
    expect(sent).toEqual([]);
    queue.pageListening();
    expect(sent).toEqual([
      { type: 'command', command: 'week.open' },
      { type: 'changed', source: 'local' },
    ]);
    queue.push({ type: 'command', command: 'search.open' });
    expect(sent).toHaveLength(3);
  });

  it('are kept again while a new page loads (a reload), not sent into the void', () => {
    const sent: unknown[] = [];
    const queue = createPushQueue((event) => sent.push(event));
    queue.pageListening();
    queue.pageLoading();
    queue.push({ type: 'command', command: 'settings.open' });
    expect(sent).toEqual([]);
    queue.pageListening();
    expect(sent).toEqual([{ type: 'command', command: 'settings.open' }]);
  });

  it('start once our page says it listens; other pages cannot trigger it', () => {
    let listener: ((event: ListeningEvent) => void) | undefined;
    const heard: number[] = [];
    const remove = registerListeningHandler(
      {
        on: (channel, handler) => {
          expect(channel).toBe(LISTENING_CHANNEL);
          listener = handler;
        },
        removeListener: () => {
          listener = undefined;
        },
      },
      trustedOrigins(undefined),
      (id) => heard.push(id),
    );
    listener?.({ senderFrame: { url: captureEntryUrl(APP_ENTRY_URL), parent: null }, sender: { id: 7 } });
    listener?.({ senderFrame: { url: 'https://evil.example/', parent: null }, sender: { id: 8 } });
    listener?.({ senderFrame: null, sender: { id: 9 } });
    expect(heard).toEqual([7]);
    remove();
    expect(listener).toBeUndefined();
  });
});

describe('a journal written by a newer Chronicle', () => {
  it('is refused untouched, with words the user can act on', () => {
    const file = path.join(folder, 'newer.db');
    const db = new Database(file);
    db.exec('CREATE TABLE future (x)');
    db.pragma('user_version = 999');
    db.close();
    const bytes = fs.readFileSync(file);

    let thrown: unknown;
    try {
      openBackend({ databasePath: file, externalPollMs: 0 }).close();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ChronicleError);
    expect((thrown as ChronicleError).code).toBe('database_too_new');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);

    const dialog = describeOpenFailure(thrown, file);
    expect(dialog.title).toBe('Chronicle needs an update');
    expect(dialog.message).toContain(file);
  });

  it('shows the sentence core wrote for an empty, read-only or locked journal, under a title naming the cause', () => {
    const file = path.join(folder, 'empty.db');
    fs.writeFileSync(file, '');
    let thrown: unknown;
    try {
      openBackend({ databasePath: file, externalPollMs: 0 }).close();
    } catch (error) {
      thrown = error;
    }
    const dialog = describeOpenFailure(thrown, file);
    expect(dialog.title).toBe('Your journal file is empty');
    expect(dialog.message).toBe((thrown as ChronicleError).message);
    expect(dialog.message).toMatch(/is empty \(0 bytes\).*restore a backup/);
    expect(fs.statSync(file).size).toBe(0);
    expect(
      describeOpenFailure(new ChronicleError('journal_locked', 'The journal /j.db is locked by another program.'), '/j.db').title,
    ).toBe('Another program is using your journal');
    expect(describeOpenFailure(new ChronicleError('journal_read_only', 'The journal /j.db cannot be written.'), '/j.db').title).toBe(
      'Chronicle cannot write to your journal',
    );
  });

  it('explains any other failure without blaming the user', () => {
    expect(describeOpenFailure(new Error('disk I/O error'), '/j.db')).toEqual({
      title: 'Chronicle could not open your journal',
      message: 'disk I/O error\n\nJournal: /j.db\nChronicle did not change it.',
    });
  });
});
