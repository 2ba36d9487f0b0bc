import YAML, { isScalar } from 'yaml';
import {
  archiveHeader,
  canonicalDraft,
  canonicalDraftVersion,
  canonicalEntry,
  canonicalFollowUp,
  canonicalGoal,
  canonicalPerson,
  canonicalReflection,
  canonicalReviewDate,
  canonicalTheme,
  checkArchive,
  checkArchiveHeader,
  FORBIDDEN_KEYS,
  invalidArchive,
  isPlainObject,
  MAX_NESTING,
  shown,
  sortedJson,
  type ArchiveDraft,
  type ArchiveEntry,
  type ArchiveReflection,
  type ArchiveSnapshot,
} from './archive';
import { draftVersionFileName, entryFileName, folderNames, reflectionFileName } from './fileNames';

/*
 * Two Markdown forms of the same archive, both meant to be read by people and both imported
 * back without losing a byte:
 *
 *  - one file: YAML front matter (the header and every record that is not long text), then
 *    each entry, reflection and draft version as a readable section;
 *  - a folder: `chronicle.yaml` plus one Markdown file per entry, reflection and draft version,
 *    each with YAML front matter and its text after it, exactly.
 *
 * Everything structured goes through the `yaml` library (YAML 1.2 core schema, so `no`, `null`
 * or `2025-03-14` typed as text come back as text); nothing is quoted by hand.
 */

// ---------------------------------------------------------------------------------------------
// YAML in and out.

const YAML_OUT = {
  version: '1.2',
  schema: 'core',
  // No folding of long lines: what you read is what is stored.
  lineWidth: 0,
  minContentWidth: 0,
  // Shared arrays would otherwise be written as anchors and aliases, which we refuse to read.
  aliasDuplicateObjects: false,
  // Double-quoted text stays on one line with \n escapes: the library's multi-line
  // double-quoted form does not always read back the same.
  doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
  // `|` literal blocks keep line breaks exactly; `>` folded blocks are harder to read right.
  blockQuote: 'literal',
} as const;

const YAML_IN = { version: '1.2', schema: 'core', merge: false, uniqueKeys: true, strict: true, prettyErrors: true } as const;

// Lines are split on "\n" only, never with a regex's `m` flag, which would also break lines at
// U+2028 and U+2029 that YAML writes inside plain text.
const DELIMITER_LINES: ReadonlySet<string> = new Set(['---', '...', '```']);

function renderYaml(value: unknown, quoteEveryMultiLine: boolean): string {
  const doc = new YAML.Document(value, YAML_OUT);
  YAML.visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && node.value.includes('\n') && (quoteEveryMultiLine || hasBlankishLine(node.value))) {
        node.type = 'QUOTE_DOUBLE';
      }
    },
  });
  return doc.toString(YAML_OUT);
}

/**
 * A line of only white space inside a `|` block is where block scalars are fragile (the
 * library writes " \n" as a block that reads back as "\n"), so such text is double-quoted.
 */
function hasBlankishLine(text: string): boolean {
  return text.split('\n').some((line) => line !== '' && /^\s+$/.test(line));
}

/**
 * YAML text that reads back as exactly `value`. Literal blocks keep multi-line text readable;
 * the result is read back once and compared, and any surprise falls back to double-quoted
 * strings, which escape everything and always round-trip.
 */
export function writeYaml(value: unknown): string {
  const readsBack = (yaml: string) => JSON.stringify(YAML.parse(yaml, YAML_IN)) === JSON.stringify(value);
  let text = renderYaml(value, false);
  // One-line text always reads back (the property tests in exchange-archive.test.ts hold this),
  // so only records with multi-line text, which are few and small, are read back to choose
  // between a literal block and a quoted string. An entry's texts are not YAML at all.
  if (!hasMultiLineText(value)) return checkedDelimiters(text);
  if (!readsBack(text)) text = renderYaml(value, true);
  // Never write a file that would not import as it was: better no export than a lossy one.
  if (!readsBack(text)) throw new Error('YAML output does not read back as the same data');
  return checkedDelimiters(text);
}

