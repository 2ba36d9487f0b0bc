import { describe, expect, it } from 'vitest';
import { browserCandidates, findBrowser, NO_BROWSER_MESSAGE } from '../e2e/browser';

/** How `npm test` finds a browser for the end-to-end tests on a developer's machine. */
describe('finding a browser for the end-to-end tests', () => {
  const nothing = { exists: () => false, playwrightPath: () => '/cache/ms-playwright/chromium/chrome', downloadPlaywright: () => false };

  it('finds the one on this machine', () => {
    expect(findBrowser({ env: {} })).toMatch(/chrom/i);
  });

  it('takes CHROMIUM_PATH first, and names it when nothing is there', () => {
    expect(
      findBrowser({
        env: { CHROMIUM_PATH: '/opt/my/chrome' },
        exists: (file) => file === '/opt/my/chrome' || file === '/usr/bin/chromium',
      }),
    ).toBe('/opt/my/chrome');
    expect(() => findBrowser({ ...nothing, env: { CHROMIUM_PATH: '/opt/missing' } })).toThrow(
      'CHROMIUM_PATH is set to /opt/missing, but there is no browser there.',
    );
  });

  it('looks where Chrome is installed on Linux, macOS and Windows', () => {
    expect(findBrowser({ env: {}, platform: 'linux', exists: (file) => file === '/usr/bin/google-chrome' })).toBe('/usr/bin/google-chrome');
    expect(findBrowser({ env: {}, platform: 'darwin', exists: (file) => file.startsWith('/Applications/Google Chrome.app') })).toBe(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    const windows = browserCandidates({ PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' }, 'win32');
    expect(windows).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(windows).toContain('C:\\Users\\me\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(windows).toContain('C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe');
  });

  it('falls back to Playwright’s own download', () => {
    let downloaded = false;
    const found = findBrowser({
      env: {},
      exists: (file) => downloaded && file === '/cache/ms-playwright/chromium/chrome',
      playwrightPath: () => '/cache/ms-playwright/chromium/chrome',
      downloadPlaywright: () => (downloaded = true),
    });
    expect(found).toBe('/cache/ms-playwright/chromium/chrome');
  });

  it('says in one sentence how to get one when there is none', () => {
    expect(() => findBrowser({ ...nothing, env: {} })).toThrow(NO_BROWSER_MESSAGE);
    expect(NO_BROWSER_MESSAGE.split('. ')).toHaveLength(1);
  });
});
