import { fork } from 'node:child_process';
import type { FromHost, ToHost } from './protocol';
import type { HostProcess } from './supervisor';

/**
 * Starts the host under plain Node with child_process.fork: the same messages as Electron's
 * utilityProcess, over Node's IPC channel ('advanced' serialization is structured clone, as a
 * MessagePort uses). `entry` is out/main/host.js, or electron/host/index.ts loaded through tsx.
 */
export function forkHost(entry: string, options: { env?: NodeJS.ProcessEnv } = {}): HostProcess {
  const child = fork(entry, [], {
    serialization: 'advanced',
    execArgv: entry.endsWith('.ts') ? ['--import', 'tsx'] : [],
    env: options.env ?? process.env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return {
    send: (message: ToHost) => {
      if (child.connected) child.send(message);
    },
    onMessage: (listener) => child.on('message', (message) => listener(message as FromHost)),
    onExit: (listener) => child.on('exit', (code) => listener(code)),
    kill: () => void child.kill('SIGKILL'),
    pid: child.pid,
  };
}
