import nlp from 'compromise';
import type { EntryKind } from '../model';
import type { SectionId } from '../sections';
import { findMeasures, markdownToPlain, type MeasureField, type MeasureKind } from './measures';
import { isPastTenseVerb, WEAK_OPENERS } from './verbs';

/**
 * What an entry says, read once: the action it records (if it records one), the numbers it
 * gives and what each number measures, the quotations and the people in it, and whether it
 * states an outcome anywhere. Every review generator (bullets, summary, readiness, packets)
 * works from this, so they agree on what an entry is.
 *
 * Pure and deterministic: the same entry text gives the same analysis, which is why it can be
 * cached per entry revision (see ANALYSIS_VERSION).
 *
 * Part of speech comes from compromise. Entry titles are fragments ("Reduced p99 latency from
 * 450ms to 180ms") that compromise reads as noun phrases about one time in three; the same
 * title read as the sentence the author meant ("I reduced p99 latency…") tags the verb
 * correctly. Measured on 24 typical titles: 14/24 verbs found as written, 20/24 as a sentence
 * (wink-nlp's model: 10/20 as written, 18/23 as a sentence, and it tagged "Standardized" an
 * adjective and "Team offsite" a verb).
 */

/** Bumped whenever the analysis below changes, so cached analyses are recomputed. */
export const ANALYSIS_VERSION = 2;

/** Why an entry is not something the author did: praise, a feeling, a life event… */
/** `note`: no verb at all ("oncall", "q2 planning"): it names the work without saying what was done. */
export type NonAction = 'kudos' | 'feeling' | 'lifeEvent' | 'event' | 'outside' | 'note';

/** How the verb of an action was found. */
export type VerbStrength =
  /** The entry's own verb, a specific one ("Rebuilt", "Reduced"). */
  | 'strong'
  /** The entry's own verb phrase hides what was done ("worked on", "helped with"). */
  | 'weak'
  /** No verb, but a heading whose form implies one ("Design doc: …" → wrote). */
  | 'implied';

export interface ActionClause {
  /** The verb in the past tense, lower case ("reduced", "sped up", "contributed to"). */
  verb: string;
  /** The verb as the entry wrote it ("Reduce", "worked on"); empty when implied. */
  written: string;
  strength: VerbStrength;
  /** What was acted on: the rest of the title after the verb, in the entry's words. */
  object: string;
  /** For an implied verb: the heading word that implied it ("design doc"). */
  impliedBy?: string;
}

/** A number from the entry with the thing it measures. */
export interface MetricMeasure {
  kind: MeasureKind;
  /** The exact text ("450ms to 180ms", "12% → 8%", "30%"). */
  text: string;
  field: MeasureField;
  /** The words it measures, from the same clause ("p99 latency", "override rate"); '' if none. */
  metric: string;
}

export interface EntryAnalysis {
  version: number;
  /** The action the entry records; null for a non-action. */
  action: ActionClause | null;
  nonAction: NonAction | null;
  measures: MetricMeasure[];
  /** Quoted words, without their quotation marks, exactly as written. */
  quotations: string[];
  /** Names the text mentions (besides the people linked to the entry). */
  names: string[];
  /** A measure or an outcome clause ("so…", "which…", "→", "adopted by") anywhere in the entry. */
  hasOutcome: boolean;
  /** Where the outcome was stated, when it was. */
  outcomeIn: MeasureField | 'followUp' | null;
}

export interface AnalysisInput {
  title: string;
  body: string;
  impact: string;
  kind: EntryKind;
  section: SectionId;
  /** A follow-up's answer ("what actually happened"), when one was given. */
  followUpAnswer?: string | null;
}

// ---- Non-actions ---------------------------------------------------------------------

const KUDOS_LEAD =
  /^(?:kudos|shout-?out|shout out|thanks? (?:you )?(?:from|to)|thank-you|praise|props|recognition|feedback from|nice note|compliment)\b/i;
const FEELING_LEAD =
  /^(?:feeling|felt|feel|tired|exhausted|burn(?:ed|t) out|burnout|excited|nervous|anxious|happy|proud|frustrated|overwhelmed|grateful|sad|stressed|relieved|bored|lonely|imposter)\b/i;
/** Life outside the job: never a résumé line, whatever verb it starts with. */
const LIFE_WORDS =
  /\b(?:apartment|flat|house ?move|moved (?:house|apartments?|flats?|in|out|to (?:a new|the new|new) (?:place|apartment|flat|house))|wedding|got married|honeymoon|baby|newborn|parental leave|paternity|maternity|sick leave|vacation|holidays?(?!\s+(?:effects?|features?|traffic|season|peak|sales|calendar|(?:code\s+)?freeze|demand|forecasts?|campaign|launch|on-?call|coverage|rush|promotions?|pricing|banner|theme))|time off|pto|birthday|marathon|half-marathon|running club|5k|10k race|funeral|bereavement|dentist|surgery|my (?:partner|wife|husband|kids?|son|daughter|parents?|mom|dad|dog|cat))\b/i;
