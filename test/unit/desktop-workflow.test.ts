import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * .github/workflows/desktop.yml cannot run here (it needs GitHub's machines); this parses it with
 * the yaml package and checks the structure the issue asks for.
 */
const file = path.resolve(import.meta.dirname, '../../.github/workflows/desktop.yml');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  shell?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; strategy: { 'fail-fast': boolean; matrix: { os: string[] } }; steps: Step[] }>;
}

const workflow = parse(fs.readFileSync(file, 'utf8'), { strict: true, uniqueKeys: true }) as Workflow;
const job = workflow.jobs.desktop;
const steps = job?.steps ?? [];
const runIndex = (pattern: RegExp) => steps.findIndex((step) => pattern.test(step.run ?? ''));

describe('the desktop workflow', () => {
  it('runs on pushes to main, pull requests and by hand, with read-only rights', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('runs on Linux, macOS and Windows, each to the end', () => {
    expect(job?.['runs-on']).toBe('${{ matrix.os }}');
    expect(job?.strategy.matrix.os).toEqual(['ubuntu-latest', 'macos-latest', 'windows-latest']);
    expect(job?.strategy['fail-fast']).toBe(false);
  });

  it('uses released major versions of the official actions', () => {
    const uses = steps.flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses).toEqual(['actions/checkout@v4', 'actions/setup-node@v4', 'actions/upload-artifact@v4']);
    const setup = steps.find((step) => step.uses?.startsWith('actions/setup-node'));
    expect(Number(setup?.with?.['node-version'])).toBeGreaterThanOrEqual(22);
  });

  it('installs, tests, smoke-tests the real app and builds installers, in that order', () => {
    const order = [/^npm ci$/, /electron\/install\.js/, /^npm test$/, /--smoke-test/, /^npm run dist$/].map(runIndex);
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('smoke-tests under xvfb on Linux and directly elsewhere', () => {
    const smoke = steps.filter((step) => /--smoke-test/.test(step.run ?? ''));
    expect(smoke.map((step) => step.if).sort()).toEqual(["runner.os != 'Linux'", "runner.os == 'Linux'"]);
    expect(smoke.find((step) => step.if === "runner.os == 'Linux'")?.run).toMatch(/^xvfb-run /);
    const sandbox = steps.find((step) => /apparmor_restrict_unprivileged_userns=0/.test(step.run ?? ''));
    expect(sandbox?.if).toBe("runner.os == 'Linux'");
    expect(steps.indexOf(sandbox as Step)).toBeLessThan(runIndex(/xvfb-run/));
  });

  it('uploads every installer electron-builder makes, and fails when there is none', () => {
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact'));
    expect(upload?.with?.['if-no-files-found']).toBe('error');
    const paths = String(upload?.with?.path).trim().split('\n');
    expect(paths).toEqual(['dist/*.AppImage', 'dist/*.deb', 'dist/*.dmg', 'dist/*.exe']);
    expect(steps.indexOf(upload as Step)).toBe(steps.length - 1);
  });
});
