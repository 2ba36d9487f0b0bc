import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
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
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; category: string; maintainer: string };
  mac: { target: string[]; category: string; hardenedRuntime: boolean; entitlements: string };
  win: { target: string[] };
};

const BUILT_FILES = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

let work: string;
let resources: string;
let archive: string[];
let fuses: Awaited<ReturnType<typeof getCurrentFuseWire>>;
let packedBytes = 0;

beforeAll(async () => {
  const missing = BUILT_FILES.filter((file) => !fs.existsSync(path.join(root, file)));
  if (missing.length > 0) {
    throw new Error(`The app is not built (missing ${missing.join(', ')}). Run \`npm run build\` before the tests.`);
  }
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-packaging-'));
  const electronDist = path.join(work, 'electron-stub');
  fs.mkdirSync(path.join(electronDist, 'resources'), { recursive: true });
  // The stub carries a fuse wire as Electron 45's binary does (the sentinel, wire version 1, nine
  // fuses at Electron's defaults), so electron-builder's fuse flipping runs for real on it.
  const defaults = [1, 0, 1, 1, 0, 0, 0, 1, 1].map((on) => (on ? FuseState.ENABLE : FuseState.DISABLE));
  const stub = Buffer.concat([
    Buffer.from('#!/bin/sh\nexit 0\n'),
    Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
    Buffer.from([1, defaults.length, ...defaults]),
    Buffer.from('\n'),
  ]);
  fs.writeFileSync(path.join(electronDist, 'electron'), stub, { mode: 0o755 });
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
    { cwd: root, encoding: 'utf8', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' }, timeout: 300_000 },
  );
  if (run.status !== 0) throw new Error(`electron-builder failed (${run.status}):\n${run.stdout}\n${run.stderr}`);

  resources = path.join(output, 'linux-unpacked', 'resources');
  archive = listPackage(path.join(resources, 'app.asar'), { isPack: false }).map((file) => file.split(path.sep).join('/'));
  fuses = await getCurrentFuseWire(path.join(output, 'linux-unpacked', 'chronicle'));
  packedBytes = folderSize(resources);
  console.log(
    `Packed app resources: ${(packedBytes / 1024 / 1024).toFixed(1)} MB (app.asar ${(fs.statSync(path.join(resources, 'app.asar')).size / 1024 / 1024).toFixed(1)} MB)`,
  );
}, 320_000);

function folderSize(folder: string): number {
  return fs.readdirSync(folder, { withFileTypes: true, recursive: true }).reduce((total, entry) => {
    return entry.isFile() ? total + fs.statSync(path.join(entry.parentPath, entry.name)).size : total;
  }, 0);
}

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

describe('the hardened build', () => {
  it('asks for the six fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('has them flipped in the packed binary, the rest left as Electron ships them', () => {
    expect(fuses[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.ENABLE);
  });

  it('compiles nothing while packaging', () => {
    expect(config.npmRebuild).toBe(false);
  });
});

describe('the packaged app', () => {
  it('contains the main process, the preload, the renderer and package.json', () => {
    for (const file of [...BUILT_FILES, 'out/main/host.js', 'package.json']) expect(archive).toContain(`/${file}`);
  });

  it('leaves out the bridge, the CLI, tests, sources and source maps', () => {
    const shipped = archive.filter((file) => !file.startsWith('/node_modules/'));
    for (const prefix of [
      '/out/bridge',
      '/out/cli',
      '/out/node',
      '/test',
      '/electron',
      '/shared',
      '/renderer',
      '/scripts',
      '/build',
      '/src',
    ]) {
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

  it('unpacks only this platform’s prebuilt SQLite addon next to the archive, and no C sources', () => {
    const target = `${process.platform}-${process.arch}.node`;
    const prebuilds = path.join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'prebuilds');
    expect(fs.readdirSync(prebuilds)).toEqual([target]);
    expect(archive.filter((file) => file.startsWith('/node_modules/better-sqlite3/prebuilds/'))).toEqual([
      `/node_modules/better-sqlite3/prebuilds/${target}`,
    ]);
    for (const folder of ['deps', 'src', 'build']) {
      expect(archive.filter((file) => file.startsWith(`/node_modules/better-sqlite3/${folder}/`))).toEqual([]);
    }
    expect(archive.some((file) => file.includes('test_extension'))).toBe(false);
    expect(archive.some((file) => file.startsWith('/node_modules/node-addon-api/'))).toBe(false);
    expect(archive).toContain('/node_modules/better-sqlite3/lib/index.js');
  });

  it('has a preload that needs nothing but electron, as a sandboxed preload must', () => {
    const preload = fs.readFileSync(path.join(root, 'out/preload/index.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
    expect(required).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
  });
});