/** Things that happened to the author rather than things they did. */
const EVENT_LEAD =
  /^(?:(?:my )?first (?:day|week|month)|last day|(?:my )?(?:\d+|one|two|three|four|five)[- ]year anniversary|anniversary|(?:got |was )?promoted|promotion|joined|started (?:at|my new|the new)|new (?:job|role|manager|team)|re-?org|reorg|layoffs?|all-hands|offsite|team offsite|company offsite|conference trip|performance review|review cycle|holiday party)\b/i;

function nonActionOf(input: AnalysisInput, title: string): NonAction | null {
  if (input.kind === 'kudos' || KUDOS_LEAD.test(title)) return 'kudos';
  if (LIFE_WORDS.test(title)) return 'lifeEvent';
  if (input.section === 'outside') return 'outside';
  if (FEELING_LEAD.test(title)) return 'feeling';
  if (EVENT_LEAD.test(title)) return 'event';
  return null;
}

// ---- The action ----------------------------------------------------------------------

/** What a weak opener honestly means: taking part is "contributed to", helping is "supported". */
const WEAK_MEANING: Readonly<Record<string, string>> = {
  'was responsible for': 'owned',
  'responsible for': 'owned',
  'helped with': 'supported',
  'assisted with': 'supported',
  assisted: 'supported',
  'worked on': 'contributed to',
  'was involved in': 'contributed to',
  'involved in': 'contributed to',
  'participated in': 'contributed to',
  'took part in': 'contributed to',
  'was part of': 'contributed to',
  did: 'completed',
};

/** Headings whose form implies the one thing the author did ("Design doc: …" → wrote it). */
const IMPLIED_BY_HEADING: readonly [RegExp, string][] = [
  [
    /^(?:design doc|design document|doc|rfc|adr|proposal|spec|one-pager|write-?up|post-?mortem|postmortem|runbook|playbook|blog post|article|guide|tutorial|retro doc)$/i,
    'wrote',
  ],
  [/^(?:talk|presentation|demo|lightning talk|tech talk|brown bag|workshop)$/i, 'gave'],
];

/** Base forms that start a to-do written down after the fact ("Fix flaky deploys"); not the ones that are also nouns ("Design", "Forecast"). */
const TODO_VERBS = new Set(
  'add automate build clean cut deploy fix improve launch migrate move reduce refactor remove rewrite run ship simplify speed split upgrade write kill tune create implement debug investigate enable disable replace delete merge rename publish port optimize optimise standardize standardise migrate onboard hire mentor coach set speed halve double triple unblock consolidate deprecate retire automate'.split(
    ' ',
  ),
);

/** "I " + the title with its first word in lower case: the sentence the author meant. */
function asSentence(title: string): { text: string; offset: number } {
  const lead = title.replace(/^(?:I|We)\s+/, '');
  const first = lead.split(/\s/)[0] ?? '';
  // Keep acronyms and names as written; only a capitalised ordinary word is lowered.
  const lowered = /^[A-Z][a-z-]+$/.test(first) ? first.toLowerCase() + lead.slice(first.length) : lead;
  return { text: `I ${lowered}`, offset: title.length - lead.length };
}

interface TermJson {
  text: string;
  tags: string[];
  normal?: string;
}

/** Past tenses spelt like their noun, which a title uses far more often as the noun. */
const NOUN_FIRST = new Set(['forecast', 'broadcast']);

/** Surface forms of verbs that never start an accomplishment ("Became tech lead", "Had a baby"). */
const NOT_ACTION_FORMS = new Set(
  'be is was were been become became have has had kudos feel felt get got go went gone come came join joined attend attended want wanted need needed hope hoped think thought plan planned'.split(
    ' ',
  ),
);

