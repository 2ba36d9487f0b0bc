import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/**
 * `npm start` / `npm run dev` run scripts/startElectron.mjs for real, as a child process, against a
 * temp copy of the electron package (its real install.js), so the real node_modules is never
 * touched. This machine is offline, which is exactly the failure a user without network meets.
 */
const root = path.resolve(import.meta.dirname, '../..');
const script = path.join(root, 'scripts', 'startElectron.mjs');
const electronPackage = path.join(root, 'node_modules', 'electron');
const version = (JSON.parse(fs.readFileSync(path.join(electronPackage, 'package.json'), 'utf8')) as { version: string }).version;

let work: string;
let electronCopy: string;

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-start-'));
  electronCopy = path.join(work, 'electron');
  fs.mkdirSync(electronCopy);
  for (const file of ['install.js', 'package.json', 'checksums.json']) {
    fs.copyFileSync(path.join(electronPackage, file), path.join(electronCopy, file));
  }
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

function start(args: string[]) {
  return spawnSync(process.execPath, [script, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      ...process.env,
      CHRONICLE_ELECTRON_DIR: electronCopy,
      // install.js requires @electron/get from the copy's folder: let it find the real one.
      NODE_PATH: path.join(root, 'node_modules'),
      // An empty download cache, so nothing cached elsewhere can stand in for the network.
      electron_config_cache: path.join(work, 'cache'),
      // Offline on a connected machine too: nothing listens on port 9 of this machine.
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
    },
  });
}

function platformPath(): string {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return process.platform === 'win32' ? 'electron.exe' : 'electron';
}

describe('npm start without Electron’s binary and without network', () => {
  it('fails with one sentence saying Electron must be downloaded once', () => {
    const run = start(['preview']);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`Electron ${version} must be downloaded once`);
    expect(lines[0]).toContain('needs network access');
    expect(run.stderr + run.stdout).not.toMatch(/Electron uninstall/i);
    expect(run.stdout).toBe('');
    expect(fs.existsSync(path.join(electronCopy, 'path.txt'))).toBe(false);
  });
});

describe('npm start with Electron’s binary already downloaded', () => {
  it('skips the download and hands over to electron-vite', () => {
    fs.mkdirSync(path.join(electronCopy, 'dist', path.dirname(platformPath())), { recursive: true });
    fs.writeFileSync(path.join(electronCopy, 'dist', 'version'), `v${version}`);
    fs.writeFileSync(path.join(electronCopy, 'dist', platformPath()), '');
    fs.writeFileSync(path.join(electronCopy, 'path.txt'), platformPath());
    // --help: electron-vite answers and exits, proving the handover without starting a window.
    const run = start(['preview', '--help']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/electron-vite preview/);
  });

  it('refuses an unknown mode', () => {
    const run = start(['launch']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/preview\|dev/);
  });
});
