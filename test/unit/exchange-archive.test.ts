import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChronicleError } from '../../shared/api/errors';
import { LIMITS } from '../../shared/domain/limits';
import { DRAFT_KINDS, ENTRY_KINDS, GOAL_STATUSES, PACKET_READERS, REFLECTION_PERIODS } from '../../shared/domain/model';
import { SECTION_IDS } from '../../shared/domain/sections';
import { themeNameKey } from '../../electron/core/repos/themes';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  ArchiveSnapshotSchema,
  describeArchiveProblem,
  jsonProblem,
  type ArchiveDraft,
  type ArchiveEntry,
  type ArchiveFollowUp,
  type ArchiveSnapshot,
} from '../../electron/core/exchange/archive';
import { parseJsonArchive, toJsonArchive } from '../../electron/core/exchange/jsonArchive';
import {
  chooseBoundary,
  parseMarkdownArchive,
  parseMarkdownFolder,
  toMarkdownArchive,
  toMarkdownFolder,
  type ArchiveFile,
} from '../../electron/core/exchange/markdownArchive';

// ---------------------------------------------------------------------------------------------
// Arbitrary valid journals, with texts drawn from everything that breaks naive formats.

const NASTY_PIECES = [
  '---',
  '\n---\n',
  '---\n',
  '...',
  '\n...\n',
  '# ',
  '\n# Heading\n',
  '## ',
  '```',
  '\n```yaml\n',
  '~~~',
  '\n```\n',
  '<!-- chronicle end -->',
  '\n<!-- chronicle body -->\n',
  '<!-- chronicle-2 impact -->\n',
  '<!-- chronicle ',
  '<!-- chronicle-3 ',
  '<!--',
  '-->',
  '---\nformat: chronicle-archive\nversion: 1\n---\n',
  'title: "x"',
  'key: value',
  ': ',
  ':',
  '"',
  "'",
  '\\',
  '`',
  '\r\n',
  '\n',
  '\r',
  '\n\n',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\uFEFF',
  '\u0085',
  '\u2028',
  '\u2029',
  '\u0001',
  '\u007f',
  '👩‍👩‍👧',
  '🏳️‍🌈',
  '👍🏽',
  'שלום עולם',
  'مرحبا',
  '\u202e',
  '\u200f',
  'é',
  'e\u0301',
  '中文',
  'Ω',
  '|',
  '>',
  '- ',
  '? ',
  '&anchor',
  '*alias',
  '!!str',
  '%YAML 1.1',
  'null',
  'true',
  'no',
  '0x1F',
  '1e3',
  '~',
  '.inf',
  '@',
  '%',
];

const nastyPiece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
);

/** Markdown-ish text that can hold anything (but NUL, which the app refuses). */
const nastyText = (maxLength: number) => fc.string({ unit: nastyPiece, maxLength });

const ONE_MEGABYTE_BODY = (() => {
  const chunk = `${NASTY_PIECES.join('')}\n`;
  return chunk.repeat(Math.ceil(1_000_000 / chunk.length)).slice(0, 1_000_000);
})();

/** Entry bodies may be up to 2 MB, so now and then one is 1 MB. */
const body = fc.oneof({ weight: 40, arbitrary: nastyText(40) }, { weight: 1, arbitrary: fc.constant(ONE_MEGABYTE_BODY) });

/** The first `n` code points: never half of a surrogate pair. */
const cut = (text: string, n: number) => [...text].slice(0, n).join('');

/** A one-line name or title: trimmed, never empty, no line breaks or control characters. */
const singleLine = (maxLength: number) =>
  fc
    .string({
      unit: fc.oneof(
        fc.constantFrom(
          '"',
          "'",
          ':',
          ': ',
          '#',
          '---',
          '👩‍👩‍👧',
          'שלום',
          '<!-- chronicle end -->',
          '\t',
          ' ',
          'é',
          '{',
          '[',
          '&',
          '*',
          '!',
          '%',
          '@',
          '`',
          '|',
          '>',
        ),
        fc.string({ unit: 'grapheme', maxLength: 3 }),
      ),
      maxLength: 12,
    })
    // eslint-disable-next-line no-control-regex -- titles are one line: control characters become spaces
    .map((s) => cut(s.replace(/[\u0000-\u001f\u007f]/g, ' ').trim(), maxLength).trim() || 'Untitled');

