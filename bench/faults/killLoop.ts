/**
 * Fault injection: SIGKILL a process that is writing to the journal, many times, and check after
 * every kill that the journal opens, `PRAGMA integrity_check` says ok, and every entry whose write
 * was acknowledged (the call had returned) is there. Bounded: stops after --kills rounds.
 *
 *   npx tsx bench/faults/killLoop.ts --kills 200
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSync } from 'esbuild';
import { openBackend } from '../../electron/core/backend';

const { values } = parseArgs({ options: { kills: { type: 'string', default: '200' }, keep: { type: 'boolean', default: false } } });
const kills = Number(values.kills);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-kill-'));
const databasePath = path.join(dir, 'journal.db');
// The writer is bundled once so each round starts plain Node, not a TypeScript loader: a kill
// loop spends its time killing, not compiling. Kept inside node_modules so packages resolve.
const writer = path.join(import.meta.dirname, '../../node_modules/.cache/chronicle-faults/writer.mjs');
buildSync({
  entryPoints: [path.join(import.meta.dirname, 'writer.ts')],
  outfile: writer,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'error',
});

interface Round {
  acked: string[];
  signal: NodeJS.Signals | null;
}

function killedWhileWriting(round: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, databasePath, String(round)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const acked: string[] = [];
    let buffered = '';
    let armed = false;
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`round ${round}: the writer never started writing`));
    }, 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4));
      if (!armed && acked.length > 0) {
        armed = true;
        // Somewhere in the middle of a stream of writes, at a moment nobody chose.
        setTimeout(() => child.kill('SIGKILL'), 20 + Math.random() * 400);
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(guard);
      if (signal !== 'SIGKILL') reject(new Error(`round ${round}: the writer stopped by itself (code ${code})`));
      else resolve({ acked, signal });
    });
  });
}

let lost = 0;
let acknowledged = 0;
let integrityFailures = 0;
for (let round = 1; round <= kills; round++) {
  const { acked } = await killedWhileWriting(round);
  acknowledged += acked.length;
  const backend = openBackend({ databasePath, externalPollMs: 0 });
  const integrity = backend.db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') integrityFailures++;
  const present = backend.db.prepare('SELECT 1 FROM entries WHERE id = ?');
  const missing = acked.filter((id) => !present.get(id)).length;
  lost += missing;
  backend.close();
  console.log(`kill ${round}/${kills}: ${acked.length} acknowledged, ${missing} missing, integrity ${String(integrity)}`);
}

console.log(
  `\n${kills} SIGKILLs during writes: ${acknowledged} acknowledged writes, ${lost} lost, integrity_check failed ${integrityFailures} times`,
);
if (!values.keep) fs.rmSync(dir, { recursive: true, force: true });
process.exit(lost === 0 && integrityFailures === 0 ? 0 : 1);
