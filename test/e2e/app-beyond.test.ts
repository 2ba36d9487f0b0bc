/**
 * Issue 16 in the real renderer: commit suggestions on the week page (add, dismiss), commits beside
 * silent months in the readiness check, backups in settings, and the print page made into PDFs
 * with Chromium's own PDF printer, parsed for their text and turned into images to look at.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysToDay, dayOf, weekStartOf } from '../../shared/domain/day';
import { ADA, commitAs, GRACE, initRepo } from '../integration/gitRepos';
import { makeTempDir } from '../integration/journal';
import { seedJournal } from './app-seed';
import { type AppHarness, launchApp, SCREENSHOT_DIR, screenshot } from './harness';

const today = dayOf(new Date());
const monday = weekStartOf(today, 1);
const year = Number(today.slice(0, 4));

/** A repository with this week's work, and work in two months that have no entries. */
function makeRepository(): string {
  const repo = initRepo(path.join(makeTempDir('chronicle-e2e-git-'), 'ranking-service'));
  // in time order, as a real history is (git stops a --since walk at older commits)
  commitAs(repo, GRACE, `${year}-02-02`, 'Initial commit');
  for (const day of [`${year}-02-03`, `${year}-02-10`, `${year}-02-11`, `${year}-03-17`])
    commitAs(repo, ADA, day, `Migrate the ${day} batch jobs`);
  commitAs(repo, ADA, monday, 'Cache embeddings per customer (#812)');
  commitAs(repo, ADA, monday, 'Shard scoring across 16 workers (#812)');
  commitAs(repo, ADA, today, 'Fix flaky eval test');
  commitAs(repo, GRACE, today, 'Pair on the golden-set check\n\nCo-authored-by: Ada Lovelace <ada@example.com>');
  return repo;
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`beyond the peers, ${scheme}`, () => {
    let app: AppHarness;
    let repo: string;

    beforeAll(async () => {
      repo = makeRepository();
      app = await launchApp({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
      await seedJournal(app);
      await app.rpc('settings.update', { welcomeDone: true, git: { repositories: [repo, '/no/such/folder'], authors: [ADA.email] } });
      await app.page.reload();
    }, 120_000);
    afterAll(async () => {
      await app?.close();
      fs.rmSync(path.dirname(repo), { recursive: true, force: true });
    });

    it('the week lists the week’s commits as candidates; one click adds or dismisses', async () => {
      const page = app.page;
      await page
        .getByRole('navigation')
        .getByRole('button', { name: /^This week/ })
        .click();
      await page.getByRole('heading', { name: /From your commits/ }).waitFor();
      await page.getByText('Reading your commits…').waitFor({ state: 'detached' });
      await screenshot(page, `beyond-week-suggestions-${scheme}`);
      const suggestions = page.getByRole('list', { name: 'Suggested entries' });
      await suggestions.waitFor();
      await expect
        .poll(() =>
          suggestions
            .getByRole('listitem')
            .filter({ has: page.locator('.suggestion-title') })
            .allTextContents(),
        )
        .toHaveLength(2);
      await page.getByText('/no/such/folder does not exist.').waitFor();
      await page.getByRole('heading', { name: /From your commits/ }).scrollIntoViewIfNeeded();
      await screenshot(page, `beyond-week-suggestions-${scheme}`);

      await page.getByRole('button', { name: 'Add “Cache embeddings per customer”' }).click();
      await page
        .getByRole('list', { name: 'Entries this week' })
        .locator('.entry-row-title', { hasText: 'Cache embeddings per customer' })
        .waitFor();
      await page.getByRole('button', { name: 'Add “Cache embeddings per customer”' }).waitFor({ state: 'detached' });
      const remaining = await suggestions.locator('.suggestion-title').allTextContents();
      expect(remaining).toHaveLength(1);
      await page.getByRole('button', { name: `Dismiss “${remaining[0]}”` }).click();
      await page.getByText('No new commits of yours this week.').waitFor();
      const entry = (
        await app.rpc<{ items: { title: string; themes: { name: string }[] }[] }>('entries.list', {
          from: monday,
          to: addDaysToDay(monday, 6),
        })
      ).items.find((e) => e.title === 'Cache embeddings per customer');
      expect(entry?.themes.map((t) => t.name)).toEqual(['ranking-service']);
    }, 120_000);

    it('the readiness check puts commits beside silent months', async () => {
      const page = app.page;
      await page
        .getByRole('navigation')
        .getByRole('button', { name: /^Review/ })
        .click();
      await page.getByRole('tab', { name: 'Readiness check' }).click();
      const gaps = page.getByRole('region', { name: 'Commits in silent months' });
      await gaps.getByRole('heading', { name: /months? with no entries, but \d+ commits?/ }).waitFor();
      expect(await gaps.textContent()).toMatch(/February \d{4}: 3 commits/);
      await gaps.scrollIntoViewIfNeeded();
      await screenshot(page, `beyond-review-gaps-${scheme}`);
    }, 60_000);

    it('settings back up now, show the last backup and list what each backup holds', async () => {
      const page = app.page;
      await page
        .getByRole('navigation')
        .getByRole('button', { name: /^Settings/ })
        .click();
      await page.getByRole('heading', { name: 'Backups' }).scrollIntoViewIfNeeded();
      await page.getByRole('button', { name: 'Back up now' }).click();
      await page.getByText(/^Last backup .* entries$/).waitFor();
      const backups = page.getByRole('list', { name: 'Backups' });
      await backups.getByRole('radio').first().check();
      await page
        .getByRole('region', { name: 'Restore this backup' })
        .getByText(/This backup holds \d+ entries/)
        .waitFor();
      await page.getByRole('heading', { name: 'Suggestions from your commits' }).scrollIntoViewIfNeeded();
      await page.getByRole('heading', { name: 'Backups' }).scrollIntoViewIfNeeded();
      await screenshot(page, `beyond-settings-backups-${scheme}`);
      await page.getByRole('heading', { name: 'Suggestions from your commits' }).scrollIntoViewIfNeeded();
      await screenshot(page, `beyond-settings-git-${scheme}`);
    }, 60_000);

    it('settings add a repository and an email by their forms, add no repeat, and remove them', async () => {
      const page = app.page;
      await page
        .getByRole('navigation')
        .getByRole('button', { name: /^Settings/ })
        .click();
      const gitSettings = async () => (await app.rpc<{ git: { repositories: string[]; authors: string[] } }>('settings.get', {})).git;
      const repositories = page.getByRole('list', { name: 'Repositories' });
      const folder = page.getByLabel('Repository folder', { exact: true });
      await folder.fill('  /work/elsewhere  ');
      await page.getByRole('button', { name: 'Add repository' }).click();
      await repositories.getByText('/work/elsewhere', { exact: true }).waitFor();
      await expect.poll(() => folder.inputValue()).toBe('');
      expect((await gitSettings()).repositories).toEqual([repo, '/no/such/folder', '/work/elsewhere']);

      // a folder already listed is not added again, and stays in the field to be changed
      await folder.fill(repo);
      await page.getByRole('button', { name: 'Add repository' }).click();
      expect(await folder.inputValue()).toBe(repo);
      expect(await repositories.getByRole('listitem').count()).toBe(3);
      await folder.fill('');
      expect(await page.getByRole('button', { name: 'Add repository' }).isDisabled()).toBe(true);

      await page.getByRole('button', { name: 'Stop reading /no/such/folder' }).click();
      await repositories.getByText('/no/such/folder', { exact: true }).waitFor({ state: 'detached' });
      expect((await gitSettings()).repositories).toEqual([repo, '/work/elsewhere']);

      const emails = page.getByRole('list', { name: 'Your commit emails' });
      await page.getByLabel('Your commit email', { exact: true }).fill('ada.work@example.com');
      await page.getByRole('button', { name: 'Add email' }).click();
      await emails.getByText('ada.work@example.com', { exact: true }).waitFor();
      expect((await gitSettings()).authors).toEqual([ADA.email, 'ada.work@example.com']);
      await page.getByRole('heading', { name: 'Suggestions from your commits' }).scrollIntoViewIfNeeded();
      await screenshot(page, `beyond-settings-git-edited-${scheme}`);
      await page.getByRole('button', { name: `Remove ${ADA.email}` }).click();
      await emails.getByText(ADA.email, { exact: true }).waitFor({ state: 'detached' });
      expect(await gitSettings()).toEqual({ repositories: [repo, '/work/elsewhere'], authors: ['ada.work@example.com'] });
    }, 60_000);

    it('prints the review packet and the brag document as PDF, A4 and Letter, light even in dark mode', async () => {
      const draft = await app.rpc<{ id: string; title: string }>('drafts.create', {
        kind: 'packet',
        reader: 'manager',
        period: { kind: 'year', year: 2026 },
      });
      const pdfs: { name: string; file: string; text: string; size: [number, number] }[] = [];
      for (const [name, hash] of [
        ['packet-a4', `#/print?draft=${draft.id}&paper=a4`],
        ['brag-letter', `#/print?period=${encodeURIComponent(JSON.stringify({ kind: 'year', year: 2026 }))}&paper=letter`],
      ] as const) {
        const page = await app.context.newPage();
        await page.goto(`${app.baseUrl}/${hash}&token=${app.token}`);
        await page.locator('html[data-print-ready="true"]').waitFor();
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
        expect(await page.locator('nav, .sidebar').count()).toBe(0);
        const file = path.join(SCREENSHOT_DIR, `beyond-${name}-${scheme}.pdf`);
        fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
        await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
        await page.close();
        const pdf = await getDocumentProxy(new Uint8Array(fs.readFileSync(file)));
        const { text } = await extractText(pdf, { mergePages: true });
        const first = await pdf.getPage(1);
        const { width, height } = first.getViewport({ scale: 1 });
        pdfs.push({ name, file, text, size: [Math.round(width), Math.round(height)] });
        execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, file.replace(/\.pdf$/, '')]);
      }
      const [packet, brag] = pdfs;
      // A4 is 595 × 842 points, Letter 612 × 792
      expect(packet?.size).toEqual([595, 842]);
      expect(brag?.size).toEqual([612, 792]);
      expect(packet?.text).toContain(draft.title);
      expect(packet?.text).toMatch(/SOURCES\s+1\. \d+ \w{3} \d{4}, /);
      expect(packet?.text).toMatch(/1 \/ \d+/);
      expect(brag?.text).toContain('Brag document: 2026');
      expect(brag?.text).toContain('Cut model evaluation time from 3 hours to 22 minutes');
      expect(brag?.text).toMatch(/1 \/ \d+/);
      for (const pdf of pdfs) expect(fs.existsSync(pdf.file.replace(/\.pdf$/, '-1.png'))).toBe(true);
    }, 120_000);
  });
}
