import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILES_CHANNEL, INVOKE_CHANNEL, LISTENING_CHANNEL } from '../../shared/api/transport';

/**
 * The BUILT main process (out/main/index.js) run under plain Node with `--smoke-test`, with a fake
 * `electron` supplied by a module hook (test/fixtures/fakeElectron) that records every call. The
 * backend host it forks is the real built one, as a real child process; the fake window plays the
 * renderer (it says it listens, then calls the backend through the invoke channel).
 */
const root = path.resolve(import.meta.dirname, '../..');
const MAIN = path.join(root, 'out/main/index.js');
const REGISTER = path.join(root, 'test/fixtures/fakeElectron/register.mjs');

type Call = { call: string } & Record<string, unknown>;
let work: string;
let calls: Call[] = [];
let exitCode: number | null = null;
let output = '';

beforeAll(async () => {
  for (const file of [MAIN, path.join(root, 'out/main/host.js'), path.join(root, 'out/preload/index.cjs')]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(root, file)} is missing: run npm run build first`);
  }
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-built-main-'));
  const log = path.join(work, 'calls.jsonl');
  fs.writeFileSync(log, '');
  const child = spawn(process.execPath, ['--import', REGISTER, MAIN, '--smoke-test'], {
    cwd: root,
    env: { ...process.env, FAKE_ELECTRON_LOG: log, FAKE_USER_DATA: path.join(work, 'userData') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  exitCode = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  calls = fs
    .readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Call);
}, 240_000);

afterAll(() => {
  const smokeData = calls.find((c) => c.call === 'app.setPath')?.value;
  if (typeof smokeData === 'string') fs.rmSync(smokeData, { recursive: true, force: true });
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const index = (name: string) => calls.findIndex((c) => c.call === name);
const all = (name: string) => calls.filter((c) => c.call === name);

describe('the built main process', () => {
  it('passes its smoke test and quits 0', () => {
    expect(output).toMatch(/Smoke test passed: the window is ready and entry [0-9a-f-]+ was saved and read back/);
    expect(exitCode).toBe(0);
    expect(all('app.exit')).toMatchObject([{ code: 0 }]);
  });

  it('registers the scheme, turns on the sandbox and takes the single-instance lock before ready', () => {
    const ready = index('ready');
    expect(ready).toBeGreaterThan(0);
    expect(index('app.setPath')).toBeLessThan(index('app.requestSingleInstanceLock'));
    expect(index('protocol.registerSchemesAsPrivileged')).toBeLessThan(index('app.enableSandbox'));
    expect(index('app.enableSandbox')).toBeLessThan(index('app.requestSingleInstanceLock'));
    expect(index('app.requestSingleInstanceLock')).toBeLessThan(ready);
    expect(all('protocol.registerSchemesAsPrivileged')).toMatchObject([
      { schemes: [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }] },
    ]);
    // Everything else waits for ready.
    for (const later of ['utilityProcess.fork', 'protocol.handle', 'ipcMain.handle', 'BrowserWindow']) {
      expect(index(later)).toBeGreaterThan(ready);
    }
  });

  it('forks the backend host (quick calls, then long work) and never opens the journal itself', () => {
    const forks = all('utilityProcess.fork');
    expect(forks.map((f) => f.modulePath)).toEqual([path.join(root, 'out/main/host.js'), path.join(root, 'out/main/host.js')]);
    expect(forks[0]).toMatchObject({ options: { serviceName: 'Chronicle backend' } });
    const imported = all('import').map((c) => c.specifier);
    expect(imported).toContain('electron');
    expect(imported.filter((s) => typeof s === 'string' && /better-sqlite3/.test(s))).toEqual([]);
    const openFiles = all('app.exit')[0]?.openFiles;
    if (Array.isArray(openFiles)) expect(openFiles.filter((file) => typeof file === 'string' && file.includes('chronicle.db'))).toEqual([]);
  });

  it('answers on the invoke and files channels and hears pages that listen', () => {
    expect(
      all('ipcMain.handle')
        .map((c) => c.channel)
        .sort(),
    ).toEqual([FILES_CHANNEL, INVOKE_CHANNEL].sort());
    expect(all('ipcMain.on').map((c) => c.channel)).toEqual([LISTENING_CHANNEL]);
    expect(all('renderer.invoke')).toMatchObject([{ method: 'settings.get', ok: true }]);
  });

  it('serves the app scheme, denies permissions and keeps the spell checker local', () => {
    expect(all('protocol.handle')).toMatchObject([{ scheme: 'app' }]);
    expect(index('session.setPermissionRequestHandler')).toBeGreaterThan(0);
    expect(index('session.setPermissionCheckHandler')).toBeGreaterThan(0);
    expect(all('session.setSpellCheckerDictionaryDownloadURL')).toMatchObject([{ url: 'http://127.0.0.1:9/' }]);
  });

  it('opens one sandboxed window on app:// with the built preload', () => {
    const windows = all('BrowserWindow');
    expect(windows).toHaveLength(1);
    expect(windows[0]?.options).toMatchObject({
      show: false,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, preload: path.join(root, 'out/preload/index.cjs') },
    });
    expect(all('loadURL')).toMatchObject([{ url: 'app://chronicle/index.html' }]);
  });

  it('saved the smoke test’s entry in a throwaway journal, not the user’s', () => {
    const smokeData = calls.find((c) => c.call === 'app.setPath');
    expect(smokeData).toMatchObject({ name: 'userData' });
    expect(String(smokeData?.value)).toContain('chronicle-smoke-');
    const db = new Database(path.join(String(smokeData?.value), 'chronicle.db'), { readonly: true });
    const titles = (db.prepare('SELECT title FROM entries').all() as Array<{ title: string }>).map((row) => row.title);
    db.close();
    expect(titles.filter((title) => title.startsWith('Smoke test entry'))).toHaveLength(1);
    expect(fs.existsSync(path.join(work, 'userData', 'chronicle.db'))).toBe(false);
  });
});