function firstVerbOf(title: string): { written: string; infinitive: string; past: boolean; phrasal: string } | undefined {
  const [first = '', second = ''] = title.split(/\s+/);
  // Most titles start with a plain past tense ("Rebuilt", "Reduced"): no tagging needed. The
  // -ed and irregular forms are the ones compromise misreads as adjectives in a title.
  const word = first.replace(/[^A-Za-z-]+$/, '');
  if (isPastTenseVerb(word)) {
    const lower = word.toLowerCase();
    if (NOT_ACTION_FORMS.has(lower)) return undefined;
    // "Forecast dashboard for the supply team" names a thing: these words are verbs only before an object's determiner.
    if (NOUN_FIRST.has(lower) && !/^(?:the|a|an|our|my|their|its|this|that|these|those|all|every|\d[\d,.]*)$/i.test(second))
      return undefined;
    const phrasal = /^(?:up|out|down|off|over|back)$/i.test(second) ? `${word} ${second}` : word;
    return { written: phrasal, infinitive: lower, past: true, phrasal };
  }
  // A to-do verb needs no tagging either ("Fix flaky deploys").
  if (TODO_VERBS.has(word.toLowerCase())) {
    const phrasal = /^(?:up|out|down|off|over|back)$/i.test(second) ? `${word} ${second}` : word;
    return { written: phrasal, infinitive: word.toLowerCase(), past: false, phrasal };
  }
  // Any other first word is a verb only if an object follows it ("Document the API"); only
  // then is it worth asking compromise, on the start of the title read as the sentence the
  // author meant (four words are enough context, and tagging costs milliseconds).
  if (!/^(?:the|a|an|our|my|their|its|this|that|these|those|all|every|up|out|down|off|back)$/i.test(second)) return undefined;
  const sentence = asSentence(title.split(/\s+/).slice(0, 4).join(' '));
  const doc = nlp(sentence.text);
  const terms = (doc.terms().json() as { terms: TermJson[] }[]).map((t) => t.terms[0]).filter((t): t is TermJson => t !== undefined);
  const verb = terms[1];
  if (!verb?.tags.includes('Verb')) return undefined;
  // Read as a sentence, any first word can pass for a verb ("I demand forecast v2"): a base
  // form counts only when it is a verb people write to-dos with, or a determiner or particle
  // follows it ("Speed up the build"); a past tense is the author's own.
  if (!verb.tags.includes('PastTense')) {
    const next = terms[2];
    const objectFollows =
      next !== undefined &&
      (next.tags.includes('Determiner') ||
        next.tags.includes('Particle') ||
        next.tags.includes('Possessive') ||
        next.tags.includes('Pronoun'));
    if (!TODO_VERBS.has(verb.text.toLowerCase()) && !objectFollows) return undefined;
  }
  const next = terms[2];
  const phrasal = next?.tags.includes('Particle') ? `${verb.text} ${next.text}` : verb.text;
  const infinitive = verb.text.toLowerCase();
  if (NOT_ACTION_FORMS.has(infinitive)) return undefined;
  return {
    written: title.slice(sentence.offset).split(/\s+/).slice(0, phrasal.split(' ').length).join(' '),
    infinitive,
    past: verb.tags.includes('PastTense'),
    phrasal,
  };
}

const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  build: 'built',
  cut: 'cut',
  lead: 'led',
  rewrite: 'rewrote',
  run: 'ran',
  set: 'set',
  speed: 'sped',
  split: 'split',
  write: 'wrote',
  make: 'made',
  take: 'took',
  give: 'gave',
  keep: 'kept',
  hold: 'held',
  teach: 'taught',
  find: 'found',
  spin: 'spun',
  put: 'put',
  bring: 'brought',
  draw: 'drew',
  drive: 'drove',
  sell: 'sold',
  send: 'sent',
  spend: 'spent',
  win: 'won',
  undertake: 'undertook',
};

/** The past tense of a base verb ("speed up" → "sped up", "ship" → "shipped", "simplify" → "simplified"). */
function pastTenseOf(base: string): string {
  const [verb = '', ...rest] = base.toLowerCase().split(' ');
  const irregular = IRREGULAR_PAST[verb];
  let past: string;
  if (irregular) past = irregular;
  else if (verb.endsWith('e')) past = `${verb}d`;
  else if (/[^aeiou]y$/.test(verb)) past = `${verb.slice(0, -1)}ied`;
  // One stressed syllable ending consonant-vowel-consonant doubles: ship → shipped, but fix → fixed.
  else if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(verb)) past = `${verb}${verb.at(-1) ?? ''}ed`;
  else past = `${verb}ed`;
  return [past, ...rest].join(' ');
}

