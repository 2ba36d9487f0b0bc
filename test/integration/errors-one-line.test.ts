import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ChronicleError } from '../../shared/api/errors';
import { dayProblem } from '../../shared/domain/day';
import { parseJsonArchive, toJsonArchive } from '../../electron/core/exchange/jsonArchive';
import { importBragMarkdown } from '../../electron/core/exchange/importers/bragMarkdown';
import { snapshotRepo } from '../../electron/core/repos/snapshot';
import { runCli } from '../../electron/cli/run';
import { openTestJournal, type TestJournal } from './journal';

const journals: TestJournal[] = [];
afterEach(() => {
  for (const journal of journals.splice(0)) journal.close();
});

function refusal(run: () => unknown): ChronicleError {
  try {
    run();
  } catch (error) {
    if (error instanceof ChronicleError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('errors are one line', () => {
  it('lists several archive problems on one line, separated by semicolons', () => {
    const journal = openTestJournal();
    journals.push(journal);
    for (let i = 1; i <= 7; i++) journal.call('entries.create', { date: `2026-01-0${i}`, title: `Entry ${i}` });
    const archive = JSON.parse(toJsonArchive(snapshotRepo(journal.backend.db).read())) as { entries: { date: string }[] };
    for (const entry of archive.entries) entry.date = `${entry.date}\nrm -rf`;
    const error = refusal(() => parseJsonArchive(JSON.stringify(archive)));
    expect(error.message).not.toMatch(/[\r\n]/);
    expect(error.message).toMatch(/^This archive cannot be imported; nothing was changed: entry 1 \(“Entry \d”\): date /);
    expect(error.message).toMatch(/; …and 2 more problems$/);
  });

  it('escapes a newline inside a date it quotes instead of printing it raw', () => {
    const problem = dayProblem('2026-01-01\nDROP TABLE entries');
    expect(problem).toBe('"2026-01-01\\nDROP TABLE entries" is not a date in the form yyyy-MM-dd');
  });

  it('prints one line on stderr for a --date with a newline in it', async () => {
    const dir = fs.mkdtempSync(path.join(journalsDir(), 'one-line-'));
    let stderr = '';
    try {
      const code = await runCli(['--db', path.join(dir, 'j.db'), 'add', 'Shipped it', '--date', '2026-01-01\nsecond line'], {
        stdout: () => {},
        stderr: (text) => (stderr += text),
        env: {},
        now: () => new Date('2026-03-01T12:00:00Z'),
        isTty: false,
      });
      expect(code).not.toBe(0);
      expect(stderr).toBe(
        'chronicle: --date: "2026-01-01\\nsecond line" is not a date I can read; try yyyy-MM-dd, "today", "yesterday" or "last friday"\n',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('imports a brag document whose front matter has a YAML warning without printing a process warning', async () => {
    const warnings: Error[] = [];
    const listen = (warning: Error) => warnings.push(warning);
    process.on('warning', listen);
    try {
      const result = importBragMarkdown('---\ntitle: !brag Brag document 2019\n---\n\n## Projects\n\n- Shipped the importer\n', {
        thisYear: 2030,
      });
      expect(result.entries.map((e) => e.title)).toEqual(['Shipped the importer']);
      // Process warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', listen);
    }
    expect(warnings.map((w) => w.name)).toEqual([]);
  });
});

function journalsDir(): string {
  return fs.realpathSync(process.env.TMPDIR ?? '/tmp');
}
