import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../electron/core/db/migrations';
import type { Entry, Theme } from '../../shared/domain/model';
import { openTestJournal, snapshot, type TestJournal } from './journal';

let journal: TestJournal;
let clock: Date;
beforeEach(() => {
  clock = new Date('2026-11-20T10:00:00Z');
  journal = openTestJournal({ now: () => clock });
});
afterEach(() => journal.close());

function tick(ms = 1000) {
  clock = new Date(clock.getTime() + ms);
}

function expectRejected(method: unknown, input: unknown, code: string, message?: RegExp) {
  const before = snapshot(journal);
  const result = journal.attempt(method, input);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(code);
  if (message) expect(result.error.message).toMatch(message);
  expect(snapshot(journal)).toBe(before);
}

function theme(name: string): Theme {
  const found = journal.call('themes.list', {}).find((t) => t.name === name);
  if (!found) throw new Error(`no theme ${name}`);
  return found;
}

describe('entries', () => {
  it('creates an entry with every field and reads it back the same', () => {
    const leadership = theme('leadership');
    const entry = journal.call('entries.create', {
      date: '2026-03-04',
      title: 'Led the on-call rotation redesign',
      body: 'Rewrote the **runbook** and paired with\n\n- Ana\n- Bo',
      section: 'collaboration',
      impact: 'Pages per week went from 14 to 3.',
      themeIds: [leadership.id],
      newThemes: ['on-call'],
      starred: true,
      links: [{ url: 'https://example.com/doc', title: 'Design doc' }],
    });
    expect(entry).toMatchObject({
      date: '2026-03-04',
      title: 'Led the on-call rotation redesign',
      body: 'Rewrote the **runbook** and paired with\n\n- Ana\n- Bo',
      section: 'collaboration',
      impact: 'Pages per week went from 14 to 3.',
      starred: true,
      links: [{ url: 'https://example.com/doc', title: 'Design doc' }],
      createdAt: '2026-11-20T10:00:00.000Z',
      deletedAt: null,
    });
    expect(entry.themes.map((t) => t.name)).toEqual(['leadership', 'on-call']);
    expect(journal.call('entries.get', { id: entry.id })).toEqual(entry);
  });

  it('fills in defaults for a minimal entry', () => {
    const entry = journal.call('entries.create', { date: '2026-01-02', title: '  Shipped it  ' });
    expect(entry).toMatchObject({ title: 'Shipped it', body: '', impact: '', section: 'projects', starred: false, themes: [], links: [] });
  });

  it('keeps a 1 MB body, emoji and right-to-left text exactly', () => {
    const big = `${'Measured the p95 latency of the ranking service. '.repeat(21_000)}🚀`.slice(0, 1_048_576);
    const rtl = 'שיפרתי את זמן הבנייה ב־40% 🎉 — تحسين الأداء';
    const a = journal.call('entries.create', { date: '2026-02-01', title: rtl, body: big });
    const b = journal.call('entries.create', { date: '2026-02-01', title: 'Emoji 👩🏽‍💻🏳️‍🌈', body: `${rtl}\n\n${'🧪'.repeat(1000)}` });
    expect(journal.call('entries.get', { id: a.id }).body).toBe(big);
    expect(journal.call('entries.get', { id: a.id }).title).toBe(rtl);
    expect(journal.call('entries.get', { id: b.id }).title).toBe('Emoji 👩🏽‍💻🏳️‍🌈');
    expect(journal.call('entries.get', { id: b.id }).body).toBe(`${rtl}\n\n${'🧪'.repeat(1000)}`);
  });

  it('updates only the fields given and keeps the rest', () => {
    const entry = journal.call('entries.create', { date: '2026-01-02', title: 'Draft', newThemes: ['growth'] });
    tick();
    const updated = journal.call('entries.update', { id: entry.id, title: 'Final title', starred: true });
    expect(updated).toMatchObject({ title: 'Final title', starred: true, date: '2026-01-02', updatedAt: '2026-11-20T10:00:01.000Z' });
    expect(updated.themes.map((t) => t.name)).toEqual(['growth']);
    const rethemed = journal.call('entries.update', { id: entry.id, themeIds: [], newThemes: ['Leadership', 'brand new'] });
    expect(rethemed.themes.map((t) => t.name)).toEqual(['leadership', 'brand new']);
  });

  it('moves an entry to the trash and back, and deletes it for good only from the trash', () => {
    const entry = journal.call('entries.create', { date: '2026-01-02', title: 'Oops' });
    expectRejected('entries.purge', { id: entry.id }, 'conflict', /Only entries in the trash/);
    const trashed = journal.call('entries.delete', { id: entry.id });
    expect(trashed.deletedAt).toBe('2026-11-20T10:00:00.000Z');
    expect(journal.call('entries.list', {}).items).toHaveLength(0);
    expect(journal.call('entries.list', { trashed: true }).items.map((e) => e.id)).toEqual([entry.id]);
    expectRejected('entries.update', { id: entry.id, title: 'edit in trash' }, 'conflict', /restore it/);
    expect(journal.call('entries.restore', { id: entry.id }).deletedAt).toBeNull();
    expect(journal.call('entries.list', {}).items.map((e) => e.id)).toEqual([entry.id]);
    journal.call('entries.delete', { id: entry.id });
    expect(journal.call('entries.purge', { id: entry.id })).toEqual({ id: entry.id });
    expectRejected('entries.get', { id: entry.id }, 'not_found');
  });

  it('lists newest first, filtered by range, theme, section and star, in pages', () => {
    const made: Entry[] = [];
    for (let day = 1; day <= 25; day++) {
      made.push(
        journal.call('entries.create', {
          date: `2026-03-${String(day).padStart(2, '0')}`,
          title: `Entry ${day}`,
          section: day % 2 ? 'projects' : 'learning',
          starred: day % 5 === 0,
          newThemes: day % 3 === 0 ? ['leadership'] : [],
        }),
      );
    }
    // Two on the same day keep a stable order: the later one first.
    const sameDay = journal.call('entries.create', { date: '2026-03-25', title: 'Entry 25b' });

    const titles: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = journal.call('entries.list', { limit: 10, cursor });
      titles.push(...page.items.map((e) => e.title));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(titles.slice(0, 3)).toEqual(['Entry 25b', 'Entry 25', 'Entry 24']);
    expect(titles).toHaveLength(26);
    expect(new Set(titles).size).toBe(26);
    expect(sameDay.title).toBe('Entry 25b');

    const ranged = journal.call('entries.list', { from: '2026-03-10', to: '2026-03-12' }).items.map((e) => e.date);
    expect(ranged).toEqual(['2026-03-12', '2026-03-11', '2026-03-10']);
    const lead = journal.call('entries.list', { themeId: theme('leadership').id }).items.map((e) => e.title);
    expect(lead).toEqual(['Entry 24', 'Entry 21', 'Entry 18', 'Entry 15', 'Entry 12', 'Entry 9', 'Entry 6', 'Entry 3']);
    const learning = journal.call('entries.list', { section: 'learning', from: '2026-03-20' }).items.map((e) => e.title);
    expect(learning).toEqual(['Entry 24', 'Entry 22', 'Entry 20']);
    const starred = journal.call('entries.list', { starred: true }).items.map((e) => e.title);
    expect(starred).toEqual(['Entry 25', 'Entry 20', 'Entry 15', 'Entry 10', 'Entry 5']);
  });

  it('gives list items a plain-text excerpt rather than the whole body', () => {
    journal.call('entries.create', {
      date: '2026-03-01',
      title: 'Excerpt',
      body: `## Heading\n\n**Bold** and [a link](https://x.test) ${'word '.repeat(500)}`,
      impact: '*Cut* costs by 30%',
    });
    const [item] = journal.call('entries.list', {}).items;
    expect(item?.excerpt.startsWith('Heading · Bold and a link word word')).toBe(true); // blocks kept apart since issue 15.10
    expect(item?.excerpt.length).toBeLessThanOrEqual(241);
    expect(item?.impactExcerpt).toBe('Cut costs by 30%');
    expect(item).not.toHaveProperty('body');
  });
});

