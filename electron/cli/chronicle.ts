#!/usr/bin/env node
import { runCli } from './run';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  now: () => new Date(),
  isTty: Boolean(process.stdout.isTTY),
});