function hasMultiLineText(value: unknown): boolean {
  if (typeof value === 'string') return /[\n\r\u0085\u2028\u2029]/.test(value);
  if (Array.isArray(value)) return value.some(hasMultiLineText);
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasMultiLineText);
  return false;
}

function checkedDelimiters(text: string): string {
  // Front matter and fenced blocks end at the first `---`, `...` or ``` line. A mapping's own
  // lines start with one of our keys or with indentation, so this cannot happen; checked anyway
  // because the whole format rests on it.
  if (text.split('\n').some((line) => DELIMITER_LINES.has(line))) throw new Error('YAML output contains a delimiter line');
  return text;
}

/**
 * Parses YAML the archive way: errors and warnings both refuse the file; aliases (the "billion
 * laughs"), keys that are not plain text and the keys __proto__, constructor and prototype are
 * refused on the syntax tree, before any JavaScript object is built.
 */
function readYaml(source: string, where: string): unknown {
  const doc = YAML.parseDocument(source, YAML_IN);
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw invalidArchive(`${where} is not valid YAML: ${problem.message}`);
  YAML.visit(doc, {
    Alias() {
      throw invalidArchive(`${where} uses a YAML alias (*name); archives spell every value out.`);
    },
    Pair(_, pair) {
      if (!isScalar(pair.key)) throw invalidArchive(`${where} has a key that is not plain text.`);
      const key = String(pair.key.value);
      if (FORBIDDEN_KEYS.has(key)) throw invalidArchive(`${where} uses the key "${key}", which is not allowed anywhere in an archive.`);
    },
    Seq(_, __, path) {
      if (path.length > MAX_NESTING * 2 + 16) throw invalidArchive(`${where} is nested too deeply.`);
    },
    Map(_, __, path) {
      if (path.length > MAX_NESTING * 2 + 16) throw invalidArchive(`${where} is nested too deeply.`);
    },
  });
  return doc.toJS({ maxAliasCount: 0 }) as unknown;
}

function readYamlObject(source: string, where: string): Record<string, unknown> {
  const value = readYaml(source, where);
  if (!isPlainObject(value)) throw invalidArchive(`${where} should be a set of fields (key: value lines).`);
  return value;
}

/** Copies `fields` with `text` added under `key`, refusing a second copy of it among the fields. */
function withText(fields: Record<string, unknown>, key: string, text: string, where: string): Record<string, unknown> {
  if (Object.hasOwn(fields, key)) throw invalidArchive(`${where} has "${key}" among its fields as well as in its text.`);
  return { ...fields, [key]: text };
}

function without<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const copy: Partial<T> = { ...value };
  for (const key of keys) delete copy[key];
  return copy as Omit<T, K>;
}

/** What stays in the front matter or manifest: every record that is not long text. */
function manifestData(snapshot: ArchiveSource['manifest']) {
  return {
    themes: snapshot.themes.map(canonicalTheme),
    people: snapshot.people.map(canonicalPerson),
    goals: snapshot.goals.map(canonicalGoal),
    followUps: snapshot.followUps.map(canonicalFollowUp),
    reviewDates: snapshot.reviewDates.map(canonicalReviewDate),
    settings: sortedJson(snapshot.settings),
  };
}

const MANIFEST_KEYS = ['themes', 'people', 'goals', 'followUps', 'reviewDates', 'settings'] as const;

/** An entry file's front matter: everything but the body (the impact included). */
function entryFileFields(entry: ArchiveEntry) {
  return without(canonicalEntry(entry), 'body');
}