describe('bad input is refused with a clear error and writes nothing', () => {
  const valid = { date: '2026-02-27', title: 'A title' };
  const cases: [string, unknown, unknown, string, RegExp][] = [
    ['a day that does not exist', 'entries.create', { ...valid, date: '2026-02-30' }, 'invalid_input', /2026-02-30 is not a day/],
    ['a month 13', 'entries.create', { ...valid, date: '2019-13-45' }, 'invalid_input', /not a day/],
    ['a date in another format', 'entries.create', { ...valid, date: '27/02/2026' }, 'invalid_input', /yyyy-MM-dd/],
    ['an empty title', 'entries.create', { ...valid, title: '   ' }, 'invalid_input', /title cannot be empty/],
    ['a title over the limit', 'entries.create', { ...valid, title: 'x'.repeat(501) }, 'invalid_input', /longer than 500/],
    ['a multi-line title', 'entries.create', { ...valid, title: 'one\ntwo' }, 'invalid_input', /single line/],
    ['a body over the limit', 'entries.create', { ...valid, body: 'x'.repeat(2_000_001) }, 'invalid_input', /longer than 2,000,000/],
    ['an unknown section', 'entries.create', { ...valid, section: 'gossip' }, 'invalid_input', /section must be one of/],
    [
      'an unknown theme id',
      'entries.create',
      { ...valid, themeIds: ['0b6a7c52-8d4e-4f5a-9a31-0c2b1d6e7f80'] },
      'not_found',
      /themes does not exist/,
    ],
    ['a malformed id', 'entries.get', { id: 'nope' }, 'invalid_input', /Not a valid id/],
    [
      'a javascript: link',
      'entries.create',
      { ...valid, links: [{ url: 'javascript:alert(1)' }] },
      'invalid_input',
      /http, https or mailto/,
    ],
    ['an unexpected field', 'entries.create', { ...valid, admin: true }, 'invalid_input', /admin/],
    [
      'a prototype-polluting key',
      'entries.create',
      JSON.parse('{"date":"2026-02-27","title":"x","__proto__":{"polluted":1}}'),
      'invalid_input',
      /__proto__/,
    ],
    ['a string where an object belongs', 'entries.create', 'hello', 'invalid_input', /object/i],
    ['an inverted range', 'entries.list', { from: '2026-03-01', to: '2026-02-01' }, 'invalid_input', /after its end/],
    ['a forged cursor', 'entries.list', { cursor: "'; DROP TABLE entries; --" }, 'invalid_input', /cursor/],
    ['an unknown method', 'entries.explode', {}, 'unknown_method', /no backend method named "entries.explode"/],
    ['a method name that is not a string', 42, {}, 'unknown_method', /no backend method/],
    ['an inherited property as a method', 'constructor', {}, 'unknown_method', /no backend method/],
  ];
  it.each(cases)('%s', (_name, method, input, code, message) => {
    journal.call('entries.create', { date: '2026-01-01', title: 'Existing' });
    expectRejected(method, input, code, message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses to update an entry that does not exist', () => {
    expectRejected('entries.update', { id: '0b6a7c52-8d4e-4f5a-9a31-0c2b1d6e7f80', title: 'x' }, 'not_found');
  });

  it('rolls back a whole create when one of its themes is unknown, even after creating a new theme', () => {
    expectRejected(
      'entries.create',
      { ...valid, newThemes: ['fresh theme'], themeIds: ['0b6a7c52-8d4e-4f5a-9a31-0c2b1d6e7f80'] },
      'not_found',
    );
  });
});

describe('themes', () => {
  it('creates themes with unique names ignoring case and width, and a palette colour', () => {
    const created = journal.call('themes.create', { name: 'ML engineering', description: 'Models as software' });
    expect(created).toMatchObject({ name: 'ML engineering', description: 'Models as software', entryCount: 0 });
    expect(created.color).toMatch(/^#[0-9a-f]{6}$/);
    expectRejected('themes.create', { name: 'ml ENGINEERING' }, 'conflict', /already exists/);
    expectRejected('themes.create', { name: 'ＬＥＡＤＥＲＳＨＩＰ' }, 'conflict', /already exists/);
    expectRejected('themes.create', { name: 'a, b' }, 'invalid_input', /comma/);
    expectRejected('themes.create', { name: 'x', color: 'red' }, 'invalid_input', /#rrggbb/);
  });

  it('renames, recolours and describes a theme, and search follows the new name', () => {
    const t = journal.call('themes.create', { name: 'oncall' });
    journal.call('entries.create', { date: '2026-01-05', title: 'Quiet week', themeIds: [t.id] });
    const renamed = journal.call('themes.update', {
      id: t.id,
      name: 'Reliability',
      color: '#C0392B',
      description: 'Keeping the lights on',
    });
    expect(renamed).toMatchObject({ name: 'Reliability', color: '#c0392b', description: 'Keeping the lights on', entryCount: 1 });
    expect(journal.call('entries.search', { query: 'reliability' }).hits).toHaveLength(1);
    expect(journal.call('entries.search', { query: 'oncall' }).hits).toHaveLength(0);
    expectRejected('themes.update', { id: t.id, name: 'growth' }, 'conflict', /Merge the two instead/);
    expect(journal.call('themes.update', { id: t.id, name: 'RELIABILITY' }).name).toBe('RELIABILITY');
  });

  it('merges one theme into another without duplicating entries that had both', () => {
    const a = journal.call('themes.create', { name: 'mentoring' });
    const b = journal.call('themes.create', { name: 'mentorship' });
    journal.call('entries.create', { date: '2026-01-05', title: 'Only a', themeIds: [a.id] });
    journal.call('entries.create', { date: '2026-01-06', title: 'Both', themeIds: [a.id, b.id] });
    journal.call('entries.create', { date: '2026-01-07', title: 'Only b', themeIds: [b.id] });
    const merged = journal.call('themes.merge', { sourceId: a.id, targetId: b.id });
    expect(merged.entryCount).toBe(3);
    expect(journal.call('themes.list', {}).some((t) => t.id === a.id)).toBe(false);
    const both = journal.call('entries.list', {}).items.find((e) => e.title === 'Both');
    expect(both?.themes.map((t) => t.name)).toEqual(['mentorship']);
    expect(journal.call('entries.search', { query: 'mentoring' }).hits).toHaveLength(0);
    expect(journal.call('entries.search', { query: 'mentorship' }).hits).toHaveLength(3);
    expectRejected('themes.merge', { sourceId: b.id, targetId: b.id }, 'invalid_input', /into itself/);
  });

  it('deletes a theme and keeps its entries', () => {
    const t = journal.call('themes.create', { name: 'temporary' });
    const e = journal.call('entries.create', { date: '2026-01-05', title: 'Still here', themeIds: [t.id] });
    journal.call('themes.delete', { id: t.id });
    expect(journal.call('entries.get', { id: e.id }).themes).toEqual([]);
    expect(journal.call('entries.search', { query: 'temporary' }).hits).toHaveLength(0);
    expectRejected('themes.delete', { id: t.id }, 'not_found');
  });

  it('counts only entries outside the trash', () => {
    const t = theme('growth');
    const e = journal.call('entries.create', { date: '2026-01-05', title: 'Counted', themeIds: [t.id] });
    journal.call('entries.create', { date: '2026-01-06', title: 'Counted too', themeIds: [t.id] });
    journal.call('entries.delete', { id: e.id });
    expect(theme('growth').entryCount).toBe(1);
  });
});

describe('system', () => {
  it('says where the journal is and how big it is', () => {
    const e = journal.call('entries.create', { date: '2026-01-05', title: 'One' });
    journal.call('entries.create', { date: '2026-01-06', title: 'Two' });
    journal.call('entries.delete', { id: e.id });
    expect(journal.call('system.info', {})).toEqual({
      databasePath: journal.databasePath,
      schemaVersion: LATEST_VERSION,
      entryCount: 1,
      trashedCount: 1,
    });
  });
});