function actionOf(title: string): ActionClause | null {
  const text = title.replace(/^(?:I|We)\s+/, '').replace(/^(?:finally|successfully|also|then|quickly|eventually|proactively)\s+/i, '');
  const lower = text.toLowerCase();
  for (const opener of WEAK_OPENERS) {
    if (lower === opener || lower.startsWith(`${opener} `)) {
      const rest = text.slice(opener.length).trim();
      if (!rest) return null;
      return { verb: WEAK_MEANING[opener] ?? 'contributed to', written: text.slice(0, opener.length), strength: 'weak', object: rest };
    }
  }
  const heading = /^([^:;–—]{2,30}?)\s*[:–—]\s+(.+)$/s.exec(text);
  if (heading?.[1] && heading[2]) {
    const implied = IMPLIED_BY_HEADING.find(([pattern]) => pattern.test(heading[1]?.trim() ?? ''))?.[1];
    if (implied)
      return { verb: implied, written: '', strength: 'implied', object: heading[2].trim(), impliedBy: heading[1].trim().toLowerCase() };
  }
  const verb = firstVerbOf(text);
  if (!verb) return null;
  // "helped Sam ship X" is weak too, though not one of the fixed openers.
  const weakSingle = ['helped', 'help', 'assisted', 'assist', 'supported', 'support', 'tried', 'try', 'worked', 'work'].includes(
    verb.written.toLowerCase(),
  );
  const past = verb.past ? verb.written.toLowerCase() : pastTenseOf(verb.phrasal.toLowerCase());
  const object = text.slice(verb.written.length).trim();
  if (weakSingle)
    return {
      verb: /^help|^assist|^support/i.test(verb.written) ? 'supported' : 'contributed to',
      written: verb.written,
      strength: 'weak',
      object,
    };
  return { verb: past, written: verb.written, strength: 'strong', object };
}

// ---- Measures with their metric ------------------------------------------------------

const CLAUSE_BREAK = /[,;:()]|\.\s|\s(?:and|but|while|which|so|after|because|when)\s/gi;
const METRIC_SKIP =
  /^(?:the|a|an|our|my|its|their|this|that|by|from|to|of|in|on|at|for|with|was|were|is|are|went|got|dropped|fell|rose|grew|down|up|about|around|roughly|nearly|almost|over|under|than|more|less|fewer)$/i;

/** The words a measure measures: the noun phrase before it in the same clause. */
function metricOf(plain: string, start: number): string {
  const before = plain.slice(0, start);
  let clauseStart = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) clauseStart = m.index + m[0].length;
  const words = before.slice(clauseStart).trim().split(/\s+/).filter(Boolean);
  // Drop the trailing function words ("latency from", "rate went from"), then the leading verb.
  while (words.length > 0 && METRIC_SKIP.test(words.at(-1) ?? '')) words.pop();
  const picked: string[] = [];
  for (let i = words.length - 1; i >= 0 && picked.length < 4; i--) {
    const word = words[i] ?? '';
    if (METRIC_SKIP.test(word) || (/(?:ed|ing)$/i.test(word) && picked.length > 0)) break;
    if (/(?:ed)$/i.test(word) && picked.length === 0) break;
    picked.unshift(word);
  }
  return picked.join(' ').replace(/[^\w%-]+$/, '');
}

function measuresOf(plain: Record<MeasureField, string>): MetricMeasure[] {
  return (['title', 'body', 'impact'] as const).flatMap((field) =>
    findMeasures(plain[field], field).map((m) => ({ kind: m.kind, text: m.text, field, metric: metricOf(plain[field], m.start) })),
  );
}

// ---- Outcomes, quotations, names -----------------------------------------------------

/** Clauses that say what followed from the work. */
const OUTCOME =
  /(?:→|->|=>)|\b(?:so that|so (?:the|we|they|our|it|everyone|nobody|no one|customers|users|support|on-call)|which (?:made|meant|let|lets|allowed|saved|cut|caught|reduced|removed|unblocked|fixed|stopped|became|is now|now)|resulting in|resulted in|leading to|led to|as a result|adopted by|now used by|used by \d|rolled out to|unblocked|enabled|saved|prevented|caught|closed the|won|signed|renewed|retained|kept the customer|stayed|no (?:more|longer)|zero (?:incidents|pages|regressions)|went from|dropped from|fell from|down from|up from|now (?:runs|takes|ships|pages|handles))\b/i;

function outcomeIn(plain: Record<MeasureField, string>, measures: readonly MetricMeasure[], followUp: string): EntryAnalysis['outcomeIn'] {
  if (
    plain.impact.trim() &&
    (measures.some((m) => m.field === 'impact') || OUTCOME.test(plain.impact) || plain.impact.split(/\s+/).length >= 6)
  )
    return 'impact';
  if (measures.some((m) => m.field === 'title' && m.kind !== 'count') || OUTCOME.test(plain.title)) return 'title';
  if (measures.some((m) => m.field === 'body' && m.kind !== 'count') || OUTCOME.test(plain.body)) return 'body';
  if (followUp.trim()) return 'followUp';
  return null;
}

