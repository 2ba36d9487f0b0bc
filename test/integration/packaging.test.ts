import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Packs the real built app (out/) with electron-builder, offline: a stub folder stands in for the
 * Electron download (see TOOLCHAIN.md), so this checks the configuration and exactly which files
 * ship, not a runnable installer. Real installers come from `npm run dist` on a connected machine.
 */
const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const config = require(path.join(root, 'electron-builder.config.cjs')) as {
  appId: string;
  productName: string;
  directories: { output: string; buildResources: string };
  files: string[];
  asarUnpack: string[];
  linux: { target: string[]; category: string; maintainer: string };
  mac: { target: string[]; category: string; hardenedRuntime: boolean; entitlements: string };
  win: { target: string[] };
};

const BUILT_FILES = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

let work: string;
let resources: string;
let archive: string[];

beforeAll(() => {
  const missing = BUILT_FILES.filter((file) => !fs.existsSync(path.join(root, file)));
  if (missing.length > 0) {
    throw new Error(`The app is not built (missing ${missing.join(', ')}). Run \`npm run build\` before the tests.`);
  }
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-packaging-'));
  const electronDist = path.join(work, 'electron-stub');
  fs.mkdirSync(path.join(electronDist, 'resources'), { recursive: true });
  fs.writeFileSync(path.join(electronDist, 'electron'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  const output = path.join(work, 'dist');

  const run = spawnSync(
    process.execPath,
    [
      require.resolve('electron-builder/cli.js'),
      '--config',
      'electron-builder.config.cjs',
      '--linux',
      'dir',
      `-c.electronDist=${electronDist}`,
      '-c.npmRebuild=false',
      `-c.directories.output=${output}`,
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' }, timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`electron-builder failed (${run.status}):\n${run.stdout}\n${run.stderr}`);

  resources = path.join(output, 'linux-unpacked', 'resources');
  archive = listPackage(path.join(resources, 'app.asar'), { isPack: false }).map((file) => file.split(path.sep).join('/'));
}, 120_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('the packaging configuration', () => {
  it('names the app and puts installers in dist/ and resources in build/', () => {
    expect(config.appId).toBe('app.chronicle.desktop');
    expect(config.productName).toBe('Chronicle');
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'build' });
  });

  it('builds the usual installer for each platform', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.category).toBe('public.app-category.productivity');
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('has the icons and entitlements it refers to', () => {
    expect(fs.existsSync(path.join(root, config.mac.entitlements))).toBe(true);
    const png = fs.readFileSync(path.join(root, 'build', 'icon.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
    expect(fs.existsSync(path.join(root, 'build', 'icons', '512x512.png'))).toBe(true);
  });
});

describe('the packaged app', () => {
  it('contains the main process, the preload, the renderer and package.json', () => {
    for (const file of [...BUILT_FILES, 'package.json']) expect(archive).toContain(`/${file}`);
  });

  it('leaves out the bridge, the CLI, tests, sources and source maps', () => {
    const shipped = archive.filter((file) => !file.startsWith('/node_modules/'));
    for (const prefix of ['/out/bridge', '/out/cli', '/out/node', '/test', '/electron', '/shared', '/renderer', '/scripts', '/build', '/src']) {
      expect(shipped.filter((file) => file === prefix || file.startsWith(`${prefix}/`))).toEqual([]);
    }
    expect(shipped.filter((file) => /\.(ts|tsx|map)$/.test(file))).toEqual([]);
    expect(archive.some((file) => file.startsWith('/node_modules/electron-builder/'))).toBe(false);
    expect(archive.some((file) => file.startsWith('/node_modules/vitest/'))).toBe(false);
  });

  it('ships the runtime dependencies of the main process', () => {
    for (const dependency of ['better-sqlite3', 'date-fns', 'zod']) {
      expect(archive).toContain(`/node_modules/${dependency}/package.json`);
    }
  });

  it('unpacks the SQLite addon next to the archive and leaves its C sources out', () => {
    const addon = path.join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    expect(fs.existsSync(addon)).toBe(true);
    expect(archive.filter((file) => file.startsWith('/node_modules/better-sqlite3/deps/') || file.startsWith('/node_modules/better-sqlite3/src/'))).toEqual([]);
    expect(archive.some((file) => file.includes('test_extension'))).toBe(false);
  });

  it('has a preload that needs nothing but electron, as a sandboxed preload must', () => {
    const preload = fs.readFileSync(path.join(root, 'out/preload/index.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
    expect(required).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
  });
});
