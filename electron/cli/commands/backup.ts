import fs from 'node:fs';
import path from 'node:path';
import { ChronicleError } from '../../../shared/api/errors';
import { backupJournal } from '../../core/backup';
import { defineCommand, UsageError } from '../command';

export default defineCommand({
  declare(command) {
    command.argument('[path]', 'where to write the copy (must not exist yet)');
  },
  check(words) {
    if (words.length !== 1) throw new UsageError('backup takes one path: chronicle backup ~/chronicle-backup.db');
    return { target: path.resolve(words[0] as string) };
  },
  async execute({ target }, { io, backend }) {
    if (fs.existsSync(target)) throw new ChronicleError('conflict', `${target} already exists; choose a new name`);
    await backupJournal(backend.db, target);
    io.stdout(`Backed up the journal to ${target}\n`);
  },
});