const QUOTED = /[“"]([^”"]{3,400})[”"]/g;

function quotationsOf(texts: readonly string[]): string[] {
  return texts.flatMap((t) => [...t.matchAll(QUOTED)].map((m) => m[1] ?? '').filter((q) => q.trim().split(/\s+/).length >= 2));
}

/**
 * Who an entry names: "from Dana", "Dana said", "Grace: …", "thanks to Omar Haddad". A pattern
 * rather than compromise's people finder, which costs tens of milliseconds per entry.
 */
const NAMED =
  /(?:\b(?:from|by|thanks to|thanked by|with)\s+(?:the\s+)?|^)((?:[A-Z][a-z'’-]+)(?:\s[A-Z][a-z'’-]+)?)(?=\s*(?::|\bsaid\b|\bsays\b|\bwrote\b|\bthanked\b|\bcalled\b|['’]s\b|[,.;]|\s+(?:on|for|at|after|in)\b|$))/g;
const NOT_NAMES = new Set([
  'Kudos',
  'Shoutout',
  'Thanks',
  'Thank',
  'Praise',
  'Props',
  'Great',
  'Nice',
  'Feedback',
  'The',
  'A',
  'An',
  'My',
  'Our',
  'Note',
  'Recognition',
]);

function namesOf(text: string): string[] {
  const names = [...text.matchAll(NAMED)].map((m) => (m[1] ?? '').trim()).filter((n) => n && !NOT_NAMES.has(n.split(' ')[0] ?? ''));
  return [...new Set(names)];
}

// ---- Markers and date words ----------------------------------------------------------

const MONTH_WORD = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY_WORD = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?`;
/** What people put before a title that is not part of it: "[win]", "June:", "2024-03-02 -", "TODO:". */
const LEADING_MARKERS: readonly RegExp[] = [
  /^\s*\[[^\]]{0,20}\]\s*/,
  /^\s*(?:todo|done|win|wins|note|update|fyi|misc|wip)\s*[:\-–—]\s*/i,
  /^\s*\d{4}-\d{1,2}(?:-\d{1,2})?\s*[:\-–—,]?\s*/,
  /^\s*\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\s*[:\-–—,]?\s*/,
  new RegExp(String.raw`^\s*(?:${MONTH_WORD}|${DAY_WORD})(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?\s*[:\-–—,]\s*`, 'i'),
  /^\s*(?:week|wk|sprint)\s*\d+\s*[:\-–—,]\s*/i,
  /^\s*(?:today|yesterday|this week|last week|this morning|tonight)\s*[:,\-–—]?\s*/i,
  /^\s*(?:q[1-4]|h[12])(?:\s+\d{4})?\s*[:\-–—]\s*/i,
];

/** A title without its leading markers and date words, so a bullet never starts with one. */
export function cleanTitle(title: string): string {
  let out = title;
  for (let previous = ''; previous !== out;) {
    previous = out;
    for (const marker of LEADING_MARKERS) out = out.replace(marker, '');
  }
  out = out.trim();
  return out ? out.charAt(0).toUpperCase() + out.slice(1) : title.trim();
}

// ---- Putting it together -------------------------------------------------------------

export function analyzeEntry(input: AnalysisInput): EntryAnalysis {
  const plain: Record<MeasureField, string> = {
    title: cleanTitle(markdownToPlain(input.title)).replace(/[\s.!?]+$/, ''),
    body: markdownToPlain(input.body),
    impact: markdownToPlain(input.impact),
  };
  const title = plain.title || (plain.body.split(/(?<=[.!?])\s/)[0] ?? '').replace(/[\s.!?]+$/, '');
  const measures = measuresOf(plain);
  const nonAction = nonActionOf(input, title);
  // A title that names the work ("Churn model v2") leaves the verb to the body's first sentence.
  const bodyLead = (plain.body.split(/(?<=[.!?])\s/)[0] ?? '').replace(/[\s.!?]+$/, '');
  const action = nonAction
    ? null
    : (actionOf(title) ?? (bodyLead && bodyLead !== title && !nonActionOf(input, bodyLead) ? actionOf(bodyLead) : null));
  const where = outcomeIn(plain, measures, input.followUpAnswer ?? '');
  return {
    version: ANALYSIS_VERSION,
    action,
    // No verb and no heading that implies one: a note about something, not something done.
    nonAction: nonAction ?? (action ? null : 'note'),
    measures,
    quotations: quotationsOf([input.title, input.body, input.impact]),
    names: namesOf(`${plain.title}. ${plain.body}`),
    hasOutcome: where !== null,
    outcomeIn: where,
  };
}
