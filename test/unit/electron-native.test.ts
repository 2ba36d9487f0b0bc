import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronNativeBindingPath } from '../../electron/main/nativeBinding';

/** The script is plain JavaScript run by `npm start`; this is the part of it the tests use. */
interface ElectronNativeScript {
  electronNativeDir(appRoot: string, electronVersion: string, platform: string, arch: string): string;
  electronNativeBindingPath(appRoot: string, electronVersion: string, platform: string, arch: string): string;
  installedVersions(appRoot: string): { electron: string; betterSqlite3: string };
  prepareElectronNative(options: {
    appRoot: string;
    electronVersion: string;
    betterSqlite3Version: string;
    platform?: string;
    arch?: string;
    build: (workDir: string) => string;
    log?: (message: string) => void;
  }): { status: 'present' | 'built'; path: string };
}

const script = (await import(new URL('../../scripts/electron-native.mjs', import.meta.url).href)) as ElectronNativeScript;
const repoRoot = path.resolve(import.meta.dirname, '../..');

let appRoot: string;
beforeEach(() => {
  // A fake app root with a tiny better-sqlite3 package whose build/ holds the "Node" addon.
  appRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-native-'));
  const pkg = path.join(appRoot, 'node_modules', 'better-sqlite3');
  fs.mkdirSync(path.join(pkg, 'build', 'Release'), { recursive: true });
  fs.mkdirSync(path.join(pkg, 'src'));
  fs.writeFileSync(path.join(pkg, 'package.json'), '{"version":"12.11.1"}');
  fs.writeFileSync(path.join(pkg, 'src', 'better_sqlite3.cpp'), '// source');
  fs.writeFileSync(path.join(pkg, 'build', 'Release', 'better_sqlite3.node'), 'node-abi');
});
afterEach(() => fs.rmSync(appRoot, { recursive: true, force: true }));

/** A build that "compiles" by writing a file, as prebuild-install or node-gyp would. */
function fakeBuild(workDir: string): string {
  expect(fs.existsSync(path.join(workDir, 'build'))).toBe(false);
  expect(fs.existsSync(path.join(workDir, 'src', 'better_sqlite3.cpp'))).toBe(true);
  const addon = path.join(workDir, 'build', 'Release', 'better_sqlite3.node');
  fs.mkdirSync(path.dirname(addon), { recursive: true });
  fs.writeFileSync(addon, 'electron-abi');
  return addon;
}

const options = () => ({ appRoot, electronVersion: '45.5.0', betterSqlite3Version: '12.11.1', platform: 'linux', arch: 'x64', log: () => {} });

describe('the Electron build of better-sqlite3', () => {
  it('lives in .electron-native/<electron>-<platform>-<arch>/', () => {
    expect(script.electronNativeBindingPath('/app', '45.5.0', 'darwin', 'arm64')).toBe(
      path.join('/app', '.electron-native', '45.5.0-darwin-arm64', 'better_sqlite3.node'),
    );
  });

  it('is found by the main process exactly where the script puts it', () => {
    for (const [platform, arch] of [['linux', 'x64'], ['darwin', 'arm64'], ['win32', 'x64']] as const) {
      expect(electronNativeBindingPath('/app', '45.5.0', platform, arch)).toBe(
        script.electronNativeBindingPath('/app', '45.5.0', platform, arch),
      );
    }
  });

  it('is built from a copy, leaving node_modules’ Node build untouched', () => {
    const result = script.prepareElectronNative({ ...options(), build: fakeBuild });
    expect(result.status).toBe('built');
    expect(fs.readFileSync(result.path, 'utf8')).toBe('electron-abi');
    expect(fs.readFileSync(path.join(appRoot, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), 'utf8')).toBe('node-abi');
  });

  it('is not rebuilt when already present for this better-sqlite3 version', () => {
    script.prepareElectronNative({ ...options(), build: fakeBuild });
    const build = vi.fn(fakeBuild);
    expect(script.prepareElectronNative({ ...options(), build }).status).toBe('present');
    expect(build).not.toHaveBeenCalled();
  });

  it('is rebuilt after better-sqlite3 is upgraded', () => {
    script.prepareElectronNative({ ...options(), build: fakeBuild });
    const build = vi.fn(fakeBuild);
    expect(script.prepareElectronNative({ ...options(), betterSqlite3Version: '12.12.0', build }).status).toBe('built');
    expect(build).toHaveBeenCalledOnce();
  });

  it('leaves nothing that looks present when the build fails', () => {
    const failing = () => {
      throw new Error('no network');
    };
    expect(() => script.prepareElectronNative({ ...options(), build: failing })).toThrow('no network');
    expect(fs.existsSync(script.electronNativeBindingPath(appRoot, '45.5.0', 'linux', 'x64'))).toBe(false);
  });

  it('targets the Electron and better-sqlite3 versions installed in this repository', () => {
    const versions = script.installedVersions(repoRoot);
    expect(versions.electron).toMatch(/^\d+\.\d+\.\d+/);
    expect(versions.betterSqlite3).toMatch(/^\d+\.\d+\.\d+/);
  });
});