// Text the YAML library writes as a plain scalar and reads back as the same text: starts with a
// letter, ends with a letter, digit, "." or ")", and holds nothing YAML gives a meaning to in
// a plain scalar (no ": ", " #", quotes at the start, flow indicators). Ids, days and instants
// have their own shapes. Anything else goes through the library.
const PLAIN_TEXT = /^[A-Za-z][A-Za-z0-9 ,.()'/+-]*[A-Za-z0-9.)]$|^[A-Za-z]$/;
const PLAIN_ID = /^[0-9A-Za-z][0-9A-Za-z-]*$/;
const PLAIN_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)?$/;
const YAML_WORDS = /^(?:true|false|null|yes|no|on|off|y|n|nan|inf)$/i;

function plainScalar(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value !== 'string' || value.length > 200 || YAML_WORDS.test(value)) return undefined;
  if (PLAIN_TIME.test(value)) return value;
  if (/^\d+$|^0x|^0o|^\d[\d.e+-]*$/i.test(value)) return undefined;
  if (PLAIN_ID.test(value) || (PLAIN_TEXT.test(value) && !/ {2}|\s-|,$/.test(value))) return value;
  return undefined;
}

/**
 * A flat mapping of plain scalars and lists of plain scalars, written directly, or undefined
 * when any value needs the library. The output is byte for byte what `writeYaml` gives for
 * the same fields (a property test holds them together); it only skips the library's cost,
 * which is most of an archive's export time when a journal has 100k entries.
 */
export function plainFieldsYaml(fields: Record<string, unknown>): string | undefined {
  const lines: string[] = [];
  if (Object.keys(fields).length === 0) return undefined;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length === 0) {
        lines.push(`${key}: []`);
        continue;
      }
      lines.push(`${key}:`);
      for (const item of value) {
        const scalar = plainScalar(item);
        if (scalar === undefined) return undefined;
        lines.push(`  - ${scalar}`);
      }
      continue;
    }
    const scalar = plainScalar(value);
    if (scalar === undefined) return undefined;
    lines.push(`${key}: ${scalar}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The YAML of fields: directly when every value is plain, else through the library. */
export function fieldsYaml(fields: Record<string, unknown>): string {
  return plainFieldsYaml(fields) ?? writeYaml(fields);
}

/** An entry section's fields in the one-file form, where body and impact are both texts. */
function entrySectionFields(entry: ArchiveEntry) {
  return without(canonicalEntry(entry), 'body', 'impact');
}

function reflectionFields(reflection: ArchiveReflection) {
  return without(canonicalReflection(reflection), 'body');
}

function draftFields(draft: ArchiveDraft) {
  return without(canonicalDraft(draft), 'versions');
}

// ---------------------------------------------------------------------------------------------
// (a) One file.
//
// Delimiting. Texts can contain anything, including any delimiter we could pick, so the
// delimiter is chosen per archive: every text block sits between marker lines
// `<!-- TOKEN kind -->`, and TOKEN is the first of `chronicle`, `chronicle-2`, `chronicle-3`…
// such that `<!-- TOKEN ` occurs nowhere in any block (text or fields) of this archive. The
// token is stored in the front matter. On reading, every occurrence of `<!-- TOKEN ` after the
// front matter is therefore one of our markers, and a block's text is exactly what lies between
// the newline that ends its marker line and the newline before the next marker. One scan finds
// every `chronicle-N` in use, so the choice is linear in the archive's size and always ends.
// HTML comments were chosen because Markdown viewers hide them: the file renders as a clean
// document of headings and texts.

const TOKEN_BASE = 'chronicle';
const TOKEN_PATTERN = /^[A-Za-z0-9_.:-]{1,100}$/;
const OPENING_KINDS = ['entry', 'reflection', 'draft', 'version'] as const;
type OpeningKind = (typeof OPENING_KINDS)[number];
/** The texts each kind of section holds, in the order they are written. */
const TEXTS: Record<OpeningKind, readonly string[]> = {
  entry: ['body', 'impact'],
  reflection: ['body'],
  draft: [],
  version: ['markdown'],
};
const MARKER_KINDS: ReadonlySet<string> = new Set([...OPENING_KINDS, 'body', 'impact', 'markdown', 'end']);

interface Section {
  kind: OpeningKind;
  /** The heading and the fields as a fenced YAML block. */
  fields: string;
  texts: string[];
}

/** The first token whose marker prefix appears in none of the blocks. */
export function chooseBoundary(blocks: readonly string[]): string {
  const used = new Set<number>();
  const pattern = /<!-- chronicle(?:-(\d+))? /g;
  for (const block of blocks) {
    for (const match of block.matchAll(pattern)) used.add(match[1] === undefined ? 1 : Number(match[1]));
  }
  let n = 1;
  while (used.has(n)) n += 1;
  return n === 1 ? TOKEN_BASE : `${TOKEN_BASE}-${n}`;
}

function fieldsBlock(heading: string, fields: Record<string, unknown>): string {
  return `${heading}\n\n\`\`\`yaml\n${fieldsYaml(fields)}\`\`\`\n`;
}

