import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  draftVersionFileName,
  entryFileName,
  fileNameProblem,
  folderNames,
  MAX_FILE_NAME_BYTES,
  reflectionFileName,
  safeFileName,
  slugify,
  truncateUtf8,
  utf8Length,
} from '../../electron/core/exchange/fileNames';

describe('slugs made from titles', () => {
  it('are lower case words joined by hyphens', () => {
    expect(slugify('Cut CI time: 3× faster!')).toBe('cut-ci-time-3-faster');
    expect(slugify('  --Leading and trailing--  ')).toBe('leading-and-trailing');
  });

  it('keep the letters of any script', () => {
    expect(slugify('Миграция на Postgres')).toBe('миграция-на-postgres');
    expect(slugify('日本語のタイトル')).toBe('日本語のタイトル');
    expect(slugify('שלום עולם')).toBe('שלום-עולם');
    expect(slugify('हिन्दी शीर्षक')).toBe('हिन्दी-शीर्षक');
  });

  it('fall back to "entry" when a title has no letters or digits', () => {
    expect(slugify('🎉🚀')).toBe('entry');
    expect(slugify('***')).toBe('entry');
    expect(slugify('')).toBe('entry');
    expect(slugify('???', { fallback: 'draft' })).toBe('draft');
  });

  it('are in Unicode NFC, whatever form the title came in', () => {
    const decomposed = 'Cafe\u0301 re\u0301sume\u0301';
    expect(slugify(decomposed)).toBe('café-résumé');
    expect(slugify(decomposed)).toBe(slugify(decomposed).normalize('NFC'));
  });

  it('fold compatibility forms into plain letters', () => {
    expect(slugify('ﬁnal Ｒｅｐｏｒｔ')).toBe('final-report');
  });

  it('stay within their byte budget without splitting a character', () => {
    const slug = slugify('ü'.repeat(100), { maxBytes: 61 });
    expect(utf8Length(slug)).toBe(60);
    expect(slug).toBe('ü'.repeat(30));
  });

  it('never name a Windows device', () => {
    expect(slugify('CON')).toBe('con_');
    expect(slugify('Com1')).toBe('com1_');
  });
});

describe('safe file names', () => {
  it.each([
    ['a<b>c:d"e/f\\g|h?i*j.md', 'a-b-c-d-e-f-g-h-i-j.md'],
    ['tab\there\u0000nul\u001fend.md', 'tab-here-nul-end.md'],
    ['bell\u0085c1.md', 'bell-c1.md'],
  ])('replace characters Windows refuses: %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it.each(['CON', 'prn.md', 'AUX.tar.gz', 'nul', 'COM1.md', 'com9', 'LPT1.txt', 'lpt9.md', 'COM¹.md', 'con .md'])(
    'do not use the Windows device name in %j',
    (name) => {
      const safe = safeFileName(name);
      expect(fileNameProblem(safe)).toBeUndefined();
      expect(fileNameProblem(name)).toBeDefined();
    },
  );

  it('do not end with dots or spaces', () => {
    expect(safeFileName('notes. . ')).toBe('notes');
    expect(safeFileName('...')).toBe('entry');
    expect(fileNameProblem('notes.')).toBe('ends with a dot or a space');
  });

  it('drop direction overrides that would disguise an extension', () => {
    expect(safeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
  });

  it('fit in 255 bytes of UTF-8, keeping the extension and whole characters', () => {
    const name = `${'👩‍👩‍👧'.repeat(40)}.md`;
    const safe = safeFileName(name);
    expect(utf8Length(safe)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(safe.endsWith('.md')).toBe(true);
    expect(safe.slice(0, -3)).toBe('👩‍👩‍👧'.repeat(Math.floor(252 / utf8Length('👩‍👩‍👧'))));
  });

  it('cut a tower of combining marks between code points, never inside one', () => {
    const zalgo = `a${'\u0301'.repeat(200)}`;
    const cut = truncateUtf8(zalgo, 11);
    expect(cut).toBe(`a${'\u0301'.repeat(5)}`);
  });

  it('are safe everywhere for any title at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (title) => {
        expect(fileNameProblem(slugify(title))).toBeUndefined();
        expect(fileNameProblem(safeFileName(title))).toBeUndefined();
        expect(fileNameProblem(entryFileName({ date: '2025-03-14', title, id: '4b1e9a2c-1d2b-4c3e-8f4a-5b6c7d8e9f03' }))).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});

describe('names within one folder', () => {
  it('get -2, -3 when they would clash, before the extension', () => {
    const names = folderNames();
    expect(names.claim('a.md')).toBe('a.md');
    expect(names.claim('a.md')).toBe('a-2.md');
    expect(names.claim('a.md')).toBe('a-3.md');
  });

  it('clash ignoring case and Unicode normalisation, as on Windows and macOS', () => {
    const names = folderNames();
    expect(names.claim('Café.md')).toBe('Café.md');
    expect(names.claim('cafe\u0301.md')).toBe('cafe\u0301-2.md');
    expect(names.claim('CAFÉ.md')).toBe('CAFÉ-3.md');
  });

  it('are made from the date, the title and the short id', () => {
    expect(entryFileName({ date: '2025-03-14', title: 'Cut CI time: 3× faster', id: '4B1E9A2C-1d2b-4c3e-8f4a-5b6c7d8e9f03' })).toBe(
      '2025-03-14-cut-ci-time-3-faster-4b1e9a2c.md',
    );
    expect(entryFileName({ date: '2025-03-14', title: '🎉', id: '4b1e9a2c-1d2b-4c3e-8f4a-5b6c7d8e9f03' })).toBe(
      '2025-03-14-entry-4b1e9a2c.md',
    );
    expect(reflectionFileName({ period: 'quarter', start: '2025-01-01' })).toBe('quarter-2025-01-01.md');
    expect(draftVersionFileName({ title: 'H1 review packet', id: '9c1d22ab-1d2b-4c3e-8f4a-5b6c7d8e9f03' }, 2)).toBe(
      'h1-review-packet-9c1d22ab-v2.md',
    );
  });
});
