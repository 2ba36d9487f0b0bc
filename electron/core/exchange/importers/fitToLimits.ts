import { LIMITS } from '../../../../shared/domain/limits';
import { calendarDay } from './dates';
import { cutAtWord } from './titles';
import type { ImportedEntry } from './types';

/**
 * Makes every importer's output fit the app's limits, fixing what can be fixed and saying so.
 * The rule: text is moved (title → body, an over-long body → a second entry), never dropped
 * without a warning naming what was dropped.
 */

/** A theme name as the app stores it: no '#'/'@' prefix, no commas (they separate themes in forms), ≤ 60 chars. */
export function cleanThemeName(raw: string, warnings: string[]): string | undefined {
  let name = raw
    .trim()
    .replace(/^[#@]+/, '')
    .trim();
  if (!name) return undefined;
  if (name.includes(',')) {
    const fixed = name
      .replace(/\s*,\s*/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    warnings.push(`The theme "${name}" had commas, which separate themes; it was renamed "${fixed}".`);
    name = fixed;
  }
  if (name.length > LIMITS.themeNameLength) {
    // Theme names are often hyphenated ("ml-engineering"), so a hyphen is a word boundary too.
    const window = name.slice(0, LIMITS.themeNameLength + 1);
    const at = Math.max(window.lastIndexOf(' '), window.lastIndexOf('-'));
    const short = (at > LIMITS.themeNameLength / 2 ? name.slice(0, at) : name.slice(0, LIMITS.themeNameLength)).replace(/[\s-]+$/, '');
    warnings.push(`The theme "${name}" is longer than ${LIMITS.themeNameLength} characters; it was shortened to "${short}".`);
    name = short;
  }
  return name;
}

function cleanPersonName(raw: string, warnings: string[]): string | undefined {
  const name = raw.trim().replace(/^@+/, '').replace(/\s+/g, ' ');
  if (!name) return undefined;
  if (name.length <= LIMITS.personNameLength) return name;
  const short = cutAtWord(name, LIMITS.personNameLength).head;
  warnings.push(`The name "${name}" is longer than ${LIMITS.personNameLength} characters; it was shortened to "${short}".`);
  return short;
}

/** Case-insensitive de-duplication that keeps the first spelling. */
function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function capList(names: string[], max: number, what: string, warnings: string[]): string[] {
  if (names.length <= max) return names;
  warnings.push(`Only ${max} ${what} fit on one entry; these were left off: ${names.slice(max).join(', ')}.`);
  return names.slice(0, max);
}

function joinBlocks(...blocks: string[]): string {
  return blocks
    .map((b) => b.trim())
    .filter(Boolean)
    .join('\n\n');
}

/** Splits text into pieces of at most `max` characters, preferring paragraph breaks, then line breaks. */
export function splitLongText(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const cut = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' ')].find((i) => i > max * 0.5) ?? max;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  parts.push(rest);
  return parts;
}

/** One imported entry, made to fit; an over-long body becomes several entries ("part 2 of 3"). */
export function fitToLimits(entry: ImportedEntry): ImportedEntry[] {
  const warnings = [...entry.warnings];
  const ymd = entry.date === null ? undefined : /^(\d{4})-(\d{2})-(\d{2})$/.exec(entry.date);
  if (entry.date !== null && (!ymd || calendarDay(Number(ymd[1]), Number(ymd[2]), Number(ymd[3])) !== entry.date)) {
    // Importers check dates as they read them; reaching here is a bug, not bad input.
    throw new Error(`Importer produced an invalid day: ${entry.date}`);
  }

  let title = entry.title.replace(/\s+/g, ' ').trim();
  let body = entry.body.trim();
  let impact = entry.impact.trim();

  if (!title) {
    const source = body || impact;
    const firstLine =
      source
        .split('\n')
        .find((line) => line.trim())
        ?.trim() ?? '';
    title = firstLine ? cutAtWord(firstLine.replace(/^[#>*\-+\s]+/, ''), 120).head : 'Untitled entry';
    warnings.push(firstLine ? 'The entry had no title; its first line was used.' : 'The entry had no text at all.');
  }
  if (title.length > LIMITS.titleLength) {
    const { head, tail } = cutAtWord(title, LIMITS.titleLength - 1);
    title = `${head}…`;
    body = joinBlocks(`…${tail}`, body);
    warnings.push(`The title was longer than ${LIMITS.titleLength} characters; the rest of it starts the body.`);
  }
  if (impact.length > LIMITS.impactLength) {
    const [kept = '', ...overflow] = splitLongText(impact, LIMITS.impactLength);
    impact = kept;
    body = joinBlocks(body, '**Impact (continued)**', ...overflow);
    warnings.push(
      `The impact was longer than ${LIMITS.impactLength.toLocaleString('en')} characters; the rest of it was moved to the end of the body.`,
    );
  }

  const themes = capList(
    uniqueNames(entry.themes.map((t) => cleanThemeName(t, warnings)).filter((t): t is string => t !== undefined)),
    LIMITS.themesPerEntry,
    'themes',
    warnings,
  );
  const people = capList(
    uniqueNames(entry.people.map((p) => cleanPersonName(p, warnings)).filter((p): p is string => p !== undefined)),
    LIMITS.peoplePerEntry,
    'people',
    warnings,
  );

  const fitted: ImportedEntry = { ...entry, title, body, impact, themes, people, warnings };
  if (body.length <= LIMITS.bodyLength) return [fitted];

  const parts = splitLongText(body, LIMITS.bodyLength);
  return parts.map((part, i) => ({
    ...fitted,
    title: i === 0 ? title : cutAtWord(`${title} (part ${i + 1} of ${parts.length})`, LIMITS.titleLength).head,
    body: part,
    impact: i === 0 ? impact : '',
    warnings: [
      ...warnings,
      `The body was longer than ${LIMITS.bodyLength.toLocaleString('en')} characters, so it was split into ${parts.length} entries; this is part ${i + 1}.`,
    ],
  }));
}

export function fitAllToLimits(entries: readonly ImportedEntry[]): ImportedEntry[] {
  return entries.flatMap(fitToLimits);
}