const PERIOD_WORDS = { week: 'Week of', quarter: 'Quarter from', year: 'Year from' } as const;

/**
 * An archive to write, read as it is written: the small tables whole, and the entries,
 * reflections and drafts as cursors that can be walked twice (once to choose the boundary
 * token, once to write), so memory stays flat however big the journal is.
 */
export interface ArchiveSource {
  manifest: Pick<ArchiveSnapshot, 'themes' | 'people' | 'goals' | 'followUps' | 'reviewDates' | 'settings'>;
  counts: { entries: number; reflections: number; drafts: number };
  entries(): Iterable<ArchiveEntry>;
  reflections(): Iterable<ArchiveReflection>;
  drafts(): Iterable<ArchiveDraft>;
}

export function snapshotSource(snapshot: ArchiveSnapshot): ArchiveSource {
  return {
    manifest: snapshot,
    counts: { entries: snapshot.entries.length, reflections: snapshot.reflections.length, drafts: snapshot.drafts.length },
    entries: () => snapshot.entries,
    reflections: () => snapshot.reflections,
    drafts: () => snapshot.drafts,
  };
}

function entrySection(entry: ArchiveEntry): Section {
  const marks = `${entry.starred ? ' ★' : ''}${entry.deletedAt ? ' (in the trash)' : ''}`;
  return {
    kind: 'entry',
    fields: fieldsBlock(`## ${entry.date} · ${entry.title}${marks}`, entrySectionFields(entry)),
    texts: [entry.body, entry.impact],
  };
}

function reflectionSection(reflection: ArchiveReflection): Section {
  return {
    kind: 'reflection',
    fields: fieldsBlock(`## ${PERIOD_WORDS[reflection.period]} ${reflection.start}`, reflectionFields(reflection)),
    texts: [reflection.body],
  };
}

function draftSections(draft: ArchiveDraft): Section[] {
  return [
    { kind: 'draft', fields: fieldsBlock(`## ${draft.title}`, draftFields(draft)), texts: [] },
    ...draft.versions.map((version): Section => ({
      kind: 'version',
      fields: fieldsBlock(`### Version ${version.number} (${version.origin})`, without(canonicalDraftVersion(version), 'markdown')),
      texts: [version.markdown],
    })),
  ];
}

/**
 * Marker numbers that may appear anywhere in the written records, found without rendering
 * anything: YAML escapes none of `<!- `, letters or digits and never folds lines, so a marker
 * prefix can only appear in a block where a record's string has `<!-- chronicle(-N)`. Any such
 * string counts, whatever follows it (a heading adds " ★" after a title), which may skip a token
 * the rendered blocks would have allowed, never the reverse.
 */
