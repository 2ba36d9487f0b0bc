/**
 * The sections of Julia Evans' brag-document template that an entry can belong to.
 * ("Goals for this year / next year" are goals, not entries, and live elsewhere.)
 * The order here is the template's order and is used wherever sections are listed.
 */
export const SECTION_IDS = ['projects', 'collaboration', 'design', 'company', 'learning', 'outside'] as const;

export type SectionId = (typeof SECTION_IDS)[number];

export interface SectionInfo {
  id: SectionId;
  /** The heading as the template names it. */
  label: string;
  /** One line on what belongs here, in the template's spirit. */
  blurb: string;
  /** Questions worth answering while writing an entry of this section. */
  prompts: readonly string[];
}

export const SECTIONS: readonly SectionInfo[] = [
  {
    id: 'projects',
    label: 'Projects',
    blurb: 'What you built or changed, your part in it, and what happened because of it.',
    prompts: [
      'What was your contribution, exactly?',
      'What happened because of it? Which number moved?',
      'Going back later: what were the real results?',
    ],
  },
  {
    id: 'collaboration',
    label: 'Collaboration & mentorship',
    blurb: 'Mentoring, code reviews, questions answered, on-call, talks, being the go-to person.',
    prompts: ['Whom did you help, and how?', 'Who helped you?', 'What changed for them?'],
  },
  {
    id: 'design',
    label: 'Design & documentation',
    blurb: 'Design documents, RFCs, docs and guides you wrote or shaped.',
    prompts: ['What decision did it settle?', 'Who uses it now?'],
  },
  {
    id: 'company',
    label: 'Company building',
    blurb: 'Interviewing, recruiting, process, onboarding: work that makes the company better.',
    prompts: ['What did you improve for everyone?', 'How many people did it reach?'],
  },
  {
    id: 'learning',
    label: 'What you learned',
    blurb: 'Skills, domains and lessons picked up along the way.',
    prompts: ['What can you do now that you could not before?', 'How did you learn it?'],
  },
  {
    id: 'outside',
    label: 'Outside of work',
    blurb: 'Blog posts, talks, open source, recognition outside your job.',
    prompts: ['Where was it published or presented?', 'Who read, used or cited it?'],
  },
];

const byId = new Map(SECTIONS.map((s) => [s.id, s]));

export function sectionInfo(id: SectionId): SectionInfo {
  // Every SectionId is in SECTIONS, so this lookup cannot miss.
  return byId.get(id) as SectionInfo;
}

/** Finds a section from what a person might type: its id, its label, or a common variant. */
export function findSection(text: string): SectionId | undefined {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z]+/g, ' ')
    .trim();
  if (!key) return undefined;
  for (const s of SECTIONS) {
    const label = s.label
      .toLowerCase()
      .replace(/&/g, 'and')
      .replace(/[^a-z]+/g, ' ')
      .trim();
    if (key === s.id || key === label) return s.id;
  }
  const aliases: Record<string, SectionId> = {
    project: 'projects',
    mentorship: 'collaboration',
    mentoring: 'collaboration',
    collab: 'collaboration',
    documentation: 'design',
    docs: 'design',
    'design and docs': 'design',
    company: 'company',
    'company building': 'company',
    hiring: 'company',
    learned: 'learning',
    'what i learned': 'learning',
    learnings: 'learning',
    outside: 'outside',
    'outside work': 'outside',
  };
  return aliases[key];
}
