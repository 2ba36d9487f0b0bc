import type { Entry } from '../model';
import { plainExcerpt } from '../plainText';
import { cleanTitle } from './analysis';
import { markdownToPlain } from './measures';

/**
 * What the review generators read from one entry's own text, apart from its analysis: what was
 * done and what happened, as the summary and packets tell them, and its words for theme
 * suggestions. Derived from the title, body and impact alone, so it is cached per entry
 * revision beside the analysis (electron/core/repos/analysis.ts) and never re-derived from
 * every body on every draft.
 */
export interface EntryText {
  /** whatWasDone(body). */
  done: string;
  /** whatHappened(impact). */
  happened: string;
  words: EntryWords;
}

/** Bumped whenever anything below changes what is derived, so cached text is derived again. */
export const ENTRY_TEXT_VERSION = 2;

export function entryText(entry: Pick<Entry, 'title' | 'body' | 'impact'>, stemOf: (word: string) => string = stem): EntryText {
  return { done: whatWasDone(entry.body), happened: whatHappened(entry.impact), words: entryWords(entry, stemOf) };
}

/** An entry's text derived on the spot, remembered for one run (callers with a cache pass theirs in). */
export function entryTextLookup(): (entry: Pick<Entry, 'id' | 'title' | 'body' | 'impact'>) => EntryText {
  const known = new Map<string, EntryText>();
  const stemOf = stemmer();
  return (entry) => {
    let found = known.get(entry.id);
    if (found === undefined) {
      found = entryText(entry, stemOf);
      known.set(entry.id, found);
    }
    return found;
  };
}

// ---- What was done, what happened ----------------------------------------------------

/** Ends a sentence the way the author would have, adding a full stop only when missing. */
export function asSentence(text: string): string {
  const t = text.trim();
  if (!t) return '';
  return /[.!?…:]["”’)]*$/.test(t) ? t.replace(/:$/, '.') : `${t}.`;
}

/**
 * The first sentence or two of an entry's body, in its own words: what was done. A quoted
 * body (kudos often quote someone) stays a quotation; a body that is only a list becomes
 * its items separated by semicolons.
 */
export function whatWasDone(body: string, maxLength = 240): string {
  const first = body
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .find((b) => plainExcerpt(b).length > 0);
  if (first === undefined) return '';
  const lines = first.split('\n').filter((l) => l.trim());
  if (lines.every((l) => /^\s*>/.test(l))) return `“${plainExcerpt(first, Number.MAX_SAFE_INTEGER)}”`;
  const isList = lines.every((l) => /^\s*(?:[-*+]|\d+[.)])\s+/.test(l));
  const text = isList
    ? asSentence(lines.map((l) => plainExcerpt(l, Number.MAX_SAFE_INTEGER).replace(/[.;,]$/, '')).join('; '))
    : plainExcerpt(first, Number.MAX_SAFE_INTEGER);
  // Whole sentences only: a long first sentence is kept whole rather than cut off.
  return asSentence(firstSentences(text, maxLength));
}

/** One sentence, or two when the first is short (under 80 characters); never past `maxLength`. */
function firstSentences(text: string, maxLength: number): string {
  const [first = '', second] = text.split(/(?<=[.!?…]["”’)]?)\s+(?=[A-Z“"(])/);
  if (second === undefined || first.length >= 80 || first.length + second.length + 1 > maxLength) return first;
  return `${first} ${second}`;
}

/** What happened because of the work, as the author wrote it (shortened only if very long). */
export function whatHappened(impact: string): string {
  return asSentence(plainExcerpt(impact, Number.MAX_SAFE_INTEGER));
}

// ---- Words, for theme suggestions ----------------------------------------------------

const STOP = new Set(
  `a an the and or but of to in on at for with by from into onto over under about after before during until while as is are was were be been being it its this that these those
   i we my our me us you your they them their he she his her new first last next more most less very also just then than so such not no yes all any each every some one two three
   week weeks month months year years day days quarter team teams work worked working did done made make got get help helped using used use via per across through without within
   up down out off back again still now today yesterday time times thing things lot lots way ways part`.split(/\s+/),
);

/** Light stemming so "forecast", "forecasts" and "forecasting" meet. */
export function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s)$/, '').replace(/(.)\1$/, '$1');
}

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z0-9-]{2,}/g) ?? []).filter((w) => !STOP.has(w) && !/^\d/.test(w));
}

/**
 * Stems of an entry's distinctive words, each once, in the order first written, separated by
 * spaces (a stem has none): one string reads back from the cache far faster than a list.
 */
export interface EntryWords {
  title: string;
  all: string;
  /** The first spelling of each stem in the title, to name a workstream in the author's words. */
  spelling: [stem: string, word: string][];
}

export function entryWords(entry: Pick<Entry, 'title' | 'body' | 'impact'>, stemOf: (word: string) => string = stem): EntryWords {
  const titleWords = wordsOf(cleanTitle(markdownToPlain(entry.title)));
  const spelling = new Map<string, string>();
  for (const w of titleWords) if (!spelling.has(stemOf(w))) spelling.set(stemOf(w), w);
  const title = new Set(titleWords.map(stemOf));
  const all = new Set(title);
  for (const w of wordsOf(`${markdownToPlain(entry.body)} ${markdownToPlain(entry.impact)}`)) all.add(stemOf(w));
  return { title: [...title].join(' '), all: [...all].join(' '), spelling: [...spelling] };
}

/** The stems of `EntryWords.title` or `.all` as a list. */
export function stemsOf(joined: string): string[] {
  return joined === '' ? [] : joined.split(' ');
}

/** `stem` remembered for one run: a journal repeats a small vocabulary thousands of times. */
export function stemmer(): (word: string) => string {
  const known = new Map<string, string>();
  return (word) => {
    let found = known.get(word);
    if (found === undefined) {
      found = stem(word);
      known.set(word, found);
    }
    return found;
  };
}
