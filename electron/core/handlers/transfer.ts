import fs from 'node:fs';
import path from 'node:path';
import type { Handlers, ParsedInput } from '../../../shared/api/contract';
import { ChronicleError } from '../../../shared/api/errors';
import { dateOfDay } from '../../../shared/domain/day';
import { formatEntryDate } from '../../../shared/domain/entryDate';
import type {
  ExportedFile,
  ImportFileFormat,
  SavedExport,
  ImportOutcome,
  ImportPreview,
  ImportPreviewEntry,
} from '../../../shared/domain/model';
import { toFtsExpression } from '../../../shared/domain/searchQuery';
import { checkArchive, type ArchiveSnapshot } from '../exchange/archive';
import { decodeText, describeSize, MAX_IMPORT_BYTES } from '../exchange/decode';
import { blogPost, bragDocumentChunks, entryFile, searchResults, themePost } from '../exchange/exports';
import { entryFileName, slugify } from '../exchange/fileNames';
import { type ImportResult, importText } from '../exchange/importers';
import { fileHead, looksLikeJson, readJsonFileInStream, streamedJsonImport, type StreamedImport } from '../exchange/importers/jsonFile';
import { MAX_STREAMED_IMPORT_BYTES } from '../exchange/importers/jsonStream';
import { jsonArchiveChunks, parseJsonArchive } from '../exchange/jsonArchive';
import { writeChunksAtomic, writeFolder } from '../exchange/atomicWrite';
import {
  MANIFEST_PATH,
  markdownArchiveChunks,
  markdownFolderFiles,
  parseMarkdownArchive,
  parseMarkdownFolder,
  toMarkdownFolder,
} from '../exchange/markdownArchive';
import { importNoteFolder, isZip, type NoteFile, unzipNotes } from '../exchange/importers/noteFolder';
import { answerGuesses, answerNotes } from '../exchange/importers/guesses';
import type { ImportedEntry } from '../exchange/importers/types';
import { type ArchiveImportReport, mergeArchive } from '../exchange/mergeArchive';
import { snapshotRepo } from '../repos/snapshot';
import { indexOnce } from '../db/searchIndex';
import { type BulkEntry, writeEntries } from '../exchange/bulkWrite';
import { entryLinks } from './entries';
import { nextThemeColor } from '../../../shared/domain/themeColors';
import type { Context } from './context';
import { bulletsMarkdown } from './drafts';
import { reviewSources } from './review';

type TransferMethods = 'export.file' | 'export.folder' | 'export.save' | 'import.preview' | 'import.commit';

type ImportInput = ParsedInput<'import.preview'>;

/**
 * Why a file over 10 MB cannot be imported: only JSON is read in a stream; everything else is
 * parsed as a whole, so the refusal says so and what to do instead.
 */
function tooBigToReadWhole(fileName: string, size: number, head: string): string {
  const streamedLimit = describeSize(MAX_STREAMED_IMPORT_BYTES);
  if (size > MAX_STREAMED_IMPORT_BYTES && looksLikeJson(head, fileName)) {
    return `${fileName} is ${describeSize(size)}; Chronicle reads JSON exports and archives up to ${streamedLimit}. Export a shorter period (jrnl and Day One can export a range of dates) and import each part.`;
  }
  const limit = describeSize(MAX_IMPORT_BYTES);
  const what = describeSize(size) === limit ? `just over ${limit}` : describeSize(size);
  if (head.startsWith('PK')) {
    return `${fileName} is ${what}; a .zip is read whole, so it is limited to ${limit}: unzip it and import the folder instead.`;
  }
  if (head.startsWith('---') && head.includes('chronicle-archive')) {
    return `${fileName} is ${what}; a Markdown archive is read whole, so it is limited to ${limit}: export a JSON archive instead (up to ${streamedLimit}), or export to a folder.`;
  }
  return `${fileName} is ${what}; Markdown documents are read whole, so they are limited to ${limit}: split it into smaller files (one per year, say) and import each. JSON exports (jrnl, Day One) can be up to ${streamedLimit}.`;
}

/** What a file turned out to be: a Chronicle archive, or entries from somewhere else. */
type ReadFile =
  | { format: ImportFileFormat; archive: ArchiveSnapshot }
  | { format: ImportFileFormat; result: ImportResult }
  | { format: ImportFileFormat; streamed: StreamedImport };

/** Entries written between two calls to writeEntries when a big file is imported in a stream. */
const STREAMED_BATCH = 1000;