const id = fc.uuid();
const day = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const instant = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

const jsonObject = fc
  .dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4, noNullPrototype: true })
  .filter((value) => jsonProblem(value) === undefined);

const uniqueBy = <T>(items: T[], key: (item: T) => string): T[] => {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
};

const themes = fc
  .uniqueArray(
    fc.record({
      id,
      name: singleLine(40),
      color: fc.constantFrom('#2f6fdb', '#0f9d76', '#abcdef'),
      description: nastyText(20),
      createdAt: instant,
      updatedAt: instant,
    }),
    {
      selector: (t) => t.id,
      maxLength: 4,
    },
  )
  // Names are unique ignoring case; a suffix keeps them so without losing the nasty part.
  .map((list) => list.map((t, i) => ({ ...t, name: `${cut(t.name.replace(/,/g, ';'), 50).trim()} ${i}` })));

const people = fc
  .uniqueArray(fc.record({ id, name: singleLine(80), createdAt: instant, updatedAt: instant }), { selector: (p) => p.id, maxLength: 4 })
  .map((list) => list.map((p, i) => ({ ...p, name: `${p.name} ${i}` })));

const goals = fc.uniqueArray(
  fc.record({
    id,
    year: fc.integer({ min: 1900, max: 9999 }),
    title: singleLine(LIMITS.goalTitleLength),
    description: nastyText(20),
    status: fc.constantFrom(...GOAL_STATUSES),
    sample: fc.boolean(),
    createdAt: instant,
    updatedAt: instant,
  }),
  { selector: (g) => g.id, maxLength: 3 },
);

const link = fc.record({
  url: fc.oneof(
    fc.constantFrom('https://example.com/pr/1?a=b#c', 'mailto:me@example.com', 'http://localhost:8080/x y'.replace(' ', '%20')),
    fc.webUrl(),
  ),
  title: nastyText(8),
});

function entriesFor(themeIds: string[], personIds: string[], goalIds: string[]) {
  return fc.uniqueArray(
    fc.record({
      id,
      date: day,
      title: singleLine(LIMITS.titleLength),
      body,
      impact: nastyText(30),
      section: fc.constantFrom(...SECTION_IDS),
      kind: fc.constantFrom(...ENTRY_KINDS),
      starred: fc.boolean(),
      links: fc.array(link, { maxLength: 2 }),
      sample: fc.boolean(),
      createdAt: instant,
      updatedAt: instant,
      deletedAt: fc.option(instant, { nil: null }),
      themeIds: fc.shuffledSubarray(themeIds),
      personIds: fc.shuffledSubarray(personIds),
      goalIds: fc.shuffledSubarray(goalIds),
    }),
    { selector: (e) => e.id, maxLength: 5 },
  );
}

function followUpsFor(entryIds: string[]): fc.Arbitrary<ArchiveFollowUp[]> {
  if (entryIds.length === 0) return fc.constant([]);
  return fc.uniqueArray(
    fc.record({
      id,
      entryId: fc.constantFrom(...entryIds),
      due: day,
      question: nastyText(10),
      createdAt: instant,
      answeredAt: fc.option(instant, { nil: null }),
      answer: fc.option(nastyText(10), { nil: null }),
      dismissedAt: fc.option(instant, { nil: null }),
    }),
    { selector: (f) => f.id, maxLength: 3 },
  );
}

const reflections = fc
  .uniqueArray(
    fc.record({
      id,
      period: fc.constantFrom(...REFLECTION_PERIODS),
      start: day,
      body: nastyText(40),
      sample: fc.boolean(),
      createdAt: instant,
      updatedAt: instant,
    }),
    { selector: (r) => r.id, maxLength: 3 },
  )
  .map((list) => uniqueBy(list, (r) => `${r.period} ${r.start}`));

const bullet = fc.record({
  id: fc.string({ minLength: 1, maxLength: 10 }),
  text: nastyText(10),
  sourceIds: fc.array(id, { maxLength: 2 }),
  accepted: fc.boolean(),
  needsMeasure: fc.boolean(),
  warnings: fc.array(fc.record({ code: fc.string({ maxLength: 8 }), message: nastyText(5) }), { maxLength: 2 }),
});

