import { plainExcerpt } from '../plainText';

/**
 * Numbers that say how big an accomplishment was, found in what the person wrote.
 *
 * A measure is only ever a substring of the entry's own text: résumé bullets quote it, they
 * never compute, round or invent one. Finding too few is better than finding a wrong one,
 * so anything that merely looks numeric (dates, versions, times of day, ticket ids, phone
 * numbers, ordinals) is masked before the measure patterns run.
 */
export type MeasureKind = 'percent' | 'money' | 'multiplier' | 'fromTo' | 'count' | 'duration' | 'teamSize';

export type MeasureField = 'title' | 'body' | 'impact';

export interface Measure {
  kind: MeasureKind;
  /** The exact substring of the entry's plain text. */
  text: string;
  /** Which part of the entry it came from. */
  field: MeasureField;
}

/** A measure and where it sits in the plain text it was found in. */
export interface PlacedMeasure extends Measure {
  start: number;
  end: number;
}

const BLOCK_START = /^\s*(?:[-*+]\s|\d+[.)]\s|#{1,6}\s|>)/;

/**
 * Markdown as one line of plain text. Unlike a list excerpt it keeps block boundaries:
 * list items and paragraphs end with a period, so "- wrote the job\n- documented it" stays
 * two sentences rather than running together.
 */
