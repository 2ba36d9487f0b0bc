#!/usr/bin/env node
// `npm start` / `npm run dev`: makes sure Electron's binary is present, then hands over to
// electron-vite. Since Electron 42 `npm install` no longer downloads the binary, and electron-vite
// reads node_modules/electron/path.txt without ever triggering the download, so a fresh clone
// would end in "Error: Electron uninstall". Electron's own installer (install.js) is idempotent:
// it exits at once when dist/ already holds this version, and downloads it otherwise.
//
//   node scripts/startElectron.mjs preview|dev [electron-vite arguments…]
//
// CHRONICLE_ELECTRON_DIR points at another copy of the electron package (the tests use a temp copy).

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = process.env.CHRONICLE_ELECTRON_DIR ?? path.join(root, 'node_modules', 'electron');

/** The installer's last error line, e.g. "RequestError: getaddrinfo ENOTFOUND github.com". */
function lastErrorLine(output) {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at '));
  const error = lines.find((line) => /Error\b|\bE[A-Z]{3,}\b/.test(line)) ?? lines[lines.length - 1];
  return error ? error.slice(0, 160) : 'no output';
}

function ensureElectron() {
  const version = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status === 0) return true;
  const cause = result.error ? result.error.message : lastErrorLine(`${result.stderr ?? ''}\n${result.stdout ?? ''}`);
  console.error(
    `Chronicle cannot start yet: Electron ${version} must be downloaded once (about 100 MB, needs network access), ` +
      `and the download failed (${cause}); connect to the internet and run the command again.`,
  );
  return false;
}

const [mode = 'preview', ...rest] = process.argv.slice(2);
if (mode !== 'preview' && mode !== 'dev') {
  console.error(`Usage: node scripts/startElectron.mjs preview|dev (got "${mode}").`);
  process.exit(2);
}
if (!ensureElectron()) process.exit(1);

const child = spawn(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), mode, ...rest], {
  cwd: root,
  stdio: 'inherit',
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