const drafts: fc.Arbitrary<ArchiveDraft[]> = fc.uniqueArray(
  fc.record({
    id,
    kind: fc.constantFrom(...DRAFT_KINDS),
    reader: fc.option(fc.constantFrom(...PACKET_READERS), { nil: null }),
    title: singleLine(300),
    periodFrom: day,
    periodTo: day,
    periodLabel: nastyText(6),
    options: jsonObject,
    createdAt: instant,
    updatedAt: instant,
    versions: fc.uniqueArray(
      fc.record({
        number: fc.integer({ min: 1, max: 50 }),
        origin: fc.constantFrom('generated' as const, 'edited' as const),
        markdown: nastyText(40),
        bullets: fc.option(fc.array(bullet, { maxLength: 2 }), { nil: null }),
        createdAt: instant,
        updatedAt: instant,
      }),
      { selector: (v) => v.number, minLength: 1, maxLength: 3 },
    ),
  }),
  { selector: (d) => d.id, maxLength: 2 },
);

const reviewDates = fc
  .uniqueArray(fc.record({ id, date: day, note: nastyText(10), createdAt: instant }), { selector: (r) => r.id, maxLength: 3 })
  .map((list) => uniqueBy(list, (r) => r.date));

const snapshots: fc.Arbitrary<ArchiveSnapshot> = fc.record({ themes, people, goals }).chain((base) =>
  entriesFor(
    base.themes.map((t) => t.id),
    base.people.map((p) => p.id),
    base.goals.map((g) => g.id),
  ).chain((entries) =>
    fc.record({
      themes: fc.constant(base.themes),
      people: fc.constant(base.people),
      goals: fc.constant(base.goals),
      entries: fc.constant(entries),
      followUps: followUpsFor(entries.map((e) => e.id)),
      reflections,
      drafts,
      reviewDates,
      settings: jsonObject,
    }),
  ),
);

/** Where two values first differ, as a path and both values (short), for readable failures. */
function firstDifference(a: unknown, b: unknown, path = ''): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (found) return found;
    }
    return undefined;
  }
  const show = (v: unknown) => JSON.stringify(v)?.slice(0, 300);
  return `${path || '(root)'}: got ${show(a)}, expected ${show(b)}`;
}

/** Exact, key order aside: the canonical JSON of both must be the same text. */
function expectSameJournal(actual: ArchiveSnapshot, expected: ArchiveSnapshot) {
  const difference = firstDifference(actual, expected);
  if (difference) throw new Error(`The journal came back different at ${difference}`);
  expect(toJsonArchive(actual, { exportedAt: 'x' })).toBe(toJsonArchive(expected, { exportedAt: 'x' }));
}

const RUNS = { numRuns: 80 };

