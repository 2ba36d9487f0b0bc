import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** `npm install` / `npm ci` need Node and nothing else: no Python, no compiler, no scripts. */
const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  engines: { node: string };
};

describe('installing Chronicle', () => {
  it('runs no install scripts, so node-gyp is never started for better-sqlite3’s binding.gyp', () => {
    const npmrc = fs.readFileSync(path.join(root, '.npmrc'), 'utf8');
    expect(npmrc.split('\n').map((line) => line.trim())).toContain('ignore-scripts=true');
    // ignore-scripts would silently skip pre/post hooks: there must be none to skip.
    expect(Object.keys(pkg.scripts).filter((name) => /^(pre|post)/.test(name))).toEqual([]);
  });

  it('has a prebuilt SQLite addon for every platform the app is packaged for', () => {
    const prebuilds = fs.readdirSync(path.join(root, 'node_modules', 'better-sqlite3', 'prebuilds'));
    for (const platform of ['linux', 'darwin', 'win32']) {
      for (const arch of ['x64', 'arm64']) expect(prebuilds).toContain(`${platform}-${arch}.node`);
    }
  });

  it('asks for Node 22.12 or newer, and starts Electron through its installer', () => {
    expect(pkg.engines.node).toBe('>=22.12');
    expect(pkg.scripts.start).toBe('node scripts/startElectron.mjs preview');
    expect(pkg.scripts.dev).toBe('node scripts/startElectron.mjs dev');
  });
});
