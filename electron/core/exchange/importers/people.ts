import nlp from 'compromise';

/**
 * The people an item names, read the way people write them in brag documents: after a phrase that
 * can only be followed by a person ("thanks to", "kudos from", "paired with", "mentored",
 * "onboarding buddy for", "1:1s with", "with"), as an @handle, or as a name with a role in brackets
 * ("Sam Okafor (partner eng lead)", "Tom (PM) told me…"). The role becomes the person's note.
 *
 * Whether a capitalised word is a name is asked of compromise (its lexicon knows given names and
 * family names and tags them #Person); a capitalised word it does not know is a name only where
 * the phrase leaves no other reading, and never when it is a word compromise knows as something
 * else ("Design", "Finance"), a team ("the Platform team"), an acronym or a word for a group.
 */

export interface FoundPerson {
  name: string;
  /** What the text says the person is: "my manager", "PM". */
  role?: string;
}

const NAME_WORD = String.raw`\p{Lu}[\p{L}'’\-]*(?![\p{L}\p{N}])`;
const NAME = String.raw`(${NAME_WORD}(?:\s+${NAME_WORD}){0,2})`;
const ROLE = String.raw`(?:\s*\(([^()\n]{1,80})\))?`;

/** The pattern source matching `words` in any letter case, leaving escapes (\s, \b) alone. */
function anyCase(words: string): string {
  return words.replace(
    /(\\.)|([a-z])/g,
    (_, escape: string | undefined, letter: string | undefined) => escape ?? `[${letter}${letter?.toUpperCase()}]`,
  );
}

// Phrases that can only be followed by a person: an unknown capitalised word after them is a name.
const STRONG = [
  String.raw`onboarding\s+buddy\s+(?:for|to)`,
  String.raw`(?:weekly\s+)?1:1s?\s+with`,
  String.raw`one[- ]on[- ]ones?\s+with`,
  String.raw`pair(?:ed|ing)?\s+with`,
  String.raw`(?:thanks|thank\s+you)(?:\s+to)?`,
  String.raw`(?:kudos|props|praise|recognition|shout-?outs?)\s+(?:to|from|by)`,
  String.raw`(?:mentor(?:ed|ing)?|coach(?:ed|ing)?|onboard(?:ed|ing)|sponsor(?:ed|ing)?)`,
];
// Phrases that are often followed by things as well as people: only a name compromise knows counts.
const WEAK = [String.raw`(?:worked|working|partnered|partnering|collaborated|teamed\s+up)?\s*(?:with|w\/)`, String.raw`from`];

function triggered(phrases: readonly string[]): RegExp {
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:${phrases.map(anyCase).join('|')})\s+(?:my\s+\w+\s+)?${NAME}${ROLE}((?:\s*(?:,|and|&)\s*${NAME_WORD}(?:\s+${NAME_WORD})?${ROLE})*)`,
    'gu',
  );
}
const STRONG_TRIGGER = triggered(STRONG);
const WEAK_TRIGGER = triggered(WEAK);
const MORE_NAMES = new RegExp(String.raw`(?:,|and|&)\s*(${NAME_WORD}(?:\s+${NAME_WORD})?)${ROLE}`, 'gu');
const WITH_ROLE = new RegExp(String.raw`(?<![\p{L}\p{N}])${NAME}\s*\(([^()\n]{1,80})\)`, 'gu');
// "our VP (Marcus Webb)", "my manager (Dana)": the role first, the name in brackets.
const ROLE_THEN_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${anyCase(String.raw`(?:my|our|the)\s+`)}[\p{L}\p{N} .\-]{1,40}?)\s*\(${NAME}\)`,
  'gu',
);
// What makes "X (…)" a person: the bracket says who they are to the author or at work.
const PERSON_ROLE =
  /\b(?:my|our|manager|mgr|lead|pm|tpm|em|eng|engineer|engineering|director|vp|head|designer|intern|mentor|mentee|teammate|colleague|cto|ceo|cpo|staff|principal|senior|junior|analyst|scientist|recruiter|partner|sre|buddy|report|skip|founder|owner|architect|researcher|writer|customer|client|advisor)\b/i;
const HANDLE = /(?<![\w@.])@([A-Za-z][\w.-]{0,38}[\w])/g;

const GROUP_AFTER = /^\s+(?:team|teams|org|group|squad|folks|crew|department|guild|channel|committee|leadership|council)\b/i;
// Words compromise's lexicon does not know that name groups or functions, not people.
const NOT_PEOPLE = new Set([
  'team',
  'platform',
  'product',
  'data',
  'sales',
  'security',
  'design',
  'finance',
  'legal',
  'marketing',
  'support',
  'leadership',
  'engineering',
  'infra',
  'ops',
  'everyone',
  'management',
  'customers',
  'users',
  'staff',
  'i',
  'me',
  'we',
  'us',
  'them',
  'my',
  'our',
]);

let lexicon: Record<string, string | string[]> | undefined;