describe('every valid journal comes back exactly', () => {
  it('the generated journals are valid archives (so the properties below mean something)', () => {
    fc.assert(
      fc.property(snapshots, (snapshot) => {
        const result = ArchiveSnapshotSchema.safeParse(snapshot);
        if (!result.success) throw new Error(describeArchiveProblem(result.error, snapshot));
      }),
      RUNS,
    );
  });

  it('through JSON', () => {
    fc.assert(
      fc.property(snapshots, (snapshot) => expectSameJournal(parseJsonArchive(toJsonArchive(snapshot)), snapshot)),
      RUNS,
    );
  });

  it('through one Markdown file', () => {
    fc.assert(
      fc.property(snapshots, (snapshot) => expectSameJournal(parseMarkdownArchive(toMarkdownArchive(snapshot)), snapshot)),
      RUNS,
    );
  });

  it('through a Markdown folder, whatever order the files are listed in', () => {
    fc.assert(
      fc.property(snapshots, fc.nat(), (snapshot, seed) => {
        const files = toMarkdownFolder(snapshot);
        const shuffled = [...files].sort((a, b) => ((a.path.length * 31 + seed) % 7) - ((b.path.length * 31 + seed) % 7));
        expectSameJournal(parseMarkdownFolder(shuffled), snapshot);
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// A small journal to look at.

const T = '2025-03-14T09:30:00.000Z';
const THEME_ID = '6f1c2a40-1d2b-4c3e-8f4a-5b6c7d8e9f01';
const PERSON_ID = '7a1c2a40-1d2b-4c3e-8f4a-5b6c7d8e9f02';
const ENTRY_ID = '4b1e9a2c-1d2b-4c3e-8f4a-5b6c7d8e9f03';

function entry(overrides: Partial<ArchiveEntry> = {}): ArchiveEntry {
  return {
    id: ENTRY_ID,
    date: '2025-03-14',
    title: 'Cut CI time: "3x" faster',
    body: 'Moved the test suite to sharded runners.\n\n```sh\nnpm test -- --shard=1/4\n```\n',
    impact: 'Every pull request gets feedback in 6 minutes instead of 18.',
    section: 'projects',
    kind: 'accomplishment',
    starred: true,
    links: [{ url: 'https://example.com/pr/1', title: 'PR #1' }],
    sample: false,
    createdAt: T,
    updatedAt: T,
    deletedAt: null,
    themeIds: [THEME_ID],
    personIds: [PERSON_ID],
    goalIds: [],
    ...overrides,
  };
}

function journal(overrides: Partial<ArchiveSnapshot> = {}): ArchiveSnapshot {
  return {
    themes: [{ id: THEME_ID, name: 'ml-engineering', color: '#2f6fdb', description: '', createdAt: T, updatedAt: T }],
    people: [{ id: PERSON_ID, name: 'Priya', createdAt: T, updatedAt: T }],
    goals: [],
    entries: [entry()],
    followUps: [],
    reflections: [
      {
        id: '8b1e9a2c-1d2b-4c3e-8f4a-5b6c7d8e9f04',
        period: 'week',
        start: '2025-03-10',
        body: 'A good week.',
        sample: false,
        createdAt: T,
        updatedAt: T,
      },
    ],
    drafts: [],
    reviewDates: [],
    settings: { settings: { weekStartsOn: 1 } },
    ...overrides,
  };
}

describe('the one-file Markdown archive', () => {
  it('reads as a document: front matter, then each entry as a heading, its fields and its texts', () => {
    expect(toMarkdownArchive(journal(), { exportedAt: T })).toBe(`---
format: chronicle-archive
version: 1
exportedAt: 2025-03-14T09:30:00.000Z
boundary: chronicle
themes:
  - id: 6f1c2a40-1d2b-4c3e-8f4a-5b6c7d8e9f01
    name: ml-engineering
    color: "#2f6fdb"
    description: ""
    createdAt: 2025-03-14T09:30:00.000Z
    updatedAt: 2025-03-14T09:30:00.000Z
people:
  - id: 7a1c2a40-1d2b-4c3e-8f4a-5b6c7d8e9f02
    name: Priya
    createdAt: 2025-03-14T09:30:00.000Z
    updatedAt: 2025-03-14T09:30:00.000Z
goals: []
followUps: []
reviewDates: []
settings:
  settings:
    weekStartsOn: 1
---

# Chronicle archive

1 entry, 1 reflection and 0 drafts. The HTML comments that start with “chronicle” mark where each text begins and ends: keep them as they are, and this file imports back into Chronicle exactly.

# Entries

<!-- chronicle entry -->
## 2025-03-14 · Cut CI time: "3x" faster ★

\`\`\`yaml
id: 4b1e9a2c-1d2b-4c3e-8f4a-5b6c7d8e9f03
date: 2025-03-14
title: 'Cut CI time: "3x" faster'
section: projects
kind: accomplishment
starred: true
themeIds:
  - 6f1c2a40-1d2b-4c3e-8f4a-5b6c7d8e9f01
personIds:
  - 7a1c2a40-1d2b-4c3e-8f4a-5b6c7d8e9f02
goalIds: []
links:
  - url: https://example.com/pr/1
    title: "PR #1"
sample: false
createdAt: 2025-03-14T09:30:00.000Z
updatedAt: 2025-03-14T09:30:00.000Z
deletedAt: null
\`\`\`

<!-- chronicle body -->
Moved the test suite to sharded runners.

\`\`\`sh
npm test -- --shard=1/4
\`\`\`

<!-- chronicle impact -->
Every pull request gets feedback in 6 minutes instead of 18.
<!-- chronicle end -->

# Reflections

<!-- chronicle reflection -->
## Week of 2025-03-10

\`\`\`yaml
id: 8b1e9a2c-1d2b-4c3e-8f4a-5b6c7d8e9f04
period: week
start: 2025-03-10
sample: false
createdAt: 2025-03-14T09:30:00.000Z
updatedAt: 2025-03-14T09:30:00.000Z
\`\`\`

<!-- chronicle body -->
A good week.
<!-- chronicle end -->
`);
  });

  it('picks another boundary when a text already contains the markers, and still reads back exactly', () => {
    const tricky = journal({ entries: [entry({ body: '<!-- chronicle end -->\n<!-- chronicle-2 body -->\n' })] });
    const text = toMarkdownArchive(tricky);
    expect(text).toContain('boundary: chronicle-3\n');
    expect(parseMarkdownArchive(text)).toEqual(tricky);
  });

  it('chooses the boundary in one pass, however many look-alikes a text holds', () => {
    const lookAlikes = Array.from({ length: 500 }, (_, i) => `<!-- chronicle-${i + 1} `).join('');
    expect(chooseBoundary([lookAlikes])).toBe('chronicle-501');
  });

  it('refuses a file whose line endings were changed, instead of importing altered texts', () => {
    const text = toMarkdownArchive(journal()).replace(/\n/g, '\r\n');
    expect(() => parseMarkdownArchive(text)).toThrow(/line endings were changed/);
  });

  it('refuses a damaged marker with its line number', () => {
    const text = toMarkdownArchive(journal()).replace('<!-- chronicle impact -->', '<!-- chronicle impakt -->');
    const line = text.split('\n').indexOf('<!-- chronicle impakt -->') + 1;
    expect(() => parseMarkdownArchive(text)).toThrow(
      `Line ${line} looks like a Chronicle marker but is not one: "<!-- chronicle impakt -->"`,
    );
  });

  it('refuses YAML aliases and prototype keys before any object is built', () => {
    const withAlias = toMarkdownArchive(journal()).replace('goals: []', 'goals: &g []\nextra: *g');
    expect(() => parseMarkdownArchive(withAlias)).toThrow(/alias/);
    const withProto = toMarkdownArchive(journal()).replace('  settings:\n', '  __proto__:\n    polluted: true\n  settings:\n');
    expect(() => parseMarkdownArchive(withProto)).toThrow(/"__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an archive from a newer Chronicle', () => {
    const text = toMarkdownArchive(journal()).replace('version: 1\n', 'version: 2\n');
    expect(() => parseMarkdownArchive(text)).toThrow('written by a newer Chronicle (archive version 2); update Chronicle to import it');
  });

  it('keeps a 1 MB body exactly', () => {
    const big = journal({ entries: [entry({ body: ONE_MEGABYTE_BODY })] });
    expect(parseMarkdownArchive(toMarkdownArchive(big)).entries[0]?.body).toBe(ONE_MEGABYTE_BODY);
  });
});

describe('the Markdown folder', () => {
  const EXACT_BODIES = [
    'ends with newlines\n\n\n',
    'no trailing newline',
    '\n\n\nleading blank lines',
    'windows\r\nline\r\nendings\r\n',
    '',
    '---\n',
    '\uFEFFstarts with a BOM',
  ];

  it('has a manifest, one file per entry and reflection, and each text after its front matter', () => {
    const files = toMarkdownFolder(journal(), { exportedAt: T });
    expect(files.map((f) => f.path)).toEqual([
      'chronicle.yaml',
      'entries/2025-03-14-cut-ci-time-3x-faster-4b1e9a2c.md',
      'reflections/week-2025-03-10.md',
    ]);
    expect(files[1]?.content).toMatch(
      /^---\nid: 4b1e9a2c-1d2b-4c3e-8f4a-5b6c7d8e9f03\ndate: 2025-03-14\ntitle: 'Cut CI time: "3x" faster'\n[^]*\nimpact: Every pull request gets feedback in 6 minutes instead of 18.\n---\nMoved the test suite/,
    );
  });

  it.each(EXACT_BODIES)('gives back a body byte for byte: %j', (text) => {
    const snapshot = journal({ entries: [entry({ body: text, impact: text })] });
    expect(parseMarkdownFolder(toMarkdownFolder(snapshot)).entries[0]).toEqual(snapshot.entries[0]);
    expect(parseMarkdownArchive(toMarkdownArchive(snapshot)).entries[0]).toEqual(snapshot.entries[0]);
  });

  it('finds its files when they come back with decomposed names (macOS) or backslashes (Windows)', () => {
    const snapshot = journal({ entries: [entry({ title: 'Café résumé' })] });
    const files: ArchiveFile[] = toMarkdownFolder(snapshot).map((f) => ({ ...f, path: f.path.normalize('NFD').replace('/', '\\') }));
    expect(parseMarkdownFolder(files)).toEqual(snapshot);
  });

  it('keeps two entries with the same title and date in two files', () => {
    const twin = entry({ id: '4b1e9a2c-ffff-4c3e-8f4a-5b6c7d8e9f09' });
    const files = toMarkdownFolder(journal({ entries: [entry(), twin] }));
    expect(files.filter((f) => f.path.startsWith('entries/')).map((f) => f.path)).toEqual([
      'entries/2025-03-14-cut-ci-time-3x-faster-4b1e9a2c.md',
      'entries/2025-03-14-cut-ci-time-3x-faster-4b1e9a2c-2.md',
    ]);
  });

  it('says which file is missing', () => {
    const files = toMarkdownFolder(journal()).filter((f) => !f.path.startsWith('entries/'));
    expect(() => parseMarkdownFolder(files)).toThrow(
      /lists entries\/2025-03-14-cut-ci-time-3x-faster-4b1e9a2c\.md under "entries", but the folder has no such file/,
    );
  });

  it('reads an entry file added by hand after the listed ones', () => {
    const files = toMarkdownFolder(journal());
    const added = entry({ id: '5c1e9a2c-1d2b-4c3e-8f4a-5b6c7d8e9f05', title: 'Added by hand', themeIds: [], personIds: [] });
    const [, entryFile] = toMarkdownFolder(journal({ entries: [added] }));
    const result = parseMarkdownFolder([...files, { path: 'entries/zz-added.md', content: entryFile?.content ?? '' }]);
    expect(result.entries.map((e) => e.title)).toEqual(['Cut CI time: "3x" faster', 'Added by hand']);
  });
});

// ---------------------------------------------------------------------------------------------
// What a JSON archive refuses, and how it says so.

function rejection(text: string): ChronicleError {
  try {
    parseJsonArchive(text);
  } catch (error) {
    if (error instanceof ChronicleError) return error;
    throw error;
  }
  throw new Error('the archive was accepted');
}

function jsonOf(snapshot: ArchiveSnapshot): Record<string, unknown> {
  return JSON.parse(toJsonArchive(snapshot, { exportedAt: T })) as Record<string, unknown>;
}

describe('the JSON archive', () => {
  it('is pretty, starts with its header and keeps one key order', () => {
    const text = toJsonArchive(journal(), { exportedAt: T });
    expect(
      text.startsWith(`{\n  "format": "${ARCHIVE_FORMAT}",\n  "version": ${ARCHIVE_VERSION},\n  "exportedAt": "${T}",\n  "themes": [`),
    ).toBe(true);
    const shuffled = { ...journal(), settings: { b: 1, a: { d: 2, c: 3 } } };
    const reordered = { ...journal(), settings: { a: { c: 3, d: 2 }, b: 1 } };
    expect(toJsonArchive(shuffled, { exportedAt: T })).toBe(toJsonArchive(reordered, { exportedAt: T }));
  });

  it('refuses truncated JSON and says where it ends', () => {
    const text = toJsonArchive(journal());
    const error = rejection(text.slice(0, 200));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/ends too early \(line \d+, column \d+, character \d+\); it may have been cut off/);
  });

  it('refuses malformed JSON with its line and column', () => {
    expect(rejection('{\n  "format": "chronicle-archive",\n  "version": 1,,\n}').message).toMatch(
      /not valid JSON: .* at line 3, column 16 \(character 50\)/,
    );
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s anywhere, leaving Object.prototype untouched', (key) => {
    const base = toJsonArchive(journal(), { exportedAt: T });
    const nested = base.replace('"weekStartsOn": 1', `"${key}": { "polluted": true }, "weekStartsOn": 1`);
    const top = base.replace('"themes": [', `"${key}": { "polluted": true },\n  "themes": [`);
    for (const text of [nested, top]) expect(rejection(text).message).toContain(`"${key}"`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses an archive from a newer Chronicle', () => {
    const text = JSON.stringify({ ...jsonOf(journal()), version: 2 });
    expect(rejection(text).message).toBe(
      'This archive was written by a newer Chronicle (archive version 2); update Chronicle to import it.',
    );
  });

  it('refuses a file that is some other JSON', () => {
    expect(rejection(JSON.stringify({ ...jsonOf(journal()), format: 'bragfile' })).message).toMatch(
      /not a Chronicle archive \(its format is "bragfile"/,
    );
    expect(rejection('[1, 2]').message).toMatch(/holds a list/);
  });

  it('refuses duplicate ids inside one file', () => {
    const snapshot = journal({ entries: [entry(), entry({ title: 'Again' })] });
    expect(rejection(toJsonArchive(snapshot)).message).toContain(`entry 2 (“Again”): id ${ENTRY_ID} is already the id of entry 1`);
  });

  it('refuses a day that is not on the calendar, naming the entry', () => {
    const snapshot = journal({ entries: [entry({ title: 'Cut CI time', date: '2019-13-45' })] });
    const error = rejection(toJsonArchive(snapshot));
    expect(error.message).toContain('entry 1 (“Cut CI time”): date 2019-13-45 is not a day on the calendar');
    expect(error.details).toEqual({ problems: [{ path: ['entries', '0', 'date'], message: '2019-13-45 is not a day on the calendar' }] });
  });

  it('refuses a theme that does not exist', () => {
    const ghost = '0a0a0a0a-1d2b-4c3e-8f4a-5b6c7d8e9f00';
    const snapshot = journal({ entries: [entry({ themeIds: [THEME_ID, ghost] })] });
    expect(rejection(toJsonArchive(snapshot)).message).toContain(
      `entry 1 (“Cut CI time: "3x" faster”): themeIds #2 ${ghost} is not a theme in this archive`,
    );
  });

  it('refuses two themes whose names differ only in case', () => {
    const snapshot = journal({
      themes: [
        ...journal().themes,
        {
          id: '6f1c2a40-1d2b-4c3e-8f4a-5b6c7d8e9f99',
          name: 'ML-Engineering',
          color: '#0f9d76',
          description: '',
          createdAt: T,
          updatedAt: T,
        },
      ],
    });
    expect(themeNameKey('ML-Engineering')).toBe(themeNameKey('ml-engineering'));
    expect(rejection(toJsonArchive(snapshot)).message).toContain(
      'theme 2 (“ML-Engineering”): name is the same name as theme 1 (“ml-engineering”), ignoring case',
    );
  });

  it('refuses unknown fields, missing fields and wrong types in words', () => {
    const data = jsonOf(journal());
    const entries = data.entries as Record<string, unknown>[];
    entries[0] = { ...entries[0], mood: 'great', starred: 'yes' };
    delete entries[0].title;
    const message = rejection(JSON.stringify(data)).message;
    expect(message).toContain('entry 1 (2025-03-14): title is missing');
    expect(message).toContain('entry 1 (2025-03-14): starred should be true or false');
    expect(message).toContain('entry 1 (2025-03-14): has unknown field: "mood"');
  });

  it('refuses a follow-up whose entry is not in the archive', () => {
    const followUp = {
      id: '3c1e9a2c-1d2b-4c3e-8f4a-5b6c7d8e9f07',
      entryId: '3c1e9a2c-1d2b-4c3e-8f4a-5b6c7d8e9f08',
      due: '2025-06-14',
      question: '',
      createdAt: T,
      answeredAt: null,
      answer: null,
      dismissedAt: null,
    };
    expect(rejection(toJsonArchive(journal({ followUps: [followUp] }))).message).toContain(
      'follow-up 1 (2025-06-14): entryId 3c1e9a2c-1d2b-4c3e-8f4a-5b6c7d8e9f08 is not an entry in this archive',
    );
  });
});