function usedMarkers(source: ArchiveSource): Set<number> {
  const used = new Set<number>();
  const pattern = /<!-- chronicle(?:-(\d+))?/g;
  const scan = (record: unknown) => {
    const text = JSON.stringify(record);
    if (!text.includes('<!-- chronicle')) return;
    for (const match of text.matchAll(pattern)) used.add(match[1] === undefined ? 1 : Number(match[1]));
  };
  for (const entry of source.entries()) scan(entry);
  for (const reflection of source.reflections()) scan(reflection);
  for (const draft of source.drafts()) scan(draft);
  return used;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The whole journal as one readable Markdown file that imports back exactly. */
export function toMarkdownArchive(snapshot: ArchiveSnapshot, options: { exportedAt?: Date | string } = {}): string {
  return [...markdownArchiveChunks(snapshotSource(snapshot), options)].join('');
}

/** The one-file archive, piece by piece, written as the records are read. */
export function* markdownArchiveChunks(source: ArchiveSource, options: { exportedAt?: Date | string } = {}): Generator<string> {
  const used = usedMarkers(source);
  let n = 1;
  while (used.has(n)) n += 1;
  const token = n === 1 ? TOKEN_BASE : `${TOKEN_BASE}-${n}`;
  const header = { ...archiveHeader(options.exportedAt), boundary: token, ...manifestData(source.manifest) };
  const marker = (kind: string) => `<!-- ${token} ${kind} -->`;
  yield `---\n${writeYaml(header)}---\n`;
  yield '\n# Chronicle archive\n\n';
  yield (
    `${count(source.counts.entries, 'entry', 'entries')}, ${count(source.counts.reflections, 'reflection', 'reflections')} and ` +
    `${count(source.counts.drafts, 'draft', 'drafts')}. The HTML comments that start with “${token}” mark where each text begins ` +
    'and ends: keep them as they are, and this file imports back into Chronicle exactly.\n'
  );
  const write = (section: Section) => {
    const parts = [`\n${marker(section.kind)}\n${section.fields}`];
    TEXTS[section.kind].forEach((name, i) => parts.push(`\n${marker(name)}\n${section.texts[i] ?? ''}`));
    parts.push(`\n${marker('end')}\n`);
    return parts.join('');
  };
  if (source.counts.entries > 0) {
    yield '\n# Entries\n';
    for (const entry of source.entries()) yield write(entrySection(entry));
  }
  if (source.counts.reflections > 0) {
    yield '\n# Reflections\n';
    for (const reflection of source.reflections()) yield write(reflectionSection(reflection));
  }
  if (source.counts.drafts > 0) {
    yield '\n# Drafts\n';
    for (const draft of source.drafts()) for (const section of draftSections(draft)) yield write(section);
  }
}

/**
 * Line numbers for offsets asked in increasing order, counted as it goes, so that naming the
 * line of every section costs one pass over the file however large it is.
 */
function lineCounter(text: string, firstLine: number): (offset: number) => number {
  let counted = 0;
  let line = firstLine;
  return (offset) => {
    for (let i = text.indexOf('\n', counted); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
    counted = Math.max(counted, offset);
    return line;
  };
}

/** Splits a file into its front matter and what follows, both exactly as written. */
function splitFrontMatter(text: string, where: string): { yaml: string; rest: string; restOffset: number } {
  const opening = text.startsWith('---\n') ? 4 : text.startsWith('---\r\n') ? 5 : 0;
  if (opening === 0) throw invalidArchive(`${where} does not start with front matter (a line "---").`);
  for (let lineStart = opening; lineStart < text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (line === '---' || line === '---\r') {
      const restOffset = newline === -1 ? text.length : newline + 1;
      return { yaml: text.slice(opening, lineStart), rest: text.slice(restOffset), restOffset };
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  throw invalidArchive(`${where}: its front matter never ends (no closing "---" line).`);
}

function stripBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

interface Marker {
  kind: string;
  /** Its line in the file, for messages. */
  line: number;
  /** Where the marker line starts. */
  start: number;
  /** Just after the marker line's newline. */
  contentStart: number;
}

function findMarkers(text: string, token: string, lineOf: (offset: number) => number): Marker[] {
  const prefix = `<!-- ${token} `;
  const markers: Marker[] = [];
  for (let at = text.indexOf(prefix); at !== -1; at = text.indexOf(prefix, at + prefix.length)) {
    const lineEnd = text.indexOf('\n', at);
    const line = text.slice(at, lineEnd === -1 ? text.length : lineEnd);
    const kind = line.slice(prefix.length, -' -->'.length);
    if ((at !== 0 && text[at - 1] !== '\n') || !line.endsWith(' -->') || !MARKER_KINDS.has(kind)) {
      throw invalidArchive(
        `Line ${lineOf(at)} looks like a Chronicle marker but is not one: "${shown(line)}". Markers must stay exactly as exported.`,
      );
    }
    markers.push({ kind, line: lineOf(at), start: at, contentStart: lineEnd === -1 ? text.length : lineEnd + 1 });
  }
  return markers;
}

/** The text of a block: up to the newline that precedes the next marker line. */
function blockText(text: string, marker: Marker, next: Marker | undefined): string {
  const end = next ? next.start - 1 : text.length;
  return end <= marker.contentStart ? '' : text.slice(marker.contentStart, end);
}

function fencedYaml(block: string, where: string): string {
  const lines = block.split('\n');
  const open = lines.indexOf('```yaml');
  const close = lines.lastIndexOf('```');
  if (open === -1 || close <= open) throw invalidArchive(`${where} has no fields (a \`\`\`yaml block).`);
  // The YAML was written ending in a newline, right before the closing fence; giving that
  // newline back matters to a `|+` block at the very end, which keeps trailing line breaks.
  return `${lines.slice(open + 1, close).join('\n')}\n`;
}

/** Reads a one-file Markdown archive back into exactly the snapshot it was made from. */
export function parseMarkdownArchive(input: string): ArchiveSnapshot {
  const text = stripBom(input);
  const { yaml, rest, restOffset } = splitFrontMatter(text, 'This Markdown file');
  if (/^---\r\n/.test(text)) {
    throw invalidArchive(
      'This archive\'s line endings were changed after it was exported (to Windows "\\r\\n"), so its texts cannot be restored exactly. Convert the file back to "\\n" line endings and import it again.',
    );
  }
  const header = readYamlObject(yaml, 'The front matter');
  checkArchiveHeader({ format: header.format, version: header.version, exportedAt: header.exportedAt }, 'Markdown');
  const token = header.boundary;
  if (typeof token !== 'string' || !TOKEN_PATTERN.test(token))
    throw invalidArchive('The front matter has no usable "boundary" (the marker token).');
  const markers = findMarkers(rest, token, lineCounter(rest, text.slice(0, restOffset).split('\n').length));

  const entries: unknown[] = [];
  const reflections: unknown[] = [];
  const drafts: Record<string, unknown>[] = [];
  let i = 0;
  while (i < markers.length) {
    const open = markers[i] as Marker;
    const where = `The section at line ${open.line}`;
    if (!(OPENING_KINDS as readonly string[]).includes(open.kind))
      throw invalidArchive(`${where} starts with a "${open.kind}" marker; expected an entry, reflection, draft or version.`);
    const kind = open.kind as OpeningKind;
    let fields = readYamlObject(fencedYaml(blockText(rest, open, markers[i + 1]), where), `The fields of the section at line ${open.line}`);
    i += 1;
    for (const name of TEXTS[kind]) {
      const marker = markers[i];
      if (marker?.kind !== name)
        throw invalidArchive(`${where} should have a "${name}" marker ${marker ? `before line ${marker.line}` : 'before the file ends'}.`);
      fields = withText(fields, name, blockText(rest, marker, markers[i + 1]), where);
      i += 1;
    }
    if (markers[i]?.kind !== 'end') throw invalidArchive(`${where} should close with an "end" marker.`);
    i += 1;
    if (kind === 'entry') entries.push(fields);
    else if (kind === 'reflection') reflections.push(fields);
    else if (kind === 'draft') {
      if (Object.hasOwn(fields, 'versions'))
        throw invalidArchive(`${where} lists "versions" among its fields; versions follow the draft as their own sections.`);
      drafts.push({ ...fields, versions: [] });
    } else {
      const draft = drafts.at(-1);
      const versions = draft?.versions;
      if (!Array.isArray(versions)) throw invalidArchive(`${where} is a draft version with no draft before it.`);
      versions.push(fields);
    }
  }

  const data: Record<string, unknown> = { format: header.format, version: header.version, exportedAt: header.exportedAt };
  for (const key of MANIFEST_KEYS) data[key] = header[key];
  const unknown = Object.keys(header).filter((key) => !['format', 'version', 'exportedAt', 'boundary', ...MANIFEST_KEYS].includes(key));
  if (unknown.length > 0) throw invalidArchive(`The front matter has unknown fields: ${unknown.map((k) => `"${k}"`).join(', ')}.`);
  return checkArchive({ ...data, entries, reflections, drafts }, 'Markdown');
}

// ---------------------------------------------------------------------------------------------
// (b) A folder.
//
// Drafts: a draft keeps every version, and each version is a Markdown text someone may want to
// open or publish on its own, so each version is its own file (drafts/<slug>-<id>-v<n>.md) whose
// text follows the front matter exactly, while the draft's own fields stay in the manifest with
// the list of its version files. The manifest also lists the entry and reflection files in the
// journal's order, since a folder listing has no order of its own.

export interface ArchiveFile {
  /** Relative, with forward slashes: `entries/2025-03-14-cut-ci-time-4b1e9a2c.md`. */
  path: string;
  content: string;
}

export const MANIFEST_PATH = 'chronicle.yaml';

function frontMatterFile(fields: unknown, text: string): string {
  return `---\n${writeYaml(fields)}---\n${text}`;
}

/** The whole journal as a folder of readable files that imports back exactly. */
export function toMarkdownFolder(snapshot: ArchiveSnapshot, options: { exportedAt?: Date | string } = {}): ArchiveFile[] {
  const files = [...markdownFolderFiles(snapshotSource(snapshot), options)];
  // The manifest comes last from the stream (it lists every file); first here, as it always was.
  const manifest = files.pop();
  return manifest ? [manifest, ...files] : files;
}

/**
 * The archive folder file by file, each entry, reflection and draft version written as its
 * record is read, so memory stays flat however big the journal is (only the paths are kept, for
 * the manifest). The manifest, `chronicle.yaml`, comes last: it lists every file.
 */
export function* markdownFolderFiles(source: ArchiveSource, options: { exportedAt?: Date | string } = {}): Generator<ArchiveFile> {
  const entryNames = folderNames();
  const entryPaths: string[] = [];
  for (const entry of source.entries()) {
    const path = `entries/${entryNames.claim(entryFileName(entry))}`;
    entryPaths.push(path);
    yield { path, content: frontMatterFile(entryFileFields(entry), entry.body) };
  }
  const reflectionNames = folderNames();
  const reflectionPaths: string[] = [];
  for (const reflection of source.reflections()) {
    const path = `reflections/${reflectionNames.claim(reflectionFileName(reflection))}`;
    reflectionPaths.push(path);
    yield { path, content: frontMatterFile(reflectionFields(reflection), reflection.body) };
  }
  const draftNames = folderNames();
  const drafts: unknown[] = [];
  for (const draft of source.drafts()) {
    const versions: string[] = [];
    for (const version of draft.versions) {
      const path = `drafts/${draftNames.claim(draftVersionFileName(draft, version.number))}`;
      versions.push(path);
      const { markdown, ...fields } = canonicalDraftVersion(version);
      yield { path, content: frontMatterFile({ draft: draft.id, ...fields }, markdown) };
    }
    drafts.push({ ...draftFields(draft), versions });
  }
  const manifest = {
    ...archiveHeader(options.exportedAt),
    ...manifestData(source.manifest),
    entries: entryPaths,
    reflections: reflectionPaths,
    drafts,
  };
  yield { path: MANIFEST_PATH, content: writeYaml(manifest) };
}

/** One spelling per path, whichever system the files were read on. */
function normalPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '').normalize('NFC');
}

function pathList(value: unknown, name: string): string[] {
  if (!Array.isArray(value) || !value.every((p): p is string => typeof p === 'string')) {
    throw invalidArchive(`${MANIFEST_PATH}: "${name}" should be a list of file paths.`);
  }
  return value.map(normalPath);
}

/** Reads an archive folder (its files as path and text) back into exactly the snapshot it was made from. */
export function parseMarkdownFolder(files: readonly ArchiveFile[]): ArchiveSnapshot {
  const byPath = new Map<string, string>();
  for (const file of files) {
    const path = normalPath(file.path);
    if (byPath.has(path)) throw invalidArchive(`The folder holds ${path} twice.`);
    byPath.set(path, stripBom(file.content));
  }
  const manifestText = byPath.get(MANIFEST_PATH);
  if (manifestText === undefined) throw invalidArchive(`This folder is not a Chronicle archive: it has no ${MANIFEST_PATH}.`);
  const manifest = readYamlObject(manifestText, MANIFEST_PATH);
  checkArchiveHeader({ format: manifest.format, version: manifest.version, exportedAt: manifest.exportedAt }, 'folder');

  const used = new Set<string>();
  const read = (path: string, listedIn: string) => {
    const content = byPath.get(path);
    if (content === undefined) throw invalidArchive(`${MANIFEST_PATH} lists ${path} under "${listedIn}", but the folder has no such file.`);
    if (used.has(path)) throw invalidArchive(`${MANIFEST_PATH} lists ${path} twice.`);
    used.add(path);
    const { yaml, rest } = splitFrontMatter(content, path);
    return { fields: readYamlObject(yaml, `The front matter of ${path}`), text: rest };
  };
  // Files added by hand to a record folder are read too, after the listed ones.
  const listedPlusNew = (folder: string, listed: string[]) => [
    ...listed,
    ...[...byPath.keys()].filter((p) => p.startsWith(`${folder}/`) && p.endsWith('.md') && !listed.includes(p)).sort(),
  ];

  const entries = listedPlusNew('entries', pathList(manifest.entries ?? [], 'entries')).map((path) => {
    const { fields, text } = read(path, 'entries');
    return withText(fields, 'body', text, path);
  });
  const reflections = listedPlusNew('reflections', pathList(manifest.reflections ?? [], 'reflections')).map((path) => {
    const { fields, text } = read(path, 'reflections');
    return withText(fields, 'body', text, path);
  });
  if (!Array.isArray(manifest.drafts)) throw invalidArchive(`${MANIFEST_PATH}: "drafts" should be a list.`);
  const drafts = manifest.drafts.map((draft: unknown, n) => {
    if (!isPlainObject(draft)) throw invalidArchive(`${MANIFEST_PATH}: draft ${n + 1} should be a set of fields.`);
    const versions = pathList(draft.versions, `drafts #${n + 1} versions`).map((path) => {
      const { fields, text } = read(path, 'drafts');
      const { draft: owner, ...version } = fields;
      if (owner !== draft.id)
        throw invalidArchive(`${path} belongs to draft ${shown(owner)}, but ${MANIFEST_PATH} lists it under draft ${shown(draft.id)}.`);
      return withText(version, 'markdown', text, path);
    });
    return { ...draft, versions };
  });
  const stray = [...byPath.keys()].filter((p) => p.startsWith('drafts/') && p.endsWith('.md') && !used.has(p));
  if (stray.length > 0) throw invalidArchive(`${stray[0]} is not listed under any draft in ${MANIFEST_PATH}, so it cannot be placed.`);

  return checkArchive({ ...manifest, entries, reflections, drafts }, 'folder');
}