export function markdownToPlain(markdown: string): string {
  const blocks: string[] = [];
  let lines: string[] = [];
  const flush = (): void => {
    const text = plainExcerpt(lines.join('\n'), Number.POSITIVE_INFINITY);
    if (text) blocks.push(text);
    lines = [];
  };
  for (const line of markdown.split(/\r?\n/)) {
    if (!line.trim() || /^\s*(?:```|~~~)/.test(line)) {
      flush();
      continue;
    }
    if (BLOCK_START.test(line)) flush();
    lines.push(line);
    // A heading is a block of its own even without a blank line after it.
    if (/^\s{0,3}#{1,6}\s/.test(line)) flush();
  }
  flush();
  return blocks.map((block, i) => (i < blocks.length - 1 && !/[.!?:;]$/.test(block) ? `${block}.` : block)).join(' ');
}

// ---- Number shapes -------------------------------------------------------------------

/** A number that does not start inside a word, an id or another number. */
const NUM = String.raw`(?<![\w.,/#])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])`;
const SCALE = String.raw`(?:[kKmMbB](?![a-zA-Z])|\s?(?:thousand|million|billion|bn)\b)`;
const NUMBER_WORD = String.raw`\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|dozens of|hundreds of|thousands of|millions of)`;
const COMPARATIVE = String.raw`(?:faster|slower|quicker|more|fewer|less|cheaper|higher|lower|smaller|larger|bigger|better|shorter|longer|reduction|increase|decrease|drop|improvement|growth|gain|lift|uplift|savings?)\b`;
const TIME_UNIT = String.raw`(?:milliseconds?|ms|microseconds?|µs|seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|business days|working days|days?|weeks?|wks?|months?|quarters?|years?|yrs?|sprints?|(?:person|engineer|developer)-(?:hours|days|weeks|months|years))\b`;
const RATE = String.raw`(?:\s?/\s?(?:day|week|month|year|yr|hour|hr|h|min|minute|second|sec|s|quarter|sprint|user|request|query)\b|\s+(?:a|per|each|every)\s+(?:day|week|month|year|hour|minute|second|quarter|sprint|release|deploy|night)\b|\s+(?:annually|monthly|weekly|daily|yearly|nightly)\b)?`;
const PEOPLE = String.raw`(?:engineers|developers|devs|people|persons|folks|direct reports|reports|designers|researchers|data scientists|scientists|analysts|interns|new hires|hires|ICs|SREs|contractors|teammates|members|mentees|managers|PMs|testers|volunteers|contributors|students)\b`;

/** Words that end a unit: "3 of the services" or "14 to 3" have no unit after the number. */
const STOP_WORDS = [
  'a',
  'an',
  'the',
  'to',
  'of',
  'in',
  'on',
  'at',
  'for',
  'by',
  'with',
  'from',
  'and',
  'or',
  'but',
  'so',
  'as',
  'is',
  'was',
  'were',
  'are',
  'be',
  'been',
  'it',
  'its',
  'this',
  'that',
  'these',
  'those',
  'than',
  'then',
  'which',
  'who',
  'whom',
  'whose',
  'what',
  'when',
  'where',
  'while',
  'per',
  'via',
  'into',
  'onto',
  'over',
  'under',
  'across',
  'after',
  'before',
  'since',
  'until',
  'during',
  'each',
  'every',
  'more',
  'less',
  'fewer',
  'most',
  'also',
  'only',
  'just',
  'about',
  'around',
  'times',
  'plus',
  'minus',
  'i',
  'we',
  'my',
  'our',
  'me',
  'us',
  'you',
  'your',
  'he',
  'she',
  'they',
  'them',
  'their',
  'his',
  'her',
  'has',
  'have',
  'had',
  'does',
  'did',
  'do',
  'not',
  'no',
  'yes',
  'always',
  'sometimes',
  'now',
  'yet',
  'still',
  'thus',
  'percent',
  'x',
  'down',
  'up',
];
const STOP = String.raw`(?:${STOP_WORDS.join('|')})\b`;
const WORD = String.raw`(?!${STOP})[a-z][a-z-]*`;
/** A plural noun ("services", "APIs"), the only generic unit a count accepts. */
const PLURAL = String.raw`(?!${STOP})[a-z][a-z-]*[a-z0-9](?<![su])s\b`;
const DATA_UNIT = String.raw`(?:GB|TB|MB|KB|PB|QPS|RPS|TPS|req/s|rps|qps|tps|LOC)\b`;

const VALUE = String.raw`(?:[$€£]\s?)?${NUM}${SCALE}?(?:\s?(?:%|x\b|×)|\s?(?:ms|s|h|min)\b|\s+${WORD}${RATE})?`;

interface Pattern {
  kind: MeasureKind;
  regex: RegExp;
}

/** In priority order: when two matches overlap, the earlier pattern wins. */
const PATTERNS: Pattern[] = [
  {
    kind: 'fromTo',
    regex: new RegExp(
      String.raw`(?:\bp\d{2}(?:\.\d+)?\s+(?:latency\s+)?)?\bfrom\s+(?:about\s+|around\s+|roughly\s+|~\s?)?${VALUE}\s+(?:down\s+|up\s+)?to\s+(?:about\s+|around\s+|roughly\s+|just\s+|only\s+|under\s+|~\s?)?${VALUE}`,
      'gi',
    ),
  },
  { kind: 'fromTo', regex: new RegExp(String.raw`${VALUE}\s?(?:→|->)\s?${VALUE}`, 'gi') },
  {
    kind: 'money',
    regex: new RegExp(
      String.raw`(?:(?<![\w$])(?:US\$|[$€£¥])\s?|\b(?:USD|EUR|GBP|CAD|AUD|CHF)\s?)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d)${SCALE}?${RATE}`,
      'gi',
    ),
  },
  { kind: 'money', regex: new RegExp(String.raw`${NUM}${SCALE}?\s?(?:USD|EUR|GBP|dollars|euros|pounds)\b${RATE}`, 'gi') },
  {
    kind: 'percent',
    regex: new RegExp(
      String.raw`${NUM}(?:\s?(?:-|–|to)\s?${NUM})?(?:\s?%|\s?percentage points\b|\s?percent\b|\s?per cent\b|\s?pct\b|\s?pp\b)(?:\s+${COMPARATIVE})?`,
      'gi',
    ),
  },
  { kind: 'multiplier', regex: new RegExp(String.raw`${NUM}\s?(?:x|×)(?![\w])(?:\s+${COMPARATIVE})?`, 'gi') },
  { kind: 'multiplier', regex: new RegExp(String.raw`${NUM}\s+times\s+(?:${COMPARATIVE}|as\s+[a-z]+)`, 'gi') },
  { kind: 'multiplier', regex: new RegExp(String.raw`${NUM}-fold\b|\b(?:two|three|four|five|ten)fold\b`, 'gi') },
  { kind: 'multiplier', regex: /\b(?:doubled|tripled|quadrupled|halved|(?:twice|three times) as [a-z]+|(?:by|in) half)\b/gi },
  {
    kind: 'teamSize',
    regex: new RegExp(String.raw`\b(?:an?\s+)?team\s+of\s+(?:${NUM}|${NUMBER_WORD})(?:\s+${PEOPLE})?`, 'gi'),
  },
  {
    kind: 'teamSize',
    regex: new RegExp(
      String.raw`(?:${NUM}|${NUMBER_WORD})\s+(?:(?:senior|junior|new|staff|other|backend|frontend|mobile|ml|data|platform|product|external|full-time|part-time|contract|qa)\s+)?${PEOPLE}`,
      'gi',
    ),
  },
  {
    kind: 'duration',
    regex: new RegExp(
      String.raw`(?:\b(?:in|within|under|over|after|for)\s+)?(?:about\s+|around\s+|less than\s+|under\s+|just\s+|only\s+)?(?:${NUM}|${NUMBER_WORD})\s?-?${TIME_UNIT}${RATE}(?:\s+(?:ahead of schedule|ahead of plan|early|earlier than planned|before the deadline|sooner))?`,
      'gi',
    ),
  },
  {
    // "a quarter early", "within a single sprint": a word for one, so it needs a preposition
    // or "early" around it to count; "14 pages a week" is a rate, not a duration.
    kind: 'duration',
    regex:
      /\b(?:(?:in|within)\s+(?:a|one|a single|half a|under a|less than a)\s+(?:day|week|month|quarter|sprint|year)\b(?:\s+(?:ahead of schedule|early))?|(?:a|one)\s+(?:day|week|month|quarter|sprint)\s+(?:ahead of schedule|early)\b)/gi,
  },
  { kind: 'count', regex: new RegExp(String.raw`${NUM}${SCALE}?\s?${DATA_UNIT}${RATE}`, 'g') },
  {
    kind: 'count',
    regex: new RegExp(String.raw`(?:${NUM}${SCALE}?|${NUMBER_WORD})\s+(?:${WORD}\s+){0,2}?${PLURAL}${RATE}`, 'gi'),
  },
];

// ---- Things that look numeric but are not measures -----------------------------------

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;

const NOT_MEASURES: RegExp[] = [
  /\b\d{4}-\d{1,2}-\d{1,2}\b/g, // 2026-03-04
  /\b\d{1,4}[/.]\d{1,2}[/.]\d{1,4}\b/g, // 04/03/2026, 2026/03/04, 4.3.2026
  new RegExp(
    String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?:\s+\d{4})?|\b${MONTH}\s+\d{4}\b`,
    'gi',
  ),
  /\b(?:in|since|during|until|till|by|of|for|early|mid|late|spring|summer|autumn|fall|winter)[\s-]+(?:19|20)\d{2}\b(?!\s*(?:%|x\b|×|percent|dollars|euros|pounds|[kKmM]\b))/gi,
  /\b(?:19|20)\d{2}\s*(?:-|–|to|through|until)\s*(?:19|20)?\d{2}\b/g, // 2019–2024
  /\b[QH][1-4](?:\s+\d{4})?\b|\bFY\s?'?\d{2,4}\b/g, // Q3, H2 2026, FY26
  /\b(?:sprint|week|day|phase|step|stage|round|level|tier|milestone|version|chapter|part|page|section|slide|figure|table|line|item|task|ticket|issue|bug|incident|pr|mr|rfc|adr|cve|room|floor|gen|generation|cohort|wave|iteration|epic|story|port|sev|priority)[\s-]*#?\d+(?:\.\d+)*\b(?!\s*(?:%|x\b|×|percent))/gi,
  /\bv\d+(?:\.\d+)*\b|\b\d+\.\d+\.\d+[\w.+-]*/gi, // v2.1, 1.4.2
  /\b(?:python|java|node(?:\.js)?|golang|ruby|rails|django|react|vue|angular|ios|android|windows|macos|ubuntu|debian|postgres(?:ql)?|mysql|kafka|spark|scala|kubernetes|elasticsearch|typescript|php|swift|kotlin|gpt|llama|electron|webpack|vite|jdk|http|tls|ssl|soc|iso|pci|utf|sha)[\s/-]?\d+(?:\.\d+)*\b/gi,
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?|\b\d{1,2}\s?[ap]\.?m\.?(?![a-z])/gi, // 16:00, 9am
  /\b1[:-]1s?\b|\b1-on-1s?\b|\b24\/7\b/gi, // 1:1s, 24/7
  /\b[A-Z][A-Z0-9]+-\d+(?:-\d+)*\b/g, // JIRA-1234, CVE-2024-1234
  /#\d+\b/g, // PR #482
  /\b(?=[a-f0-9]*\d)(?=[a-f0-9]*[a-f])[a-f0-9]{7,40}\b/g, // commit hashes
  /(?:\+\d{1,3}[\s.-]?)?\(?\b\d{2,4}\)?[\s.-]\d{3}[\s.-]\d{3,4}\b|\+\d{1,3}[\s.-]?\d[\d\s.-]{6,}\d|\b\d{3}-\d{4}\b/g, // phones
  /\b\d+(?:st|nd|rd|th)\b/gi, // 1st, 3rd
];

/** The text with the digits of every not-a-measure replaced, so no pattern can use them. */
function maskNonMeasures(text: string): string {
  let masked = text;
  for (const regex of NOT_MEASURES) {
    masked = masked.replace(new RegExp(regex.source, regex.flags), (match) => match.replace(/\d/g, '_'));
  }
  return masked;
}

/** Measures in text that is already plain (no Markdown), with their positions, in reading order. */
/**
 * Every pattern needs a digit, a number word, a multiplier word or a unit of time (for "within a
 * single sprint"). Most sentences have none, and skipping them makes drafting a year of 5,000
 * entries about twice as fast. The measure tests hold this list to every pattern.
 */
const MEASURE_CUE = new RegExp(
  String.raw`\d|${NUMBER_WORD}|\b(?:doubled|tripled|quadrupled|halved|twice|half|\w+fold|one|a single|day|week|month|quarter|sprint|year)\b`,
  'i',
);

export function findMeasures(plain: string, field: MeasureField = 'body'): PlacedMeasure[] {
  const masked = maskNonMeasures(plain);
  if (!MEASURE_CUE.test(masked)) return [];
  const taken: PlacedMeasure[] = [];
  const overlaps = (start: number, end: number): boolean => taken.some((m) => start < m.end && m.start < end);
  for (const { kind, regex } of PATTERNS) {
    for (const match of masked.matchAll(new RegExp(regex.source, regex.flags))) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlaps(start, end)) continue;
      taken.push({ kind, text: plain.slice(start, end), field, start, end });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** The measures in an entry's title, body or impact (Markdown or plain), in reading order. */
export function extractMeasures(text: string, field: MeasureField = 'body'): Measure[] {
  return findMeasures(markdownToPlain(text), field).map(({ kind, text: found, field: from }) => ({
    kind,
    text: found,
    field: from,
  }));
}
