import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

/**
 * The Chromium-family browser the end-to-end tests drive, found without setup on a developer's
 * machine: CHROMIUM_PATH if set, else Debian/Ubuntu's chromium, an installed Chrome, Chromium or
 * Edge in the usual places for Linux, macOS and Windows, else Playwright's own download (fetched
 * once where the network allows). When none can be had, one sentence says how to get one.
 */
export function browserCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      ...(env.HOME ? [path.join(env.HOME, 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome')] : []),
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
    return roots.flatMap((root) => [
      path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      path.win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
      path.win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ];
}

export const NO_BROWSER_MESSAGE =
  'No Chromium-based browser was found for the end-to-end tests: install Chromium or Google Chrome, set CHROMIUM_PATH to one, or run `npx playwright-core install chromium` once with network access.';

export interface FindOptions {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  exists?: (file: string) => boolean;
  /** Playwright's own browser: where it would be, and a way to download it. */
  playwrightPath?: () => string;
  downloadPlaywright?: () => boolean;
}

/** The browser to launch, or throws with NO_BROWSER_MESSAGE (or a bad CHROMIUM_PATH named). */
export function findBrowser(options: FindOptions = {}): string {
  const env = options.env ?? process.env;
  const exists = options.exists ?? ((file: string) => fs.existsSync(file));
  if (env.CHROMIUM_PATH) {
    if (exists(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but there is no browser there.`);
  }
  const installed = browserCandidates(env, options.platform).find(exists);
  if (installed) return installed;
  const playwrightPath = options.playwrightPath ?? (() => chromium.executablePath());
  const download = options.downloadPlaywright ?? downloadPlaywrightChromium;
  if (exists(playwrightPath()) || (download() && exists(playwrightPath()))) return playwrightPath();
  throw new Error(NO_BROWSER_MESSAGE);
}

function downloadPlaywrightChromium(): boolean {
  const cli = path.resolve(import.meta.dirname, '../../node_modules/playwright-core/cli.js');
  const run = spawnSync(process.execPath, [cli, 'install', 'chromium'], { stdio: 'ignore', timeout: 300_000 });
  return run.status === 0;
}

let found: string | undefined;
/** findBrowser(), once per test process. */
export function chromiumPath(): string {
  found ??= findBrowser();
  return found;
}

/** How the tests start the browser: headless, and quiet on a machine without a network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
