import type { EntryKind } from '../model';
import type { SectionId } from '../sections';
import { analyzeEntry, cleanTitle, type EntryAnalysis } from './analysis';
import { findMeasures, markdownToPlain, type Measure, type MeasureField, type PlacedMeasure } from './measures';
import { CHANGE_VERBS, VERB_FAMILIES, alternativeVerbs, findWeakOpeners, gerundOf, isPastTenseVerb, leadingVerb } from './verbs';

/**
 * Résumé bullets drafted from journal entries by rules, not by a language model, so every
 * word can be traced back and nothing is invented:
 *
 * - X, what was accomplished, is the entry's title, led by a strong past-tense verb (the
 *   entry's own when it has one, one chosen by theme and section otherwise).
 * - Y, how it was measured, comes from the impact (then title and body): a "from A to B"
 *   follows a verb that says a number changed, a short measured phrase goes in parentheses,
 *   a whole result sentence goes at the end. No number means a visible placeholder, never a
 *   guess.
 * - Z, how it was done, is the body's actions turned into "by doing…" (xyz format only).
 *
 * Every digit in a bullet is copied from the entry, first person is left out, and the whole
 * fits one line: clauses are dropped in a fixed order until it does.
 */

export type BulletFormat = 'xyz' | 'short';

export interface BulletInput {
  id: string;
  date: string;
  title: string;
  body: string;
  impact: string;
  section: SectionId;
  kind: EntryKind;
  themes: { name: string }[];
  /** For ranking; absent counts as not starred, no people, no goals. */
  starred?: boolean;
  people?: readonly { name: string }[];
  goals?: readonly unknown[];
}

export interface BulletWarning {
  code: 'weak-opener' | 'repeated-verb' | 'no-measure' | 'too-long' | 'first-person' | 'implied-verb';
  message: string;
}

export interface BulletDraft {
  text: string;
  /** The verb the bullet starts with, lower case; empty when the entry is not in English. */
  verb: string;
  /** The entries it came from. */
  sourceIds: string[];
  /** The measures the text quotes, in the order it quotes them. */
  measures: Measure[];
  /** No number made it into the bullet; a warning asks for one (the text never guesses one). */
  needsMeasure: boolean;
  warnings: BulletWarning[];
  /** 1 = strongest. See BULLET_RANK_RULE. */
  rank: number;
  /** Among the best 8–12 shown by default; the rest are one click away. */
  inDefaultSet: boolean;
  /** Why it ranks where it does, in a few words ("measured result, starred"). */
  rankReasons: string[];
}

/** The ranking rule in one line, for the UI and the CLI. */
export const BULLET_RANK_RULE =
  'Ranked by a measured result first, then scope (people, teams, users), stars and goals served; weak verbs last.';
/** How many bullets the default set keeps: the best 8 to 12. */
export const DEFAULT_SET_MIN = 8;
export const DEFAULT_SET_MAX = 12;

export const MAX_BULLET_LENGTH = 200;
export const MEASURE_PLACEHOLDER = '[add a number: how much, how many, how fast?]';

// ---- Sentences and clauses -----------------------------------------------------------

