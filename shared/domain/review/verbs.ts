import type { EntryKind } from '../model';
import type { SectionId } from '../sections';

/**
 * The verbs résumé bullets start with: recognising the one an entry already uses, flagging
 * the weak ones, and choosing a strong one by theme and section when the entry has none.
 */

/** Openers that hide what the person actually did. Longest first, so the fullest phrase is reported. */
export const WEAK_OPENERS: readonly string[] = [
  'was responsible for',
  'was involved in',
  'participated in',
  'responsible for',
  'assisted with',
  'helped with',
  'took part in',
  'was part of',
  'involved in',
  'worked on',
  'assisted',
  'did',
];

const WEAK_OPENER_PATTERN = new RegExp(`\\b(?:${WEAK_OPENERS.map((o) => o.replace(/ /g, '\\s+')).join('|')})\\b(?!n't|\\s+not\\b)`, 'gi');

/** The weak openers in a text, each once, in the order they first appear. */
export function findWeakOpeners(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(WEAK_OPENER_PATTERN)) {
    const opener = match[0].toLowerCase().replace(/\s+/g, ' ');
    if (!found.includes(opener)) found.push(opener);
  }
  return found;
}

/** Irregular past tenses a brag document uses, with their -ing form for "by doing Z". */
const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  ate: 'eating',
  became: 'becoming',
  began: 'beginning',
  bent: 'bending',
  bought: 'buying',
  came: 'coming',
  caught: 'catching',
  dealt: 'dealing',
  dug: 'digging',
  fell: 'falling',
  felt: 'feeling',
  flew: 'flying',
  forgot: 'forgetting',
  froze: 'freezing',
  heard: 'hearing',
  hung: 'hanging',
  lent: 'lending',
  meant: 'meaning',
  overcame: 'overcoming',
  rose: 'rising',
  shook: 'shaking',
  shone: 'shining',
  slept: 'sleeping',
  stuck: 'sticking',
  tore: 'tearing',
  woke: 'waking',
  wore: 'wearing',
  bound: 'binding',
  sank: 'sinking',
  shrank: 'shrinking',
  broadcast: 'broadcasting',
  forecast: 'forecasting',
  overtook: 'overtaking',
  outgrew: 'outgrowing',
  brought: 'bringing',
  broke: 'breaking',
  built: 'building',
  chose: 'choosing',
  cut: 'cutting',
  did: 'doing',
  drew: 'drawing',
  drove: 'driving',
  fed: 'feeding',
  found: 'finding',
  fought: 'fighting',
  gave: 'giving',
  got: 'getting',
  grew: 'growing',
  held: 'holding',
  hit: 'hitting',
  kept: 'keeping',
  knew: 'knowing',
  laid: 'laying',
  led: 'leading',
  left: 'leaving',
  let: 'letting',
  lost: 'losing',
  made: 'making',
  met: 'meeting',
  oversaw: 'overseeing',
  paid: 'paying',
  put: 'putting',
  ran: 'running',
  read: 'reading',
  rebuilt: 'rebuilding',
  rewrote: 'rewriting',
  rode: 'riding',
  sat: 'sitting',
  saw: 'seeing',
  sent: 'sending',
  set: 'setting',
  shut: 'shutting',
  sold: 'selling',
  sought: 'seeking',
  sped: 'speeding',
  spent: 'spending',
  split: 'splitting',
  spoke: 'speaking',
  spun: 'spinning',
  stood: 'standing',
  struck: 'striking',
  swept: 'sweeping',
  taught: 'teaching',
  took: 'taking',
  told: 'telling',
  thought: 'thinking',
  threw: 'throwing',
  understood: 'understanding',
  undertook: 'undertaking',
  upheld: 'upholding',
  was: 'being',
  were: 'being',
  went: 'going',
  withdrew: 'withdrawing',
  won: 'winning',
  wrote: 'writing',
  'co-led': 'co-leading',
  'co-wrote': 'co-writing',
  'co-founded': 'co-founding',
};

