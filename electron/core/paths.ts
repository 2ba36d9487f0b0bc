import os from 'node:os';
import path from 'node:path';

export const DATABASE_FILE = 'chronicle.db';
/** Matches Electron's `app.getPath('userData')` for an app whose productName is Chronicle. */
export const APP_FOLDER = 'Chronicle';

/** Where the desktop app keeps the journal, computed without Electron (for the CLI). */
export function defaultDatabasePath(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = os.homedir(),
): string {
  if (env.CHRONICLE_DB) return path.resolve(env.CHRONICLE_DB);
  return path.join(userDataFolder(env, platform, home), DATABASE_FILE);
}

// Empty variables count as unset, as shells and XDG treat them.
export function userDataFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  switch (platform) {
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', APP_FOLDER);
    case 'win32':
      return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), APP_FOLDER);
    default:
      return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), APP_FOLDER);
  }
}