function sentencesOf(plain: string): string[] {
  return plain
    .split(/(?<=[.!?])\s+(?=\S)(?<!\b(?:e\.g|i\.e|etc|vs)\.\s+)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function withoutEndPunctuation(text: string): string {
  return text.replace(/[\s.!?;:,]+$/, '');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

const CONNECTOR_TAIL =
  /(?:[\s,;:–—-]+(?:and|but|or|so|that|which|who|when|after|before|because|while|where|since|until|as|then|with|for|to|of|from|by)?)+$/i;

function withoutDanglingConnector(text: string): string {
  let out = text.trimEnd();
  for (let previous = ''; previous !== out;) {
    previous = out;
    out = out
      .replace(CONNECTOR_TAIL, '')
      .replace(
        /\s+(?:and|but|or|so|that|which|who|when|after|before|because|while|where|since|until|as|then|with|for|to|of|from|by|the|a|an)$/i,
        '',
      );
  }
  return out;
}

/** Plain, tidier wording for result phrases; each swap keeps the meaning and adds no fact. */
const CONCISE: readonly [RegExp, string][] = [
  [/\b(?:everyone|everybody) on the team\b/gi, 'the whole team'],
  [/\bin order to\b/gi, 'to'],
];

function concise(text: string): string {
  return CONCISE.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

// ---- First person --------------------------------------------------------------------

const LEADING_SUBJECT = /^(?:I|We)(?:'ve|’ve|'d|’d|'m|’m|'re|’re| have| had| am| are)?\s+(?:also\s+|then\s+|finally\s+)?/;
const FIRST_PERSON = /(?<![\w'’/-])(?:I['’](?:m|ve|d|ll)|[Ww]e['’](?:re|ve|d|ll)|[Ll]et['’]s|I|[Mm]e|[Ww]e|[Mm]ine|[Oo]urs)(?![\w'’/-])/;

/** Whether a text speaks in the first person ("I", "my", "we", "us"…). Exported for tests and the UI. */
export function hasFirstPerson(text: string): boolean {
  // "I" only in capitals, so a roman numeral or "I/O" is not mistaken for it.
  return (
    FIRST_PERSON.test(text) || /(?<![\w'’/-])(?:my|our|myself|ourselves|us|me|we|mine|ours)(?![\w'’/-])/i.test(text.replace(/\bUS\b/g, ''))
  );
}

/**
 * A phrase without first person. A leading "I"/"We" is dropped, "my"/"our" become "the",
 * "us" becomes "the team", and any other first person ends the phrase where it starts: the
 * rest is left out rather than rewritten. Returns '' when too little is left.
 */
function withoutFirstPerson(text: string, minWords = 2): string {
  // Quotations are kept word for word: "saved us" never becomes "saved the team".
  const quotes: string[] = [];
  // \u0001 marks where a quotation was taken out, so it cannot clash with the text.
  const masked = text.replace(/[“"][^”"]{1,400}[”"]/g, (q) => `\u0001${quotes.push(q) - 1}\u0001`);
  const out = withoutFirstPersonOutsideQuotes(masked, minWords);
  // eslint-disable-next-line no-control-regex -- the same \u0001 marks, put back
  return out.replace(/\u0001(\d+)\u0001/g, (_, n: string) => quotes[Number(n)] ?? '');
}

function withoutFirstPersonOutsideQuotes(text: string, minWords: number): string {
  let out = text.trim().replace(LEADING_SUBJECT, '');
  // "After I joined, rewrote the docs": the opening clause is about the person; keep the rest.
  out = out.replace(/^(?:after|when|once|since|because|while|before|as soon as)\s+(?:I|we)\b[^,]*,\s*/i, '');
  out = out
    .replace(/\s*\b(?:by|for)\s+(?:myself|ourselves)\b/gi, '')
    .replace(/\s*\b(?:myself|ourselves)\b/gi, '')
    .replace(/\b(?:My|Our)(?:\s+own)?\b/g, 'The')
    .replace(/\b(?:my|our)(?:\s+own)?\b/g, 'the')
    .replace(/(?<![\w'’/-])us(?![\w'’/-])/g, 'the team');
  for (let match = FIRST_PERSON.exec(out); match; match = FIRST_PERSON.exec(out)) {
    const before = out.slice(0, match.index);
    const after = out.slice(match.index + match[0].length).trimStart();
    const nextWord = /^[A-Za-z-]+/.exec(after)?.[0] ?? '';
    // "…, and I cached the fixtures": a subject before its own verb can simply go.
    if (/^(?:I|We|we)$/.test(match[0]) && isPastTenseVerb(nextWord) && /(?:^|,|\band|\bthen|\bbut|\bso)\s*$/.test(before)) {
      out = `${before}${after}`;
      continue;
    }
    let kept = withoutDanglingConnector(before);
    // A phrase cut right after its verb ("what it taught me") ends at the last clause break instead.
    const lastWord = /([A-Za-z-]+)$/.exec(kept)?.[1] ?? '';
    if (isPastTenseVerb(lastWord)) {
      const cut = Math.max(kept.lastIndexOf(', '), kept.lastIndexOf(': '), kept.lastIndexOf(' – '));
      kept = cut > 0 ? kept.slice(0, cut) : '';
    }
    out = kept;
  }
  out = out
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .trim();
  return wordCount(out) >= minWords ? out : '';
}

// ---- Common words and names ----------------------------------------------------------

/** Words that never name a person or product, even when capitalised elsewhere in the entry. */
const COMMON_FIRST_WORDS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'each',
  'every',
  'all',
  'both',
  'most',
  'many',
  'no',
  'some',
  'it',
  'they',
  'there',
  'now',
  'new',
  'everyone',
  'everybody',
  'nobody',
  'zero',
  'only',
  'half',
]);

/**
 * Lower-cases the first word of a phrase that moves into the middle of a sentence, unless it
 * looks like a name (capitalised elsewhere in the entry, mid-sentence) or an acronym:
 * "The team agreed" → "the team agreed", but "Sam handled" and "CI went" keep their capitals.
 */
function lowerFirstWord(text: string, entryText: string): string {
  // Not "Q2" or "CUPED": a word with a digit or in capitals is a name as written.
  const word = /^[A-Za-z][a-z'’-]*(?=$|[^A-Za-z0-9])/.exec(text)?.[0];
  if (!word || word === word.toLowerCase()) return text;
  const lower = word.toLowerCase();
  const nameElsewhere = new RegExp(`[a-z,;:]\\s+${word}\\b`).test(entryText);
  // A title's first word is capitalised only because it comes first; a result's may be a name.
  if (COMMON_FIRST_WORDS.has(lower) || !nameElsewhere) return lower + text.slice(word.length);
  return text;
}

// ---- Z: what was done ----------------------------------------------------------------

interface Piece {
  text: string;
  measured: boolean;
}

/** What may follow a verb but not an adjective: "cached the fixtures", not "reserved pricing". */
const AFTER_VERB =
  /^(?:the|a|an|our|my|their|his|her|its|this|that|these|those|each|every|all|some|both|how|what|why|when|where|with|to|up|down|out|off|over|on|in|into|about|from|for|by|it|them|him|back|away|through|\d[\d,.]*)$/i;

/** Whether "and <word> <next>" starts another action. Irregular verbs are rarely adjectives; "-ed" words often are. */
function startsAction(word: string, next: string): boolean {
  if (!isPastTenseVerb(word)) return false;
  if (!word.toLowerCase().endsWith('ed')) return true;
  return next === '' || AFTER_VERB.test(next.replace(/[,.;:]$/, ''));
}

/** Past tenses that, after another action and "and", are verbs rather than adjectives. */
const COMMON_ACTIONS: ReadonlySet<string> = new Set([
  ...Object.values(VERB_FAMILIES).flat(),
  ...CHANGE_VERBS,
  ...[
    'added',
    'removed',
    'fixed',
    'replaced',
    'deleted',
    'migrated',
    'updated',
    'archived',
    'merged',
    'tested',
    'recorded',
    'rewrote',
    'wrote',
  ],
]);

/** "Split the suite and cached the fixtures" → ["Split the suite", "cached the fixtures"]. */
function splitAtVerbs(sentence: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of sentence.matchAll(/,\s+(?:and\s+|then\s+|so\s+)?|\s+(?:and|then)\s+/g)) {
    const [next = '', after = ''] = sentence.slice(match.index + match[0].length).split(/\s+/);
    // In a comma list or after a long phrase, an -ed word is another action ("…, chased sign-offs").
    const listed = match[0].startsWith(',') || wordCount(sentence.slice(start, match.index)) >= 4;
    // "Sampled debug logs and moved old indices": after an action, a common action verb is a second
    // action; a rarer -ed word may still be an adjective ("comparing on-demand and reserved pricing").
    const secondAction = leadingVerb(sentence.slice(start, match.index)) !== undefined && COMMON_ACTIONS.has(next.toLowerCase());
    if (!(listed ? isPastTenseVerb(next) : secondAction || startsAction(next, after))) continue;
    parts.push(sentence.slice(start, match.index));
    start = match.index + match[0].length;
  }
  parts.push(sentence.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** "cached the model fixtures" → "caching the model fixtures". */
function asGerund(action: string): string | undefined {
  const lead = leadingVerb(action);
  if (!lead) return undefined;
  const [first = '', ...others] = lead.verb.split(' ');
  return [gerundOf(first), ...others, lead.rest].filter(Boolean).join(' ');
}

function isMeasured(text: string, measures: readonly PlacedMeasure[]): boolean {
  return measures.some((m) => text.includes(m.text));
}

/** The body's actions as "-ing" phrases; sentences that do not start with a verb are context, not actions. */
function actionsOf(bodyPlain: string, measures: readonly PlacedMeasure[], skip: string): Piece[] {
  const actions: Piece[] = [];
  // "Wrote the timeline; ran the review": a semicolon separates actions as a full stop does.
  for (const sentence of sentencesOf(bodyPlain).flatMap((s) => s.split(/;\s+/))) {
    const text = withoutFirstPerson(withoutEndPunctuation(sentence));
    if (!text || text === skip) continue;
    for (const part of splitAtVerbs(text)) {
      // "Had no docs, so interviewed 4 new hires": only the parts that start with an action count.
      const gerund = asGerund(part);
      if (gerund) actions.push({ text: gerund, measured: isMeasured(gerund, measures) });
    }
  }
  return actions;
}

// ---- Y: how it was measured ----------------------------------------------------------

interface Result {
  /** "from 38 minutes to 12", right after the verb that says the number changed. */
  attached: string;
  /** "3x faster tests for the whole team", in parentheses. */
  aside: string;
  /** Whole result clauses for the end of the bullet. */
  trailing: Trailing[];
}

interface Trailing extends Piece {
  /** A clause with its own subject gets "so"/"and"; a participle or "which" clause stands alone. */
  joins: 'so' | 'alone';
}

const CONNECTOR_HEAD = /^(?:and\s+)?(?:which|that|this|it|so)\s+/i;
const AUX = /\b(?:is|are|was|were|has|have|had|will|can|could|now|became|becomes)\b/i;

/** One result clause placed where it reads best, or undefined when nothing is left of it. */
function placeClause(
  raw: string,
  measures: readonly PlacedMeasure[],
  entryText: string,
): { aside?: string; trailing?: Trailing } | undefined {
  const clause = concise(withoutFirstPerson(raw.replace(/^(?:result|results|impact|outcome)\s*[:—–-]\s*/i, '')));
  if (!clause) return undefined;
  const measured = isMeasured(clause, measures);
  const bare = clause.replace(CONNECTOR_HEAD, '');
  const firstWord = /^[A-Za-z-]+/.exec(bare)?.[0] ?? '';

  // "which made the tests 3x faster for everyone" → "3x faster tests for everyone".
  const comparative = measures.find(
    (m) => (m.kind === 'multiplier' || m.kind === 'percent') && /[a-z]$/i.test(m.text) && bare.includes(m.text),
  );
  if (comparative) {
    const made = new RegExp(`^(?:made|makes|making)\\s+(?:the\\s+)?(.+?)\\s+${escapeRegExp(comparative.text)}(.*)$`, 'i').exec(bare);
    if (made?.[1]) return { aside: `${comparative.text} ${made[1]}${made[2] ?? ''}`.trim() };
  }
  // "so the fraud model catches…" is a consequence: it stays a clause, never an aside.
  if (/^(?:and\s+)?so\s/i.test(clause) && CONNECTOR_HEAD.test(clause)) {
    // "so we turned off v1" without its "we" has lost its subject: better left out than misread.
    if (isPastTenseVerb(firstWord)) return undefined;
    return { trailing: { text: clause.replace(/^and\s+/i, ''), measured, joins: 'alone' } };
  }
  const rest = bare.slice(firstWord.length);
  // "Forecast error went from…" has its own verb: the first word is its subject, not an action.
  const ownVerb = /\b(?:went|was|were|is|are|dropped|fell|rose|grew|came|became|stayed)\b/i.test(rest.split(',')[0] ?? '');
  // "Adopted by/as…", "Used by…" stay passive.
  if (/^[A-Za-z]+ed$/i.test(firstWord) && /^\s+(?:by|as|across|in|at|for|within|into)\b/i.test(rest)) {
    return { trailing: { text: firstWord.toLowerCase() + rest, measured, joins: 'alone' } };
  }
  if (isPastTenseVerb(firstWord) && !ownVerb) {
    // "Caught a regression" becomes "catching a regression".
    return { trailing: { text: gerundOf(firstWord) + rest, measured, joins: 'alone' } };
  }
  const hasVerb = AUX.test(bare) || bare.split(/\s+/).some((w) => isPastTenseVerb(w.replace(/[^A-Za-z-]/g, '')));
  // "40% fewer pages at night" has no verb: it reads as an aside, not as a clause after "so".
  if (!hasVerb && wordCount(bare) <= 8) return { aside: lowerFirstWord(bare, entryText) };
  if (/^which\s/i.test(clause)) return { trailing: { text: clause, measured, joins: 'alone' } };
  return { trailing: { text: lowerFirstWord(clause.replace(/^(?:and|so)\s+/i, ''), entryText), measured, joins: 'so' } };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Y from the impact: its first sentence with a number (or its first sentence), clause by clause. */
/** Whether a number's metric is what the head is about ("latency" in "Reduced p99 latency"), or unnamed. */
function sameMetric(measureText: string, head: string, analysis: EntryAnalysis): boolean {
  const metric = analysis.measures.find((m) => m.text === measureText)?.metric ?? '';
  const words = metric
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 2 && !/^(?:went|was|were|has|had|cut|the)$/.test(w));
  if (words.length === 0) return true;
  const lowerHead = head.toLowerCase();
  return words.some((w) => lowerHead.includes(w));
}

function resultOf(
  impactPlain: string,
  measures: readonly PlacedMeasure[],
  head: string,
  verb: string,
  entryText: string,
  analysis: EntryAnalysis,
): Result {
  const result: Result = { attached: '', aside: '', trailing: [] };
  const sentences = sentencesOf(impactPlain);
  const sentence = sentences.find((s) => isMeasured(s, measures)) ?? sentences[0];
  if (!sentence) return result;
  const clauses = withoutEndPunctuation(sentence)
    .split(/,\s+(?=(?:and\s+)?(?:which|so|that|this|it)\b)|;\s+|\s+[–—]\s+/)
    .map((c) => c.trim())
    .filter(Boolean);
  clauses.forEach((clause, i) => {
    const fromTo = measures.find((m) => m.kind === 'fromTo' && clause.includes(m.text));
    // "Cut CI time" + "CI went from 38 minutes to 12" → "Cut CI time from 38 minutes to 12".
    // Only when the number measures what the head names: 12% → 8% of another metric stays in its own clause.
    if (i === 0 && fromTo && CHANGE_VERBS.has(verb) && !head.includes(fromTo.text) && sameMetric(fromTo.text, head, analysis)) {
      result.attached = fromTo.text;
      return;
    }
    const placed = placeClause(clause, measures, entryText);
    if (placed?.aside && !result.aside) result.aside = placed.aside;
    else if (placed?.trailing) result.trailing.push(placed.trailing);
  });
  return result;
}

// ---- X: what was accomplished --------------------------------------------------------

interface Head {
  text: string;
  verb: string;
  /** The weak opener the title started with, when it was replaced. */
  replaced?: string;
  /** The heading word that implied the verb ("design doc"), when the entry had none. */
  impliedBy?: string;
  /** What followed a semicolon in a heading ("reviewed by 3 teams"), kept as a clause. */
  tail?: string;
}

/** Nouns that take "an". */
function article(noun: string): string {
  return /^[aeiou]/i.test(noun) && !/^(?:one|use|uni|eu)/i.test(noun) ? 'an' : 'a';
}

/**
 * X from the analysed action: the entry's own verb in the past tense and its own object. A
 * weak verb becomes what it honestly means ("contributed to", "supported"), never a stronger
 * claim; a heading takes only the verb its form implies ("Design doc: …" → "Wrote a design doc on …").
 */
function headOf(action: NonNullable<EntryAnalysis['action']>, entryText: string): Head {
  const object = withoutFirstPerson(action.object, 0) || action.object;
  if (action.strength === 'implied' && action.impliedBy) {
    const [main = '', ...rest] = object.split(/;\s+/);
    const noun = action.impliedBy;
    const text = `${capitalize(action.verb)} ${article(noun)} ${noun} on ${lowerFirstWord(main, entryText)}`;
    return { text, verb: action.verb, impliedBy: noun, tail: rest.join('; ') || undefined };
  }
  const text = `${capitalize(action.verb)} ${object}`.trim();
  return action.strength === 'weak' ? { text, verb: action.verb, replaced: action.written.toLowerCase() } : { text, verb: action.verb };
}

// ---- Putting it together -------------------------------------------------------------

interface Parts {
  head: string;
  attached: string;
  aside: string;
  actions: Piece[];
  trailing: Trailing[];
}

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function compose(parts: Parts): string {
  let text = parts.head;
  if (parts.attached) text += ` ${parts.attached}`;
  if (parts.aside) text += ` (${parts.aside})`;
  if (parts.actions.length > 0) text += ` by ${joinList(parts.actions.map((a) => a.text))}`;
  let saidSo = false;
  for (const t of parts.trailing) {
    // A second consequence joins the first with "and", never a second ", so".
    if (t.joins === 'alone') text += saidSo && /^so\s/i.test(t.text) ? ` and ${t.text.slice(3)}` : `, ${t.text}`;
    else {
      text += saidSo ? ` and ${t.text}` : `, so ${t.text}`;
      saidSo = true;
    }
  }
  return `${capitalize(text)}.`;
}

/** Where a phrase can end early. Not "and", "to" or "in": those split a noun phrase as often as a clause. */
const BREAK =
  /,\s|(?<!\btogether)\s(?=(?:instead of|together with|before|after|because|while|which|so that|so|but|with|without|for|through|across|using|via|when|where|by|during|from|until)\s)/g;

/** The phrase cut at its last natural break that keeps its measures and three words, if any. */
function shortened(text: string, measures: readonly PlacedMeasure[]): string | undefined {
  const keepUntil = Math.max(0, ...measures.filter((m) => text.includes(m.text)).map((m) => text.indexOf(m.text) + m.text.length));
  const breaks = [...text.matchAll(BREAK)].map((m) => m.index).filter((i) => i >= keepUntil);
  for (const at of breaks.reverse()) {
    const cut = withoutDanglingConnector(text.slice(0, at));
    if (wordCount(cut) >= 3 && cut.length < text.length) return cut;
  }
  return undefined;
}

/**
 * Shortening steps, tried in order until the bullet fits: first what carries no number
 * (extra actions, extra result clauses), then wordiness, last anything with a number. Each
 * step returns what it left out, or undefined when it cannot help.
 */
function trimSteps(
  parts: Parts,
  measures: readonly PlacedMeasure[],
  hasOtherMeasure: (without: string) => boolean,
): (() => string | undefined)[] {
  const dropLast = <T extends Piece>(list: T[], pick: (p: T) => boolean, keep: number): string | undefined => {
    if (list.length <= keep) return undefined;
    const index = list.findLastIndex(pick);
    if (index < 0) return undefined;
    return list.splice(index, 1)[0]?.text;
  };
  const shortenLast = (list: Piece[]): string | undefined => {
    for (const piece of [...list].reverse()) {
      const cut = shortened(piece.text, measures);
      if (cut) {
        const dropped = piece.text.slice(cut.length).replace(/^[\s,]+/, '');
        piece.text = cut;
        return dropped;
      }
    }
    return undefined;
  };
  return [
    () => dropLast(parts.actions, (a) => !a.measured, 1),
    () => dropLast(parts.trailing, (t) => !t.measured, 0),
    () => shortenLast(parts.trailing),
    () => shortenLast(parts.actions),
    () => {
      if (!parts.aside || !hasOtherMeasure(parts.aside)) return undefined;
      const dropped = parts.aside;
      parts.aside = '';
      return dropped;
    },
    () => dropLast(parts.actions, (a) => !a.measured || hasOtherMeasure(a.text), 0),
    () => dropLast(parts.trailing, (t) => hasOtherMeasure(t.text), 0),
    () => {
      const cut = shortened(parts.head, measures);
      if (!cut) return undefined;
      const dropped = parts.head.slice(cut.length).trim();
      parts.head = cut;
      return dropped;
    },
  ];
}

/** Whether it reads as English; the rules below only know English grammar. */
function looksEnglish(title: string, body: string): boolean {
  if (leadingVerb(title)) return true;
  // The title decides: it is what the bullet is made of.
  const letters = (title || body).match(/\p{L}/gu) ?? [];
  const latin = letters.filter((l) => /[A-Za-z]/.test(l)).length;
  // Terse English ("oncall", "q2 planning") has no function words; another script does not pass.
  return letters.length === 0 || latin / letters.length > 0.7;
}

/** Kudos are recognition, not accomplishments; learning counts once it changed something. */
export function isBulletWorthy(entry: Pick<BulletInput, 'kind' | 'impact'>): boolean {
  if (entry.kind === 'kudos') return false;
  if (entry.kind === 'learning') return markdownToPlain(entry.impact).trim() !== '';
  return true;
}

/** The analysis an entry's bullet is drafted from; callers with a cache pass theirs in. */
export type AnalysisOf = (entry: BulletInput) => EntryAnalysis;

export const analyzeBulletInput: AnalysisOf = (entry) => analyzeEntry(entry);

/**
 * One bullet from one entry, or null when the entry records no action of the author's
 * (kudos received, a feeling, a life event, Outside of work, a note about something that
 * happened). `usedVerbs` are verbs other bullets of the same set start with.
 */
export function draftBullet(
  entry: BulletInput,
  format: BulletFormat,
  usedVerbs: ReadonlySet<string> = new Set(),
  analysis: EntryAnalysis = analyzeEntry(entry),
): DraftedBullet | null {
  const core = bulletCore(entry, format, analysis);
  return core && inSet(core, entry, usedVerbs);
}

type DraftedBullet = Omit<BulletDraft, 'rank' | 'inDefaultSet' | 'rankReasons'>;

/**
 * A bullet as drafted from its entry alone (its text, kind, section and people's names). The
 * set it joins adds only the repeated-verb warning, so the rest can be cached per entry.
 */
export interface BulletCore {
  draft: DraftedBullet;
  /** Where a repeated-verb warning goes among the warnings: right after the weak openers. */
  repeatedAt: number;
}

/** Bumped whenever drafting changes, so cached bullets are drafted again. */
export const BULLET_VERSION = 1;

/** An entry's bullet core in a format; callers with a cache pass theirs in. */
export type BulletCoreOf = (entry: BulletInput, format: BulletFormat, analysis: EntryAnalysis) => BulletCore | null;

/** The core with the set's repeated-verb warning in its place. */
function inSet(core: BulletCore, entry: BulletInput, usedVerbs: ReadonlySet<string>): DraftedBullet {
  const repeated = repeatedVerbWarnings(entry, core.draft.verb, usedVerbs);
  if (repeated.length === 0) return core.draft;
  const warnings = [...core.draft.warnings];
  warnings.splice(core.repeatedAt, 0, ...repeated);
  return { ...core.draft, warnings };
}

export function bulletCore(entry: BulletInput, format: BulletFormat, analysis: EntryAnalysis = analyzeEntry(entry)): BulletCore | null {
  const plain: Record<MeasureField, string> = {
    title: cleanTitle(markdownToPlain(entry.title)),
    body: markdownToPlain(entry.body),
    impact: markdownToPlain(entry.impact),
  };
  const found = (['impact', 'title', 'body'] as const).flatMap((field) => findMeasures(plain[field], field));
  // The names of the entry's people ride along as "with Lucas" so a result that starts with one keeps its capital.
  const names = (entry.people ?? []).flatMap((p) =>
    typeof p === 'object' && p && 'name' in p && typeof p.name === 'string' ? p.name.split(/\s+/) : [],
  );
  const entryText = [plain.title, plain.body, plain.impact, ...names.map((n) => `with ${n}`)].join('. ');
  const title = withoutEndPunctuation(plain.title) || withoutEndPunctuation(sentencesOf(plain.body)[0] ?? '');

  if (!looksEnglish(title, plain.body)) {
    if (entry.kind === 'kudos' || entry.section === 'outside') return null;
    return { draft: draftAsWritten(entry, title, plain.impact, found), repeatedAt: 0 };
  }
  if (!analysis.action || !isBulletWorthy(entry)) return null;

  const head = headOf(analysis.action, entryText);
  // The body's first sentence already became the head when the title had no verb.
  const headFromBody = !title.toLowerCase().includes(analysis.action.object.toLowerCase().slice(0, 20));
  const result = resultOf(plain.impact, found, head.text, head.verb, entryText, analysis);
  if (head.tail) result.trailing.unshift({ text: head.tail, measured: isMeasured(head.tail, found), joins: 'alone' });
  const allActions = actionsOf(
    plain.body,
    found,
    withoutFirstPerson(headFromBody ? (sentencesOf(plain.body)[0] ?? '') : title).replace(/[.!?]$/, ''),
  );
  // "Wrote a postmortem by writing the timeline" says the verb twice: the how adds nothing but its
  // object, kept as an aside only for a number said nowhere else ("Reviewed designs (12 this quarter)").
  const sameVerb = /^[a-z-]+$/.test(head.verb) ? `${gerundOf(head.verb)} ` : undefined;
  const repeated = sameVerb ? allActions.filter((a) => a.text.startsWith(sameVerb)) : [];
  for (const a of repeated) {
    const object = a.text.slice(sameVerb?.length ?? 0);
    const elsewhere = [head.text, plain.impact, ...result.trailing.map((t) => t.text)].join(' ');
    if (found.some((m) => a.text.includes(m.text) && !elsewhere.includes(m.text))) {
      // A number of its own is never lost: as an aside when it reads as one, else the how stays as written.
      if (result.aside || result.attached || /^(?:on|in|with|for|to|at|by|from|into|through)\s/i.test(object)) continue;
      result.aside = object;
    }
    allActions.splice(allActions.indexOf(a), 1);
  }
  const parts: Parts = { head: head.text, attached: result.attached, aside: result.aside, actions: allActions, trailing: result.trailing };
  if (format === 'short' || (!result.attached && !result.aside && result.trailing.length === 0)) {
    // XYZ needs X, Y and Z: without a result the short form reads better. The "how" stays
    // when it is the only place a number is.
    const resultMeasured = isMeasured(compose({ ...parts, actions: [] }), found);
    parts.actions = resultMeasured ? [] : allActions.filter((a) => a.measured).slice(0, 1);
  }

  const needsMeasure = !isMeasured(compose(parts), found);
  const hasOtherMeasure = (without: string): boolean => isMeasured(compose(parts).replace(without, ''), found);
  const dropped: string[] = [];
  for (const step of trimSteps(parts, found, hasOtherMeasure)) {
    while (compose(parts).length > MAX_BULLET_LENGTH) {
      const left = step();
      if (left === undefined) break;
      dropped.push(left);
    }
  }
  // Never cut mid-phrase: a bullet still over one line is kept whole and flagged.
  const text = compose(parts);

  const warnings: BulletWarning[] = weakOpenerWarnings(entryText, head);
  const repeatedAt = warnings.length;
  if (head.impliedBy) {
    warnings.push({
      code: 'implied-verb',
      message: `The entry has no verb; "${capitalize(head.verb)}" is what "${head.impliedBy}" implies. Check it says what you did.`,
    });
  }
  if (hasFirstPerson(entryText)) {
    warnings.push({
      code: 'first-person',
      message: 'The entry speaks in the first person ("I", "my", "we"); the bullet leaves it out. Check it still says what you did.',
    });
  }
  if (needsMeasure) warnings.push(noMeasureWarning());
  if (dropped.length > 0) {
    warnings.push({
      code: 'too-long',
      message: `Shortened to one line (at most ${MAX_BULLET_LENGTH} characters); left out: ${dropped.map((d) => `"${d}"`).join(', ')}.`,
    });
  } else if (text.length > MAX_BULLET_LENGTH) {
    warnings.push({ code: 'too-long', message: `Longer than one line (${text.length} characters); shorten it in your own words.` });
  }
  return {
    draft: { text, verb: head.verb, sourceIds: [entry.id], measures: quotedMeasures(text, found), needsMeasure, warnings },
    repeatedAt,
  };
}

/** Text Chronicle cannot parse (another language, another script) is kept as written, never rearranged or cut. */
function draftAsWritten(entry: BulletInput, title: string, impactPlain: string, found: readonly PlacedMeasure[]): DraftedBullet {
  // An impact in the first person cannot be rephrased without parsing it: it is left to the user.
  const impact = sentencesOf(impactPlain).find((s) => isMeasured(s, found) && !hasFirstPerson(s));
  const text = impact && !isMeasured(title, found) ? `${title} (${withoutEndPunctuation(impact)})` : title;
  const needsMeasure = !isMeasured(text, found);
  const warnings: BulletWarning[] = [];
  if (text.length > MAX_BULLET_LENGTH)
    warnings.push({ code: 'too-long', message: `Longer than one line (${text.length} characters); shorten it in your own words.` });
  if (needsMeasure) warnings.push(noMeasureWarning());
  return { text, verb: '', sourceIds: [entry.id], measures: quotedMeasures(text, found), needsMeasure, warnings };
}

function quotedMeasures(text: string, found: readonly PlacedMeasure[]): Measure[] {
  const quoted = new Map<string, { measure: Measure; at: number }>();
  for (const m of found) {
    const at = text.indexOf(m.text);
    if (at >= 0 && !quoted.has(m.text)) quoted.set(m.text, { measure: { kind: m.kind, text: m.text, field: m.field }, at });
  }
  return [...quoted.values()].sort((a, b) => a.at - b.at).map((q) => q.measure);
}

function noMeasureWarning(): BulletWarning {
  return {
    code: 'no-measure',
    message: 'No number in this entry yet. Add one to the entry (how much, how many, how fast?) rather than guessing.',
  };
}

function weakOpenerWarnings(entryText: string, head: Head): BulletWarning[] {
  const openers = findWeakOpeners(entryText);
  if (head.replaced && !openers.includes(head.replaced)) openers.unshift(head.replaced);
  return openers.map((opener) => ({
    code: 'weak-opener' as const,
    message:
      opener === head.replaced
        ? `"${opener}" became "${head.verb}": say what you did yourself (built, fixed, reviewed, wrote…) and this bullet gets stronger.`
        : `"${opener}" is a weak opener: say what you did yourself (built, fixed, reviewed, wrote…).`,
  }));
}

function repeatedVerbWarnings(entry: BulletInput, verb: string, used: ReadonlySet<string>): BulletWarning[] {
  if (!verb || !used.has(verb)) return [];
  const others = alternativeVerbs(entry, verb, used);
  return [
    {
      code: 'repeated-verb',
      message: `"${verb}" already starts another bullet${others.length > 0 ? `; try ${joinList(others.map((v) => `"${v}"`)).replace(/ and /, ' or ')}` : ''}.`,
    },
  ];
}

// ---- Ranking -------------------------------------------------------------------------

interface Scored {
  score: number;
  reasons: string[];
}

/** BULLET_RANK_RULE as numbers: a measured result outweighs everything else together. */
function rankScore(entry: BulletInput, draft: Omit<BulletDraft, 'rank' | 'inDefaultSet' | 'rankReasons'>, analysis: EntryAnalysis): Scored {
  const reasons: string[] = [];
  let score = 0;
  const resultMeasures = draft.measures.filter((m) => m.kind !== 'count' && m.kind !== 'teamSize');
  if (resultMeasures.length > 0) {
    score += 1000;
    reasons.push('measured result');
  } else if (analysis.hasOutcome && analysis.outcomeIn !== 'title') {
    score += 300;
    reasons.push('stated outcome');
  }
  const scope = draft.measures.filter((m) => m.kind === 'count' || m.kind === 'teamSize').length + Math.min(3, entry.people?.length ?? 0);
  if (scope > 0) {
    score += 40 * Math.min(scope, 4);
    reasons.push('scope');
  }
  if (entry.starred) {
    score += 100;
    reasons.push('starred');
  }
  const goals = entry.goals?.length ?? 0;
  if (goals > 0) {
    score += 60 * goals;
    reasons.push(goals === 1 ? 'serves a goal' : `serves ${goals} goals`);
  }
  if (analysis.action?.strength === 'weak') {
    score -= 200;
    reasons.push('weak verb');
  }
  return { score, reasons };
}

/**
 * Bullets for a period's or a hand-picked set of entries, strongest first (BULLET_RANK_RULE;
 * ties keep date order). Only actions make bullets: kudos, feelings, life events, Outside of
 * work and learning that changed nothing yet are left out. The best 8–12 are the default set
 * (`inDefaultSet`); a verb another bullet already starts with is flagged.
 */
export function draftBullets(
  entries: readonly BulletInput[],
  format: BulletFormat,
  analysisOf: AnalysisOf = analyzeBulletInput,
  coreOf: BulletCoreOf = bulletCore,
): BulletDraft[] {
  const used = new Set<string>();
  const drafted: { draft: DraftedBullet; scored: Scored; order: number }[] = [];
  entries.forEach((entry, order) => {
    const analysis = analysisOf(entry);
    const core = coreOf(entry, format, analysis);
    if (!core) return;
    const draft = inSet(core, entry, used);
    if (draft.verb) used.add(draft.verb);
    drafted.push({ draft, scored: rankScore(entry, draft, analysis), order });
  });
  drafted.sort((a, b) => b.scored.score - a.scored.score || a.order - b.order);
  const strong = drafted.filter((d) => d.scored.score >= 100).length;
  const keep = Math.min(drafted.length, Math.max(DEFAULT_SET_MIN, Math.min(DEFAULT_SET_MAX, strong)));
  return drafted.map(({ draft, scored }, i) => ({ ...draft, rank: i + 1, inDefaultSet: i < keep, rankReasons: scored.reasons }));
}