/** Words ending in -ed that are not verbs, or not actions. */
const NOT_ACTIONS = new Set(['hundred', 'sacred', 'kindred', 'naked', 'wicked', 'rugged', 'based', 'interested', 'excited', 'tired']);
/** -eed words whose -ing form keeps the whole word ("exceeding", not "exceing"). */
const EED_VERBS = new Set(['exceeded', 'succeeded', 'proceeded', 'seeded', 'needed', 'speeded', 'agreed', 'guaranteed', 'freed']);

/** Leading adverbs that carry no fact; the bullet starts with the verb after them. */
const LEADING_ADVERBS = /^(?:finally|successfully|also|then|quickly|quietly|eventually|single-handedly|proactively)\s+/i;

/** Whether a word is a past-tense verb as entries use them ("shipped", "led", "rewrote"). */
export function isPastTenseVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (w in IRREGULAR_PAST) return true;
  if (NOT_ACTIONS.has(w) || w.length < 5 || !/^[a-z-]+ed$/.test(w)) return false;
  return !w.endsWith('eed') || EED_VERBS.has(w);
}

/** "shipped" → "shipping", "wrote" → "writing", for the "by doing Z" part of a bullet. */
export function gerundOf(pastVerb: string): string {
  const w = pastVerb.toLowerCase();
  const irregular = IRREGULAR_PAST[w];
  if (irregular) return irregular;
  if (['agreed', 'guaranteed', 'freed'].includes(w)) return `${w.slice(0, -1)}ing`;
  if (w.endsWith('ied')) return `${w.slice(0, -3)}ying`;
  // Dropping -ed handles most regular verbs: shipped → shipp+ing, cached → cach+ing.
  return `${w.slice(0, -2)}ing`;
}

/** Single verbs too vague to lead a bullet even when they are not one of the weak openers. */
const WEAK_VERBS = new Set(['was', 'were', 'got', 'did', 'tried', 'worked', 'assisted', 'participated', 'involved']);

/**
 * The verb a title starts with, if it starts with one: "Shipped the importer" → shipped.
 * A first-person subject or an adverb in front is skipped ("I finally shipped…").
 * `verb` is lower case; for a weak opener it is the whole phrase ("worked on").
 */
export function leadingVerb(title: string): { verb: string; strong: boolean; rest: string } | undefined {
  const text = title
    .trim()
    .replace(/^(?:I|We)\s+/, '')
    .replace(LEADING_ADVERBS, '');
  const lower = text.toLowerCase();
  for (const opener of WEAK_OPENERS) {
    if (lower === opener || lower.startsWith(`${opener} `)) {
      return { verb: opener, strong: false, rest: text.slice(opener.length).trim() };
    }
  }
  const match = /^([A-Za-z]+(?:-[A-Za-z]+)?)(?=$|[\s,.;:!?])\s*(.*)$/s.exec(text);
  if (!match?.[1] || !isPastTenseVerb(match[1])) return undefined;
  const verb = match[1].toLowerCase();
  return { verb, strong: !WEAK_VERBS.has(verb), rest: (match[2] ?? '').trim() };
}

// ---- Choosing a verb -----------------------------------------------------------------

export type VerbFamily =
  'leadership' | 'building' | 'improving' | 'documenting' | 'collaborating' | 'companyBuilding' | 'learning' | 'outside';

/** Strong verbs for each kind of work, the most common first. */
export const VERB_FAMILIES: Readonly<Record<VerbFamily, readonly string[]>> = {
  leadership: ['led', 'mentored', 'coached', 'guided', 'organized', 'spearheaded', 'championed'],
  building: ['built', 'designed', 'shipped', 'launched', 'developed', 'implemented', 'delivered', 'engineered'],
  improving: ['reduced', 'accelerated', 'improved', 'streamlined', 'optimized', 'simplified', 'strengthened', 'hardened'],
  documenting: ['authored', 'designed', 'documented', 'defined', 'proposed', 'specified', 'drafted'],
  collaborating: ['mentored', 'coached', 'guided', 'reviewed', 'unblocked', 'supported', 'trained'],
  companyBuilding: ['established', 'improved', 'organized', 'standardized', 'introduced', 'onboarded', 'recruited'],
  learning: ['learned', 'mastered', 'studied', 'explored', 'practiced'],
  outside: ['published', 'presented', 'contributed', 'organized', 'released', 'wrote'],
};

