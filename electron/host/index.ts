import { runHost } from './host';
import type { Channel, FromHost, ToHost } from './protocol';

/**
 * The backend host process. In the app, main starts it with Electron's utilityProcess.fork and
 * talks over `process.parentPort`; under plain Node (tests, a forked child) the same messages go
 * over the IPC channel child_process.fork opens. Nothing here imports Electron.
 */
interface ParentPort {
  on(event: 'message', listener: (event: { data: ToHost }) => void): void;
  postMessage(message: FromHost): void;
}

function parentChannel(): Channel<ToHost, FromHost> {
  const parentPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort;
  if (parentPort) {
    return {
      post: (message) => parentPort.postMessage(message),
      onMessage: (listener) => parentPort.on('message', (event) => listener(event.data as ToHost)),
    };
  }
  const send = process.send?.bind(process);
  if (!send) throw new Error('The Chronicle backend host must be started by the app (utilityProcess or child_process.fork).');
  // The app is gone (or killed us off): a host without its app has nobody to answer.
  process.on('disconnect', () => process.exit(0));
  return {
    post: (message) => void send(message),
    onMessage: (listener) => process.on('message', (message) => listener(message as ToHost)),
  };
}

runHost(parentChannel(), {
  onClosed: () => process.exit(0),
});
