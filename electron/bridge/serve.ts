import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BackendEvent } from '../../shared/api/contract';
import { ChronicleError } from '../../shared/api/errors';
import { defaultDatabasePath } from '../core/paths';
import { forkHost } from '../host/forkHost';
import { superviseBackendHosts } from '../host/longWork';
import { createToken, startBridge } from './server';

const USAGE = 'usage: npm run serve -- [--db <file>] [--port <n>] [--token <t>]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: '0' },
      token: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${values.port}"`);
  if (values.token !== undefined && values.token.length < 8) throw new Error('--token must be at least 8 characters');

  const here = path.dirname(fileURLToPath(import.meta.url));
  const rendererDir = path.resolve(here, '../renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${rendererDir} has no index.html): run npm run build first`);
  }
  const databasePath = path.resolve(values.db ?? defaultDatabasePath());
  // The same two backend hosts as the desktop app (built beside this file as host.js): long work
  // runs in its own process, so the page's cheap calls are answered meanwhile, and its progress
  // events reach the page while it runs.
  const listeners = new Set<(event: BackendEvent) => void>();
  const hosts = superviseBackendHosts({
    spawn: () => forkHost(path.join(here, 'host.js')),
    databasePath,
    onEvent: (event) => listeners.forEach((listener) => listener(event)),
    onCrash: (report) =>
      console.error(
        `chronicle serve: the backend (${report.host}) stopped with exit code ${String(report.code)}${report.restarting ? '; restarted' : ''}`,
      ),
  });
  await hosts.opened;
  const backend = {
    call: (method: string, input: unknown) => hosts.call(method, input),
    subscribe(listener: (event: BackendEvent) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const token = values.token ?? createToken();
  const bridge = await startBridge({ backend, rendererDir, token, port });

  console.log(`Chronicle (browser mode) is serving ${databasePath}`);
  console.log(`Open ${bridge.url}#token=${token}`);
  console.log('Press Ctrl+C to stop.');

  const stop = () => {
    void bridge
      .close()
      .then(() => hosts.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof ChronicleError || error instanceof Error ? error.message : String(error);
  console.error(`chronicle serve: ${message}`);
  if (!(error instanceof ChronicleError)) console.error(USAGE);
  process.exit(2);
});
