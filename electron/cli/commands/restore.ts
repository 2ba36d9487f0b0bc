import fs from 'node:fs';
import path from 'node:path';
import { openBackend } from '../../core/backend';
import { restoreJournal } from '../../core/backup';
import { defaultBackupFolder } from '../../core/backups';
import { defineCommand, UsageError } from '../command';

/** The backup folder in the journal's settings, read and closed before a restore replaces the file. */
function backupFolderOf(databasePath: string): string {
  if (!fs.existsSync(databasePath)) return defaultBackupFolder(databasePath);
  const journal = openBackend({ databasePath, externalPollMs: 0 });
  try {
    return journal.backups.folder();
  } finally {
    journal.close();
  }
}

export default defineCommand({
  declare(command) {
    command
      .argument('[backup]', 'a backup file, or a backup’s name as chronicle backups lists it')
      .option('--to <folder>', 'the backup folder to find the name in (the one in Settings by default)')
      .addHelpText('after', '\nClose the app first. The journal as it was is kept beside it (before-restore-….bak).');
  },
  check(words, options: { to?: string }) {
    if (words.length !== 1) throw new UsageError('restore takes one backup file or name: chronicle restore ~/chronicle-backup.db');
    return { source: words[0] as string, folder: options.to === undefined ? undefined : path.resolve(options.to) };
  },
  execute() {
    throw new Error('restore runs without opening the journal');
  },
  async withoutJournal({ source, folder }, databasePath, io) {
    // A name as `chronicle backups` prints it is looked up in the backup folder.
    let file = path.resolve(source);
    if (!fs.existsSync(file) && path.basename(source) === source) file = path.join(folder ?? backupFolderOf(databasePath), source);
    const kept = await restoreJournal(databasePath, file, io.now());
    io.stdout(`Restored ${databasePath} from ${file}${kept ? `; the journal as it was is kept at ${kept}` : ''}\n`);
  },
});