function known(word: string): string | string[] | undefined {
  lexicon ??= (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  return lexicon[word.toLowerCase()];
}

/** Whether compromise's lexicon knows the name's first word as a given or family name. */
function knownPerson(name: string): boolean {
  const tag = known((name.split(/\s+/)[0] ?? '').toLowerCase());
  const tags = Array.isArray(tag) ? tag : tag ? [tag] : [];
  return tags.some((t) => /Name|Person/.test(t));
}

// Asking compromise about a word costs a tenth of a millisecond or more, and the same words
// (names, capitalised sentence starts) come back in every item of a big file: each is asked once.
const nameWords = new Map<string, boolean>();
const NAME_WORDS_KEPT = 50_000;

/** Whether compromise reads this capitalised word as (part of) a person's name. */
function isNameWord(word: string): boolean {
  let answer = nameWords.get(word);
  if (answer === undefined) {
    if (nameWords.size >= NAME_WORDS_KEPT) nameWords.clear();
    answer = readsAsName(word);
    nameWords.set(word, answer);
  }
  return answer;
}

function readsAsName(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  if (NOT_PEOPLE.has(lower)) return false;
  if (/^\p{Lu}{2,}$/u.test(word)) return false; // an acronym: PM, RFC, SRE
  const tag = known(lower);
  const tags = Array.isArray(tag) ? tag : tag ? [tag] : [];
  if (tags.some((t) => /Name|Person/.test(t))) return true;
  if (tags.length > 0) return false; // a word compromise knows as something else
  const doc = nlp(word);
  return !doc.has('#Acronym') && !doc.has('#Verb') && !doc.has('#Adjective') && !doc.has('#Pronoun');
}

/**
 * The run of name words at the start of a candidate ("Sam Okafor On" → "Sam Okafor"), or at its
 * end when the name is what comes before a role ("Thanks Sam (PM)" → "Sam").
 */
function nameFrom(candidate: string, atEnd = false): string | undefined {
  const words = candidate.split(/\s+/);
  if (atEnd) words.reverse();
  const kept: string[] = [];
  for (const word of words) {
    if (!isNameWord(word)) break;
    kept.push(word);
  }
  if (atEnd) kept.reverse();
  return kept.length > 0 ? kept.join(' ').replace(/['’]s$/, '') : undefined;
}

function cleanRole(role: string | undefined): string | undefined {
  const text = role?.trim();
  if (!text) return undefined;
  // "(2019)", "(see doc)", "(impact: …)" are not roles.
  if (/^\d|^(?:see|via|impact|result|outcome|goal|link|pr|#)\b|https?:/i.test(text)) return undefined;
  return text;
}

/** The people named in a piece of text, in order of first mention, each once. */
export function findPeople(text: string): FoundPerson[] {
  const found = new Map<string, FoundPerson>();
  const add = (name: string | undefined, role?: string): void => {
    if (!name) return;
    const key = name.toLocaleLowerCase('en-US');
    const existing = found.get(key);
    if (existing) {
      if (role && !existing.role) existing.role = role;
      return;
    }
    found.set(key, role ? { name, role } : { name });
  };
  const plain = text.replace(/[*_`]/g, '');
  for (const [pattern, strong] of [
    [STRONG_TRIGGER, true],
    [WEAK_TRIGGER, false],
  ] as const) {
    for (const m of plain.matchAll(pattern)) {
      const end = (m.index ?? 0) + m[0].length;
      if (GROUP_AFTER.test(plain.slice(end, end + 20))) continue;
      const names: [string, string | undefined][] = [[m[1] ?? '', m[2]]];
      for (const more of (m[3] ?? '').matchAll(MORE_NAMES)) names.push([more[1] ?? '', more[2]]);
      const read = names.map(([candidate, rawRole]) => ({ name: nameFrom(candidate), role: cleanRole(rawRole) }));
      // "with Priya Nair and Tomasz": one name compromise knows makes the whole list one of people.
      const listOfPeople = read.some(({ name }) => name !== undefined && knownPerson(name));
      for (const { name, role } of read) {
        if (!name) continue;
        if (strong || listOfPeople || (role && PERSON_ROLE.test(role))) add(name, role);
      }
    }
  }
  for (const m of plain.matchAll(WITH_ROLE)) {
    const role = cleanRole(m[2]);
    if (!role) continue;
    const name = nameFrom(m[1] ?? '', true);
    // "Redis (cache layer)", "Strange Loop (conference)": only a known name or a person's role counts.
    if (name && (knownPerson(name) || PERSON_ROLE.test(role))) add(name, role);
  }
  for (const m of plain.matchAll(ROLE_THEN_NAME)) {
    const role = (m[1] ?? '').trim().replace(/^the\s+/i, '');
    const candidate = m[2] ?? '';
    // The whole bracket must be a name ("our VP (Marcus Webb)", not "the API (Payments v2)").
    if (PERSON_ROLE.test(role) && nameFrom(candidate) === candidate) add(candidate, role);
  }
  for (const m of plain.matchAll(HANDLE)) add(m[1]);
  return [...found.values()];
}

/**
 * Everyone an entry names: the ones a "People:" line listed first, then the ones its text names,
 * each once whatever the letter case, with the roles the text gave them.
 */
export function peopleOf(text: string, listed: readonly string[]): { people: string[]; roles?: Record<string, string> } {
  const seen = new Set<string>();
  const people: string[] = [];
  const roles: Record<string, string> = {};
  for (const person of [...listed.map((name) => ({ name, role: undefined })), ...findPeople(text)]) {
    const key = person.name.toLocaleLowerCase('en-US');
    if (!seen.has(key)) {
      seen.add(key);
      people.push(person.name);
    }
    const name = people.find((p) => p.toLocaleLowerCase('en-US') === key) ?? person.name;
    if (person.role && !roles[name]) roles[name] = person.role;
  }
  return Object.keys(roles).length > 0 ? { people, roles } : { people };
}
