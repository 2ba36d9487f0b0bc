import path from 'node:path';

/**
 * Where `scripts/electron-native.mjs` puts the better-sqlite3 addon built for Electron's ABI.
 * node_modules keeps the Node build, which tests and the CLI load; in development the main
 * process loads this one instead. A packaged app needs neither: electron-builder rebuilt the
 * addon it ships. Keep in step with `electronNativeBindingPath` in the script (a test checks).
 */
export function electronNativeBindingPath(
  appRoot: string,
  electronVersion: string,
  platform: NodeJS.Platform,
  arch: string,
): string {
  return path.join(appRoot, '.electron-native', `${electronVersion}-${platform}-${arch}`, 'better_sqlite3.node');
}