/** Theme names in the user's words mapped to a family; the first theme that matches decides. */
const THEME_FAMILIES: readonly [RegExp, VerbFamily][] = [
  [/lead|mentor|manag|coach|people/i, 'leadership'],
  [/quality|reliab|perf|speed|cost|effic|latency|ops|incident|stabil|debt|refactor|improv|scal/i, 'improving'],
  [/hir|recruit|interview|onboard|process|culture/i, 'companyBuilding'],
  [/doc|design|writ|rfc|architect/i, 'documenting'],
  [/open.?source|talk|blog|speak|communit|conference/i, 'outside'],
  [/build|platform|product|ml|machine|engineer|infra|launch|ship|feature|data/i, 'building'],
  [/learn|growth|study/i, 'learning'],
];

const SECTION_FAMILIES: Readonly<Record<SectionId, VerbFamily>> = {
  projects: 'building',
  collaboration: 'collaborating',
  design: 'documenting',
  company: 'companyBuilding',
  learning: 'learning',
  outside: 'outside',
};

export interface VerbContext {
  section: SectionId;
  kind: EntryKind;
  themes: readonly { name: string }[];
}

/** The family of verbs that fits an entry: its first recognisable theme, else its section. */
export function verbFamilyFor(entry: VerbContext): VerbFamily {
  if (entry.kind === 'learning') return 'learning';
  for (const theme of entry.themes) {
    const family = THEME_FAMILIES.find(([pattern]) => pattern.test(theme.name))?.[1];
    if (family) return family;
  }
  return SECTION_FAMILIES[entry.section];
}

/**
 * A strong past-tense verb for an entry, skipping the ones in `avoid` (verbs other bullets of
 * the same set already start with). When every one is taken, the family's first is returned
 * and the caller warns about the repeat.
 */
export function strongVerbFor(entry: VerbContext, avoid: ReadonlySet<string> = new Set()): string {
  const verbs = VERB_FAMILIES[verbFamilyFor(entry)];
  return verbs.find((v) => !avoid.has(v)) ?? verbs[0] ?? 'delivered';
}

/** Verbs claiming ownership; never put in place of a weak opener, which would inflate the work. */
export const OWNERSHIP_VERBS: ReadonlySet<string> = new Set(['led', 'spearheaded', 'championed', 'established']);

/** Other verbs of the same family, to suggest when a verb repeats. */
export function alternativeVerbs(entry: VerbContext, verb: string, avoid: ReadonlySet<string>, count = 3): string[] {
  const family = VERB_FAMILIES[verbFamilyFor(entry)];
  const pool = family.includes(verb) ? family : [...family, ...VERB_FAMILIES.building];
  return pool.filter((v) => v !== verb && !avoid.has(v)).slice(0, count);
}

/** Verbs that say a number changed, so "from A to B" can follow them directly. */
export const CHANGE_VERBS: ReadonlySet<string> = new Set([
  'reduced',
  'cut',
  'lowered',
  'decreased',
  'improved',
  'increased',
  'raised',
  'grew',
  'boosted',
  'accelerated',
  'sped',
  'brought',
  'shrank',
  'shrunk',
  'trimmed',
  'dropped',
  'halved',
  'doubled',
  'tripled',
  'moved',
  'took',
  'scaled',
  'optimized',
  'optimised',
  'slashed',
  'expanded',
  'lifted',
  'shortened',
  'tightened',
]);
