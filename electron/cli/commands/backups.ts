import path from 'node:path';
import { listBackups, makeBackup } from '../../core/backups';
import { describeSize } from '../../core/exchange/decode';
import { defineCommand, UsageError } from '../command';
import { printJson } from '../format';

const entries = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

export default defineCommand({
  declare(command) {
    command
      .argument('[now]', '"now" makes a verified backup (for cron and scripts)')
      .option('--to <folder>', 'the backup folder (the one in Settings by default)')
      .addHelpText('after', '\nKeeps 7 daily, 4 weekly and 12 monthly backups. Restore one with: chronicle restore <name>');
  },
  check(words, options: { to?: string }) {
    if (words.length > 1 || (words[0] !== undefined && words[0] !== 'now')) {
      throw new UsageError('backups takes nothing or "now": chronicle backups now --to ~/Dropbox/Chronicle');
    }
    return { now: words[0] === 'now', folder: options.to === undefined ? undefined : path.resolve(options.to) };
  },
  async execute({ now, folder }, { io, json, backend }) {
    const where = folder ?? backend.backups.folder();
    if (now) {
      const { made, removed } = await makeBackup(backend.db, where, io.now());
      if (json) return io.stdout(printJson({ made, removed }));
      io.stdout(`Backed up ${entries(made.entryCount ?? 0)} (${describeSize(made.size)}, checked) to ${made.path}\n`);
      if (removed.length)
        io.stdout(`Removed ${removed.length} older backup${removed.length === 1 ? '' : 's'} beyond 7 daily, 4 weekly and 12 monthly.\n`);
      return;
    }
    const list = listBackups(where);
    if (json) return io.stdout(printJson({ folder: where, backups: list }));
    if (list.length === 0)
      return io.stdout(`No backups in ${where} yet (make one with: chronicle backups now${folder ? ` --to ${folder}` : ''})\n`);
    const lines = list.map(
      (b) => `${b.at.slice(0, 16).replace('T', ' ')} UTC  ${b.problem ?? entries(b.entryCount ?? 0)}  ${describeSize(b.size)}  ${b.name}`,
    );
    io.stdout(`Backups in ${where} (newest first; restore one with: chronicle restore <name>):\n${lines.join('\n')}\n`);
  },
});