/** Why the disk refused an export, in words (the rest are bugs, reported as such by dispatch). */
const DISK_FAILURES: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'part of the path is a file, not a folder',
  EISDIR: 'a folder has that name',
  EEXIST: 'a file has the name of one of its folders',
  EACCES: 'the system did not allow it (permission denied)',
  EPERM: 'the system did not allow it (operation not permitted)',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
};

function isFolder(target: string): boolean {
  try {
    return fs.statSync(target).isDirectory();
  } catch {
    return false;
  }
}

/** An imported entry as the bulk writer takes it, on the day (and precision) its preview row shows. */
function bulkEntryOf(entry: ImportedEntry, date: string, item: ImportPreviewEntry): BulkEntry {
  return {
    date,
    datePrecision: item.datePrecision ?? 'day',
    dateEnd: item.dateEnd ?? null,
    title: entry.title,
    body: entry.body,
    impact: entry.impact,
    section: entry.section,
    kind: entry.kind,
    starred: entry.starred,
    links: [],
    themes: entry.themes,
    people: entry.people,
    ...(entry.roles ? { roles: entry.roles } : {}),
  };
}

const titleKey = (title: string) => title.normalize('NFKC').toLocaleLowerCase('en-US').replace(/\s+/g, ' ').trim();

/** Exports and imports. Everything a user writes can leave as Markdown or JSON and come back. */
export function transferHandlers(ctx: Context): Pick<Handlers, TransferMethods> {
  const links = entryLinks(ctx);
  const { entries, themes, drafts, goals } = ctx.repos;
  const snapshots = snapshotRepo(ctx.db);
  const sources = reviewSources(ctx);

  function draftOrThrow(id: string) {
    const row = drafts.get(id);
    if (!row) throw new ChronicleError('not_found', 'That draft does not exist.', { id });
    const latest = drafts.latest(row.seq);
    if (!latest) throw new ChronicleError('not_found', 'That draft has no text yet.', { id });
    return { row, latest };
  }

  /** An export as its whole text (small ones, and the browser's downloads). */
  function render(input: ParsedInput<'export.file'>): ExportedFile {
    const { chunks, ...file } = renderChunks(input);
    return { ...file, content: [...chunks].join('') };
  }

  /**
   * An export piece by piece: the brag document and the archives are read from cursors as they are
   * written (so `export.save` keeps memory flat), the others are small and come whole.
   */
  function renderChunks(input: ParsedInput<'export.file'>): Omit<ExportedFile, 'content'> & { chunks: Iterable<string> } {
    switch (input.kind) {
      case 'brag': {
        const period = sources.resolvePeriod(input.period);
        const { goals: thisYear, goalsNext } = sources.goalsFor(period);
        const chunks = bragDocumentChunks({
          label: period.label,
          goals: thisYear,
          goalsNext,
          bySection: (section) => entries.sectionInRange(section, period.from, period.to),
        });
        return { fileName: `brag-document-${slugify(period.label)}.md`, mimeType: 'text/markdown', chunks };
      }
      case 'archive': {
        const stamp = ctx.today();
        return input.format === 'json'
          ? {
              fileName: `chronicle-archive-${stamp}.json`,
              mimeType: 'application/json',
              chunks: jsonArchiveChunks(snapshots.source(), { exportedAt: ctx.clock() }),
            }
          : {
              fileName: `chronicle-archive-${stamp}.md`,
              mimeType: 'text/markdown',
              chunks: markdownArchiveChunks(snapshots.source(), { exportedAt: ctx.clock() }),
            };
      }
      default: {
        const { content, ...file } = renderWhole(input);
        return { ...file, chunks: [content] };
      }
    }
  }

  function renderWhole(input: Exclude<ParsedInput<'export.file'>, { kind: 'brag' | 'archive' }>): ExportedFile {
    switch (input.kind) {
      case 'blog': {
        const { row, latest } = draftOrThrow(input.draftId);
        const period = { from: row.period_from, to: row.period_to };
        // Tags: the period's five biggest themes, unless the user chose them.
        const inPeriod = entries.fullInRange(period.from, period.to);
        const counted = new Map<string, number>();
        for (const entry of inPeriod) for (const t of entry.themes) counted.set(t.name, (counted.get(t.name) ?? 0) + 1);
        const topThemes = [...counted.entries()]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .slice(0, 5)
          .map(([name]) => name);
        return blogPost({
          title: row.title,
          date: row.period_to <= ctx.today() ? row.period_to : ctx.today(),
          tags: input.tags ?? topThemes,
          markdown: latest.markdown,
          fileName: `${slugify(row.title)}.md`,
        });
      }
      case 'themePost': {
        const theme = themes.get(input.themeId);
        if (!theme) throw new ChronicleError('not_found', 'That theme does not exist.');
        const ofTheme = entries.list({ themeId: theme.id, trashed: false, limit: 500 }).items.map((item) => item.id);
        return themePost({ theme, entries: entries.fullByIds(ofTheme), fileName: `${slugify(theme.name)}.md` });
      }
      case 'packet': {
        const { row, latest } = draftOrThrow(input.draftId);
        return { fileName: `${slugify(row.title)}.md`, mimeType: 'text/markdown', content: `${latest.markdown.trimEnd()}\n` };
      }
      case 'bullets': {
        const { row, latest } = draftOrThrow(input.draftId);
        const kept = latest.bullets
          ? (JSON.parse(latest.bullets) as {
              text: string;
              accepted: boolean;
              sourceIds: string[];
              id: string;
              needsMeasure: boolean;
              warnings: { code: string; message: string }[];
            }[])
          : [];
        const chosen = input.acceptedOnly ? kept.filter((b) => b.accepted) : kept;
        // An empty file that says it saved is worse than a sentence: refuse before writing.
        if (chosen.length === 0) {
          throw new ChronicleError(
            'conflict',
            kept.length === 0
              ? 'This draft has no bullets to export.'
              : 'None of these bullets is accepted yet: accept the ones you want in Review, or export them all.',
          );
        }
        return { fileName: `${slugify(row.title)}.md`, mimeType: 'text/markdown', content: `${bulletsMarkdown(chosen)}\n` };
      }
      case 'entry': {
        const row = ctx.entryRow(input.entryId);
        const entry = entries.toEntry(row);
        return entryFile(entry, entryFileName(entry));
      }
      case 'search': {
        const expression = toFtsExpression(input.query);
        const ids = expression ? entries.search(expression, 200, Number.MAX_SAFE_INTEGER).hits.map(({ item }) => item.id) : [];
        const found = entries.fullByIds(ids).sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
        return searchResults({ query: input.query, entries: found, fileName: `search-${slugify(input.query)}.md` });
      }
    }
  }

  /**
   * Writes an export to the path the user chose as it reads the journal. A file export given an
   * existing folder goes into it under its own name (as the command line's --out always did).
   */
  function save(input: ParsedInput<'export.save'>): SavedExport {
    try {
      return saveTo(input);
    } catch (error) {
      const reason = DISK_FAILURES[(error as { code?: string } | null)?.code ?? ''];
      if (reason) throw new ChronicleError('invalid_input', `Chronicle could not write ${input.to}: ${reason}.`);
      throw error;
    }
  }

  function saveTo(input: ParsedInput<'export.save'>): SavedExport {
    const what = input.export;
    if (what.kind === 'folder') {
      const existed = fs.existsSync(input.to);
      try {
        const written = writeFolder(input.to, markdownFolderFiles(snapshots.source(), { exportedAt: ctx.clock() }));
        return { path: path.resolve(input.to), fileName: path.basename(input.to), ...written };
      } catch (error) {
        // A folder this export made is removed again, so a failure leaves no half archive behind.
        if (!existed) fs.rmSync(input.to, { recursive: true, force: true });
        throw error;
      }
    }
    const { fileName, chunks } = renderChunks(what);
    const target = path.resolve(isFolder(input.to) ? path.join(input.to, fileName) : input.to);
    const bytes = writeChunksAtomic(target, chunks);
    return { path: target, fileName: path.basename(target), bytes, files: 1 };
  }

  /** A folder with Chronicle's manifest is an archive; any other folder is a folder of notes. */
  function readFolder(files: NoteFile[], fileName: string): ReadFile {
    if (files.some((f) => f.path === MANIFEST_PATH)) return { format: 'chronicle-folder', archive: parseMarkdownFolder(files) };
    return { format: 'note-folder', result: importNoteFolder(files, fileName) };
  }

  /**
   * A file named by its path (the command line only): up to 10 MB it is read whole like any other;
   * a bigger JSON export or JSON archive is read in a stream; anything else is refused, saying why.
   */
  function readPath(file: string, fileName: string): ReadFile {
    if (!ctx.readLocalFiles) {
      throw new ChronicleError('invalid_input', 'Only the command line imports a file by its path here: choose the file instead.');
    }
    let size: number;
    try {
      const stat = fs.statSync(file);
      if (!stat.isFile()) throw new ChronicleError('invalid_input', `${fileName} is not a file.`);
      size = stat.size;
    } catch (error) {
      if (error instanceof ChronicleError) throw error;
      throw new ChronicleError('not_found', `${fileName} could not be read: it does not exist or is not readable.`);
    }
    if (size <= MAX_IMPORT_BYTES) return readBytes(fs.readFileSync(file), fileName);
    const head = fileHead(file);
    if (size > MAX_STREAMED_IMPORT_BYTES || !looksLikeJson(head, fileName) || isZip(Buffer.from(head.slice(0, 4), 'latin1'))) {
      throw new ChronicleError('invalid_input', tooBigToReadWhole(fileName, size, head));
    }
    if (/"format"\s*:\s*"chronicle-archive"/.test(head.slice(0, 2000))) {
      return { format: 'chronicle-json', archive: checkArchive(readJsonFileInStream(file, fileName, 'Chronicle archive'), 'JSON') };
    }
    // Which export it is shows as it is read; 'jrnl' until then.
    return { format: 'jrnl', streamed: streamedJsonImport(file, fileName, head) };
  }

  function readInput(input: ImportInput): ReadFile {
    if (input.folder) return readFolder(input.folder, input.fileName);
    if (input.path !== undefined) return readPath(input.path, input.fileName);
    return readBytes(Buffer.from(input.data ?? '', 'base64'), input.fileName);
  }

  function readBytes(bytes: Buffer, fileName: string): ReadFile {
    if (isZip(bytes)) return readFolder(unzipNotes(bytes, fileName), fileName);
    const exact = decodeText(bytes, fileName, { keepLineEndings: true });
    const head = exact.slice(0, 2000);
    if (/^\s*\{/.test(exact) && /"format"\s*:\s*"chronicle-archive"/.test(head))
      return { format: 'chronicle-json', archive: parseJsonArchive(exact) };
    if (exact.startsWith('---') && head.includes('chronicle-archive'))
      return { format: 'chronicle-markdown', archive: parseMarkdownArchive(exact) };
    const text = exact.replace(/\r\n?/g, '\n');
    const result = importText(text, fileName, { thisYear: dateOfDay(ctx.today()).getFullYear() });
    return { format: result.format, result };
  }

  /** Runs the archive merge and undoes it: exactly what a commit would do, written nowhere. */
  function dryRunArchive(archive: ArchiveSnapshot): ArchiveImportReport {
    return ctx.dryRun(() => indexOnce(ctx.db, () => mergeArchive(snapshots, archive)));
  }

  /**
   * Every entry as the user's answers make it, with the row the preview shows for it. The one
   * path for the preview and the commit, so what the preview shows is what gets written.
   */
  function previewEntries(
    result: ImportResult,
    input: ImportInput,
  ): { rows: { entry: ImportedEntry; item: ImportPreviewEntry }[]; notes: ReturnType<typeof answerNotes> } {
    const notes = answerNotes(result.notes ?? [], input.answers ?? {});
    // Notes made entries come last, named "n<k>" so their questions keep their ids whatever else is answered.
    const all = [...result.entries, ...notes.entries.map((n) => n.entry)];
    const keys = [...result.entries.map((_, i) => String(i)), ...notes.entries.map((n) => n.key)];
    const rows = answerGuesses(all, notes.rest, input.defaultDate, keys).flatMap(({ parts, guesses, undated }) =>
      parts.map((entry, part) => ({ entry, item: previewItem(entry, entry.date, undated, part === 0 ? guesses : []) })),
    );
    return { rows, notes };
  }

  /**
   * The row the preview shows for one entry. A day the user picked is a day; a date from the
   * file keeps its precision. Entries this same import already wrote (`ownIds`: a stream writes
   * as it reads) are not duplicates.
   */
  function previewItem(
    entry: ImportedEntry,
    date: string | null,
    undated: boolean,
    guesses: NonNullable<ImportPreviewEntry['guesses']>,
    ownIds?: ReadonlySet<string>,
  ): ImportPreviewEntry {
    const when = undated
      ? { date, datePrecision: 'day' as const, dateEnd: null }
      : { date, datePrecision: entry.datePrecision ?? 'day', dateEnd: entry.dateEnd ?? null };
    const duplicate = date
      ? entries.titlesOn(date).find((e) => titleKey(e.title) === titleKey(entry.title) && !ownIds?.has(e.id))
      : undefined;
    return {
      ...when,
      dateText: date === null ? null : formatEntryDate({ ...when, date }),
      impact: entry.impact,
      ...(entry.roles ? { roles: entry.roles } : {}),
      ...(entry.goals ? { goals: entry.goals.map((g) => g.title) } : {}),
      title: entry.title,
      section: entry.section,
      kind: entry.kind,
      themes: entry.themes,
      people: entry.people,
      starred: entry.starred,
      warnings: entry.warnings,
      ...(guesses.length > 0 ? { guesses } : {}),
      duplicateOf: duplicate ? { id: duplicate.id, title: duplicate.title, date: duplicate.date } : null,
    };
  }

  /** A streamed entry (jrnl, Day One): no questions, the default day for one without a date. */
  function previewEntry(entry: ImportedEntry, defaultDate: string | undefined, ownIds?: ReadonlySet<string>): ImportPreviewEntry {
    return previewItem(entry, entry.date ?? defaultDate ?? null, entry.date === null, [], ownIds);
  }

  function goalExists(goal: { year: number; title: string }): boolean {
    return goals.list(goal.year).some((g) => titleKey(g.title) === titleKey(goal.title));
  }

  function preview(input: ImportInput): ImportPreview {
    const read = readInput(input);
    if ('archive' in read) {
      const report = dryRunArchive(read.archive);
      return {
        format: read.format,
        fileName: input.fileName,
        warnings: report.warnings,
        entries: [],
        goals: [],
        archive: { restored: report.restored, counts: report.counts },
        undated: 0,
        duplicates: 0,
      };
    }
    if ('streamed' in read) {
      const streamedItems: ImportPreviewEntry[] = [];
      const { format, warnings } = read.streamed.run((entry) => streamedItems.push(previewEntry(entry, input.defaultDate)));
      return {
        format,
        fileName: input.fileName,
        warnings,
        entries: streamedItems,
        goals: [],
        archive: null,
        undated: streamedItems.filter((e) => e.date === null).length,
        duplicates: streamedItems.filter((e) => e.duplicateOf).length,
        notes: [],
      };
    }
    const { rows, notes } = previewEntries(read.result, input);
    const items = rows.map(({ item }) => item);
    return {
      format: read.format,
      fileName: input.fileName,
      warnings: read.result.warnings,
      entries: items,
      goals: (read.result.goals ?? []).map((g) => ({ year: g.year, title: g.title, status: g.status, exists: goalExists(g) })),
      archive: null,
      undated: items.filter((e) => e.date === null).length,
      duplicates: items.filter((e) => e.duplicateOf).length,
      notes: notes.kept,
      questions: items.reduce((n, e) => n + (e.guesses?.length ?? 0), notes.questions.length),
      ...(notes.questions.length > 0 ? { noteQuestions: notes.questions } : {}),
    };
  }

  /**
   * The text around the entries (introduction, name and role, format notes) is kept as the
   * reflection of the year the document is about, added after anything already written there.
   */
  function saveNotes(result: ImportResult, items: readonly ImportPreviewEntry[], at: string): void {
    const notes = (result.notes ?? []).filter((n) => n.trim());
    if (notes.length === 0) return;
    const year = result.year ?? Number((items.find((e) => e.date)?.date ?? ctx.today()).slice(0, 4));
    const start = `${year}-01-01`;
    const existing = ctx.repos.reflections.get('year', start);
    const fresh = notes.filter((n) => !existing?.body.includes(n));
    if (fresh.length === 0) return;
    const body = [
      existing?.body.trim() ?? '',
      `*From the import of ${result.format === 'brag-markdown' ? 'a brag document' : 'a journal'}:*`,
      ...fresh,
    ]
      .filter(Boolean)
      .join('\n\n');
    ctx.repos.reflections.save({ id: existing?.id ?? ctx.newId(), period: 'year', start, body, now: at });
  }

  /**
   * A big JSON export, written as it is read: a thousand entries at a time into the one
   * transaction dispatch opened, indexed for search once at the end. A refusal anywhere in the
   * file throws out of the transaction, so nothing of it is kept.
   */
  function commitStreamed(streamed: StreamedImport, input: ImportInput): ImportOutcome {
    const at = ctx.now();
    const ownIds = new Set<string>();
    let batch: BulkEntry[] = [];
    let undated = 0;
    let skippedDuplicates = 0;
    const progress = (done: number) => {
      const read = streamed.bytesRead();
      const total = read > 0 ? Math.max(done, Math.round((done * streamed.size) / read)) : done;
      ctx.progress({ task: 'import', phase: 'writing', done, total });
    };
    const flush = () => {
      const written = writeEntries(ctx.db, batch, { now: at, newId: ctx.newId, colorFor: nextThemeColor });
      for (const { id } of written) ownIds.add(id);
      batch = [];
      progress(ownIds.size);
    };
    const { format } = indexOnce(
      ctx.db,
      () => {
        const read = streamed.run((entry) => {
          const item = previewEntry(entry, input.defaultDate, ownIds);
          if (item.date === null) {
            undated += 1;
            return;
          }
          if (item.duplicateOf && !input.includeDuplicates) {
            skippedDuplicates += 1;
            return;
          }
          batch.push(bulkEntryOf(entry, item.date, item));
          if (batch.length >= STREAMED_BATCH) flush();
        });
        if (batch.length > 0) flush();
        return read;
      },
      (pending) => ctx.progress({ task: 'import', phase: 'indexing', done: 0, total: pending }),
    );
    if (undated > 0) {
      throw new ChronicleError('invalid_input', `${undated} of the items have no date in the file: choose a day for them.`, { undated });
    }
    return { format, created: ownIds.size, skippedDuplicates, goalsCreated: 0, archive: null };
  }

  return {
    'export.file': (input) => render(input),

    'export.folder': () => ({ files: toMarkdownFolder(snapshots.read(), { exportedAt: ctx.clock() }) }),

    'export.save': (input) => save(input),

    'import.preview': (input) => preview(input),

    'import.commit': (input): ImportOutcome => {
      const read = readInput(input);
      if ('archive' in read) {
        const report = indexOnce(ctx.db, () => mergeArchive(snapshots, read.archive));
        return {
          format: read.format,
          created: report.counts.entries.added,
          skippedDuplicates: 0,
          goalsCreated: report.counts.goals.added,
          archive: { restored: report.restored, counts: report.counts },
        };
      }
      if ('streamed' in read) return commitStreamed(read.streamed, input);
      const { rows: answered, notes } = previewEntries(read.result, input);
      const items = answered.map(({ item }) => item);
      const undated = items.filter((e) => e.date === null).length;
      if (undated > 0) {
        throw new ChronicleError('invalid_input', `${undated} of the items have no date in the file: choose a day for them.`, { undated });
      }
      const at = ctx.now();
      const chosen: BulkEntry[] = [];
      const goalsWanted: ({ year: number; title: string }[] | undefined)[] = [];
      answered.forEach(({ entry, item }) => {
        if (item.duplicateOf && !input.includeDuplicates) return;
        chosen.push(bulkEntryOf(entry, item.date as string, item));
        goalsWanted.push(entry.goals);
      });
      const skippedDuplicates = answered.length - chosen.length;
      const written = writeEntries(ctx.db, chosen, {
        now: at,
        newId: ctx.newId,
        colorFor: nextThemeColor,
        onProgress: (progress) => ctx.progress({ task: 'import', ...progress }),
      });
      const created = written.length;
      const goalLinks = written.flatMap(({ seq }, i) => {
        const wanted = goalsWanted[i];
        return wanted?.length ? [{ seq, goals: wanted }] : [];
      });
      let goalsCreated = 0;
      for (const goal of read.result.goals ?? []) {
        if (goalExists(goal)) continue;
        goals.insert(ctx.newId(), { year: goal.year, title: goal.title, description: goal.description, status: goal.status }, at);
        goalsCreated++;
      }
      // Entries that said they served a goal are linked once the goals exist.
      for (const { seq, goals: wanted } of goalLinks) {
        const ids = wanted.flatMap((w) =>
          goals
            .list(w.year)
            .filter((g) => titleKey(g.title) === titleKey(w.title))
            .map((g) => g.id),
        );
        if (ids.length > 0) goals.setForEntry(seq, links.goalSeqs(ids));
      }
      saveNotes({ ...read.result, notes: notes.kept }, items, at);
      return { format: read.format, created, skippedDuplicates, goalsCreated, archive: null };
    },
  };
}
