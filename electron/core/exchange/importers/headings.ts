import { findSection, type SectionId } from '../../../../shared/domain/sections';
import { parseHeadingDate, yearIn, type PartialDate } from './dates';

/** What a heading in a hand-written brag document means for the items under it. */
export type HeadingMeaning =
  | { kind: 'goals'; which: 'this' | 'next' | 'year'; year?: number }
  | { kind: 'period'; date: PartialDate }
  | { kind: 'section'; section: SectionId; kudos: boolean }
  | { kind: 'kudos' }
  | { kind: 'other'; year?: number };

/** Heading text without Markdown emphasis, emoji, numbering ("1.", "A)") or a closing colon. */
export function plainHeading(text: string): string {
  return text
    .replace(/\s+#+\s*$/, '') // closing hashes: "## Projects ##"
    .replace(/[*_`~]/g, '')
    .replace(/[\p{Extended_Pictographic}\uFE0F\u200D]/gu, '')
    .replace(/^\s*(?:\d{1,2}|[A-Za-z])[.)]\s+/, '')
    .replace(/:\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// Variants of the template's headings that findSection does not know. Keys are normalised as
// findSection does: lower case, "&" as "and", anything but letters as one space.
const MORE_SECTION_NAMES: Record<string, SectionId> = {
  'projects i worked on': 'projects',
  'projects i shipped': 'projects',
  'main projects': 'projects',
  'key projects': 'projects',
  work: 'projects',
  accomplishments: 'projects',
  achievements: 'projects',
  wins: 'projects',
  'things i shipped': 'projects',
  shipped: 'projects',
  'collaboration and mentoring': 'collaboration',
  'mentorship and collaboration': 'collaboration',
  'mentoring and collaboration': 'collaboration',
  'code review': 'collaboration',
  'code reviews': 'collaboration',
  'helping others': 'collaboration',
  teamwork: 'collaboration',
  'on call': 'collaboration',
  'design and docs': 'design',
  'design docs': 'design',
  design: 'design',
  writing: 'design',
  rfcs: 'design',
  'company building': 'company',
  interviewing: 'company',
  recruiting: 'company',
  onboarding: 'company',
  process: 'company',
  'what you learned': 'learning',
  'what i learnt': 'learning',
  'things i learned': 'learning',
  learning: 'learning',
  lessons: 'learning',
  'lessons learned': 'learning',
  skills: 'learning',
  til: 'learning',
  'outside of work': 'outside',
  'side projects': 'outside',
  'open source': 'outside',
  community: 'outside',
};

// Words people add to a section heading that do not change which section it is.
const FILLER = /\b(?:this|last|the)\s+(?:year|quarter|half|month)\b|\bin\s+(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\b/g;

function sectionKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(FILLER, ' ')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/** The template section a heading names, by exact name, known variant, or (last) a telling word. */
export function sectionOfHeading(text: string): SectionId | undefined {
  const key = sectionKey(text);
  if (!key) return undefined;
  const exact = findSection(key) ?? MORE_SECTION_NAMES[key];
  if (exact) return exact;
  // Telling words, most specific first: "side project" before "project", "mentor" before "design".
  if (/\b(?:outside|side projects?|open source|personal)\b/.test(key)) return 'outside';
  if (/\b(?:mentor\w*|collaborat\w*)\b/.test(key)) return 'collaboration';
  if (/\b(?:learn\w*|lessons?)\b/.test(key)) return 'learning';
  if (/\b(?:design|documentation|docs)\b/.test(key)) return 'design';
  if (/\b(?:company|hiring|interview\w*|recruit\w*|onboarding)\b/.test(key)) return 'company';
  if (/\bprojects?\b/.test(key)) return 'projects';
  return undefined;
}

const KUDOS_WORDS = /\b(?:kudos|praise|recognition|shout-?outs?|compliments|thank[- ]?yous?|feedback (?:i )?(?:got|received))\b/i;

/** What a heading means for the items under it. */
export function headingMeaning(raw: string): HeadingMeaning {
  const text = plainHeading(raw);
  if (/\bgoals?\b/i.test(text)) {
    if (/\bnext\s+year\b/i.test(text)) return { kind: 'goals', which: 'next' };
    const year = yearIn(text);
    return year === undefined ? { kind: 'goals', which: 'this' } : { kind: 'goals', which: 'year', year };
  }
  const date = parseHeadingDate(text);
  if (date) return { kind: 'period', date };
  const section = sectionOfHeading(text);
  const kudos = KUDOS_WORDS.test(text);
  if (section) return { kind: 'section', section, kudos };
  if (kudos) return { kind: 'kudos' };
  const year = yearIn(text);
  return year === undefined ? { kind: 'other' } : { kind: 'other', year };
}
