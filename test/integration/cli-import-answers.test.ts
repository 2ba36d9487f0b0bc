import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, runCli } from '../e2e/harness';
import { makeTempDir } from './journal';

/**
 * `chronicle import --dry-run` asks the importer's guesses as questions, and `--answer id=answer`
 * answers them, in the dry run and the import: the real CLI in a child process on a real journal.
 */

const priya = path.join(import.meta.dirname, '../fixtures/imports/authors/julia-template-priya.md');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
beforeAll(() => requireBuild(['cli']));

function tempDb(): string {
  const dir = makeTempDir('chronicle-answers-');
  dirs.push(dir);
  return path.join(dir, 'journal.db');
}

async function ok(args: string[]) {
  const result = await runCli(args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('chronicle import, answering its questions', () => {
  it('prints what it understood and each guess as a question, then imports with the answers given', async () => {
    const db = tempDb();
    const dry = (await ok(['--db', db, 'import', priya, '--dry-run'])).split('\n');
    const pricing = dry.indexOf('  2023-05-11 (mid-May – early July 2023)  Pricing experiment  [projects]');
    expect(dry.slice(pricing, pricing + 5)).toEqual([
      '  2023-05-11 (mid-May – early July 2023)  Pricing experiment  [projects]',
      '      people: Tom (PM) · impact: +3% conversion on annual plans',
      '      ! What was under the heading "Pricing experiment" was read as one project, titled by the heading.',
      "      ? Is “Tom” a person?  --answer '1:person:Tom=…'  (yes | no; now yes)",
      "      ? Year 2023 from the title “Brag document 2023” — right?  --answer '1:year=…'  (a year; now 2023)",
    ]);
    expect(dry.at(-2)).toBe('11 guesses (?) can be answered with --answer <id>=<answer>, in the dry run and the import.');

    const answers = ['--answer', '1:year=2022', '--answer', '1:person:Tom=no', '--answer', '7:date=2023-06-02'];
    expect(await ok(['--db', db, 'import', priya, '--default-date', '2023-12-15', ...answers])).toBe('Imported 8 entries and 2 goals\n');
    const listed = JSON.parse(await ok(['--db', db, 'list', '--json'])) as
      | { items: { date: string; title: string; people: { name: string }[] }[] }
      | { date: string; title: string; people: { name: string }[] }[];
    const items = Array.isArray(listed) ? listed : listed.items;
    expect(items.find((e) => e.title === 'Pricing experiment')).toMatchObject({ date: '2022-05-11', people: [] });
    expect(items.find((e) => e.title.startsWith('thanks to Jonas'))?.date).toBe('2023-06-02');
  });

  it('refuses an answer without "=" as a usage error, and a wrong answer in one line, writing nothing', async () => {
    const db = tempDb();
    const usage = await runCli(['--db', db, 'import', priya, '--answer', '1:year']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--answer takes a question and its answer');
    const wrong = await runCli(['--db', db, 'import', priya, '--default-date', '2023-12-15', '--answer', '1:person:Tom=maybe']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe('chronicle: The answer to question 1:person:Tom must be one of yes, no.\n');
    expect(await ok(['--db', db, 'list'])).toBe('No entries.\n');
  });
});
