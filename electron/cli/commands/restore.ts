import path from 'node:path';
import { restoreJournal } from '../../core/backup';
import { defineCommand, UsageError } from '../command';

export default defineCommand({
  declare(command) {
    command
      .argument('[backup]', 'a backup made by chronicle backup or the app')
      .addHelpText('after', '\nClose the app first. The journal as it was is kept beside it (before-restore-….bak).');
  },
  check(words) {
    if (words.length !== 1) throw new UsageError('restore takes one backup file: chronicle restore ~/chronicle-backup.db');
    return { source: path.resolve(words[0] as string) };
  },
  execute() {
    throw new Error('restore runs without opening the journal');
  },
  async withoutJournal({ source }, databasePath, io) {
    const kept = await restoreJournal(databasePath, source, io.now());
    io.stdout(`Restored ${databasePath} from ${source}${kept ? `; the journal as it was is kept at ${kept}` : ''}\n`);
  },
});
