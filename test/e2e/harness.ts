import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './browser';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const SERVE = path.join(ROOT, 'out/bridge/serve.js');
export const CLI = path.join(ROOT, 'out/cli/chronicle.js');

export { CHROMIUM_ARGS };

export interface CliResult {
  stdout: string;
  stderr: string;
  code: number;
}

export interface AppHarness {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** The page URL including the #token fragment. */
  url: string;
  baseUrl: string;
  token: string;
  dbPath: string;
  /** Runs the real command line against the same journal (adds --db for you unless given). */
  cli(args: string[]): Promise<CliResult>;
  /** Calls the backend over the bridge, as the page does. */
  rpc<T = unknown>(method: string, input?: unknown): Promise<T>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Reuse a journal file (e.g. to reopen after a restart); a fresh temp file otherwise. */
  dbPath?: string;
}

/** Fails with a clear message when `npm run build` has not produced what a test runs. */
export function requireBuild(parts: ('cli' | 'serve' | 'renderer')[] = ['cli', 'serve', 'renderer']): void {
  const files = { cli: CLI, serve: SERVE, renderer: path.join(ROOT, 'out/renderer/index.html') };
  for (const file of parts.map((p) => files[p])) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run npm run build first`);
  }
}

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ stdout, stderr, code });
    });
  });
}

/** Starts `serve` on a journal and waits for the URL it prints. */
export async function startServe(dbPath: string, token: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [SERVE, '--db', dbPath, '--port', '0', '--token', token], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 60_000); // generous: a loaded CI machine takes seconds to load Node modules
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${output}`));
    });
  });
  return { child, url };
}

export async function launchApp(options: LaunchOptions = {}): Promise<AppHarness> {
  requireBuild();
  const dir = options.dbPath ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-e2e-'));
  const dbPath = options.dbPath ?? path.join(dir as string, 'journal.db');
  const token = `e2e-${Math.random().toString(36).slice(2)}-token`;
  const { child, url } = await startServe(dbPath, token);
  const baseUrl = url.replace(/#.*$/, '').replace(/\/$/, '');

  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(url);

  return {
    browser,
    context,
    page,
    url,
    baseUrl,
    token,
    dbPath,
    cli: (args) => runCli(args.includes('--db') ? args : ['--db', dbPath, ...args]),
    async rpc<T>(method: string, input: unknown = {}) {
      const response = await fetch(`${baseUrl}/rpc/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      const body = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
      if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
      return body.value as T;
    },
    async close() {
      await browser.close();
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
      if (pageErrors.length) throw new Error(`The page threw:\n${pageErrors.join('\n')}`);
    },
  };
}

export const SCREENSHOT_DIR = path.join(ROOT, 'test-results/screenshots');

/**
 * Waits until the window looks the way a person would see it once it settles: web fonts loaded,
 * no transition or finite animation running, and every chart drawn (the Chart component marks
 * itself `data-drawn` when ECharts has finished). Screenshots wait for this, never a fixed time.
 */
export async function untilStill(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // Polled inside one evaluate: waitForFunction re-runs its predicate through eval, which the
  // app's Content Security Policy refuses whenever the first check finds something still moving.
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const check = () => {
          const moving = document
            .getAnimations()
            .some((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity);
          const drawing = [...document.querySelectorAll('.chart')].some((chart) => chart.getAttribute('data-drawn') !== 'true');
          if (!moving && !drawing) done();
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
  // One more frame, so what was just finished is also painted.
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await untilStill(page);
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
