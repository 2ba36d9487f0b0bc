#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into .electron-native/, for `npm start` and `npm run dev`.
//
// node_modules/better-sqlite3/build keeps the Node build: tests, the CLI and the bridge load it.
// Rebuilding it in place for Electron (electron-builder install-app-deps, @electron/rebuild) breaks
// all of those, so this works on a copy of the package and only copies the finished addon out.
// The main process finds it with electronNativeBindingPath() (electron/main/nativeBinding.ts).
// A packaged app does not use it: electron-builder rebuilds the addon it ships.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const NATIVE_FOLDER = '.electron-native';
export const ADDON_FILE = 'better_sqlite3.node';
/** Written next to the addon: the better-sqlite3 version it was built from. */
export const STAMP_FILE = 'better-sqlite3.version';

/** `<appRoot>/.electron-native/<electron>-<platform>-<arch>/`: one build per Electron and machine. */
export function electronNativeDir(appRoot, electronVersion, platform, arch) {
  return path.join(appRoot, NATIVE_FOLDER, `${electronVersion}-${platform}-${arch}`);
}

export function electronNativeBindingPath(appRoot, electronVersion, platform, arch) {
  return path.join(electronNativeDir(appRoot, electronVersion, platform, arch), ADDON_FILE);
}

function readVersion(packageJsonPath) {
  return JSON.parse(fs.readFileSync(packageJsonPath, 'utf8')).version;
}

export function installedVersions(appRoot) {
  return {
    electron: readVersion(path.join(appRoot, 'node_modules', 'electron', 'package.json')),
    betterSqlite3: readVersion(path.join(appRoot, 'node_modules', 'better-sqlite3', 'package.json')),
  };
}

/** Already built for this Electron, platform, arch and better-sqlite3 version: nothing to do. */
export function isUpToDate(dir, betterSqlite3Version) {
  try {
    return (
      fs.statSync(path.join(dir, ADDON_FILE)).size > 0 &&
      fs.readFileSync(path.join(dir, STAMP_FILE), 'utf8').trim() === betterSqlite3Version
    );
  } catch {
    return false;
  }
}

/**
 * Makes sure the Electron build exists. `build(workDir)` compiles or downloads the addon inside a
 * copy of better-sqlite3 and returns the path of the .node it produced; tests pass their own.
 * Returns what happened: 'present' (skipped) or 'built'.
 */
export function prepareElectronNative({
  appRoot,
  electronVersion,
  betterSqlite3Version,
  platform = process.platform,
  arch = process.arch,
  build,
  log = console.log,
}) {
  const dir = electronNativeDir(appRoot, electronVersion, platform, arch);
  const target = path.join(dir, ADDON_FILE);
  if (isUpToDate(dir, betterSqlite3Version)) return { status: 'present', path: target };

  log(`Preparing better-sqlite3 ${betterSqlite3Version} for Electron ${electronVersion} (${platform}-${arch})…`);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-electron-native-'));
  try {
    const source = path.join(appRoot, 'node_modules', 'better-sqlite3');
    // Sources only: never the Node build, which must not be confused with the new one.
    fs.cpSync(source, workDir, {
      recursive: true,
      filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'build',
    });
    const built = build(workDir, { electronVersion, platform, arch, appRoot });
    fs.mkdirSync(dir, { recursive: true });
    // Copy then rename, so an interrupted run never leaves a truncated addon that looks present.
    fs.copyFileSync(built, `${target}.partial`);
    fs.renameSync(`${target}.partial`, target);
    fs.writeFileSync(path.join(dir, STAMP_FILE), `${betterSqlite3Version}\n`);
    return { status: 'built', path: target };
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

/** Downloads a prebuilt Electron addon; if there is none, compiles against Electron's headers. */
export function buildWithPrebuildOrNodeGyp(workDir, { electronVersion, arch, appRoot }) {
  const run = (script, args) =>
    spawnSync(process.execPath, [script, ...args], { cwd: workDir, stdio: 'inherit', env: process.env }).status === 0;
  const bin = (...parts) => path.join(appRoot, 'node_modules', ...parts);
  const addon = path.join(workDir, 'build', 'Release', ADDON_FILE);

  const downloaded = run(bin('prebuild-install', 'bin.js'), [
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${arch}`,
    '--verbose',
  ]);
  if (downloaded && fs.existsSync(addon)) return addon;

  console.log('No prebuilt addon could be downloaded; compiling against Electron headers instead…');
  const compiled = run(bin('node-gyp', 'bin', 'node-gyp.js'), [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${arch}`,
    '--dist-url=https://electronjs.org/headers',
  ]);
  if (compiled && fs.existsSync(addon)) return addon;

  throw new Error(
    `Could not build better-sqlite3 for Electron ${electronVersion}: downloading a prebuilt addon and ` +
      'compiling against Electron headers both failed (both need network access to github.com / electronjs.org; ' +
      'compiling also needs Python and a C++ toolchain).',
  );
}

function main() {
  const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  try {
    const versions = installedVersions(appRoot);
    const result = prepareElectronNative({
      appRoot,
      electronVersion: versions.electron,
      betterSqlite3Version: versions.betterSqlite3,
      build: buildWithPrebuildOrNodeGyp,
    });
    const where = path.relative(appRoot, result.path);
    console.log(result.status === 'present' ? `Electron build of better-sqlite3 is ready: ${where}` : `Built ${where}`);
  } catch (error) {
    console.error(`\nelectron-native: ${error instanceof Error ? error.message : String(error)}`);
    console.error('Chronicle cannot start in development without it. node_modules/better-sqlite3 was not touched.');
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
