/**
 * The child of the kill loop (`bench/faults/killLoop.ts`): writes entries as fast as it can and
 * prints `ack <id>` only after the write returned, i.e. after the commit. The parent kills it with
 * SIGKILL at a random moment; every acknowledged id must still be in the journal afterwards.
 */
import fs from 'node:fs';
import { openBackend } from '../../electron/core/backend';

const [databasePath, round] = process.argv.slice(2);
if (!databasePath || !round) throw new Error('usage: writer.ts <journal> <round>');

const backend = openBackend({ databasePath, externalPollMs: 0 });
const ids: string[] = [];
fs.writeSync(1, 'ready\n');
for (let n = 0; n < 100_000; n++) {
  // Mostly new entries, some edits of earlier ones (an UPDATE with its FTS triggers), some trash.
  const edit = ids.length > 0 && n % 4 === 3;
  const result = edit
    ? backend.dispatch('entries.update', {
        id: ids[n % ids.length],
        title: `Round ${round} edit ${n}`,
        body: `Edited while being killed. ${'text '.repeat(n % 50)}`,
      })
    : backend.dispatch('entries.create', {
        date: '2026-03-04',
        title: `Round ${round} entry ${n}`,
        body: `Written while being killed. ${'word '.repeat(n % 200)}`,
        impact: n % 3 === 0 ? 'Nothing was lost.' : '',
        newThemes: n % 5 === 0 ? [`round-${round}`] : [],
      });
  if (!result.ok) {
    fs.writeSync(2, `write failed: ${result.error.message}\n`);
    process.exit(3);
  }
  const id = (result.value as { id: string }).id;
  if (!edit) ids.push(id);
  fs.writeSync(1, `ack ${id}\n`);
}
backend.close();
