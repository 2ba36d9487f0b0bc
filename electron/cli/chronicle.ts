#!/usr/bin/env node
import module from 'node:module';

// Node keeps the compiled code of the bundled modules on disk after the first run, so later runs
// skip parsing them (a quarter of the start-up time; see README: "Fast start").
module.enableCompileCache?.();
const { runCli } = await import('./run');

// `chronicle search x | head -1` closes stdout early: stop writing and end quietly, with no
// EPIPE stack. Anything else on stdout is a real failure and still surfaces.
let stdoutClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  stdoutClosed = true;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => {
    if (!stdoutClosed) process.stdout.write(text);
  },
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  now: () => new Date(),
  isTty: Boolean(process.stdout.isTTY),
  isStderrTty: Boolean(process.stderr.isTTY),
  isStdinTty: Boolean(process.stdin.isTTY),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
});
