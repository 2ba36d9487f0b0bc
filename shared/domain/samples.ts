import { addDaysToDay, type Day } from './day';
import type { EntryKind } from './model';
import type { SectionId } from './sections';

export interface SampleEntry {
  daysAgo: number;
  title: string;
  body: string;
  impact: string;
  section: SectionId;
  kind: EntryKind;
  themes: string[];
  people: string[];
  starred: boolean;
  /** Index into SAMPLE_GOALS of the goal this entry supports. */
  goal?: number;
  /** Ask to revisit it this many days after its date. */
  followUpAfterDays?: number;
}

export interface SampleGoal {
  title: string;
  description: string;
  /** 0 = this year, 1 = next year. */
  yearOffset: 0 | 1;
}

/**
 * The welcome tour's example journal, written by us: ten weeks in the life of an engineer a
 * year into a new job. Enough to explore every view; removable in one step.
 */
export const SAMPLE_GOALS: readonly SampleGoal[] = [
  { title: 'Grow into the tech lead role', description: 'Lead the ranking team’s planning and design reviews.', yearOffset: 0 },
  {
    title: 'Make ML work feel like engineering',
    description: 'Tests, reviews and rollbacks for models, like any other code.',
    yearOffset: 0,
  },
  { title: 'Speak at one external conference', description: '', yearOffset: 1 },
];

export const SAMPLE_ENTRIES: readonly SampleEntry[] = [
  {
    daysAgo: 2,
    title: 'Ran my first quarterly planning as tech lead',
    body: 'Collected proposals from all five engineers, wrote the **trade-offs** down in one doc and ran the prioritisation meeting.',
    impact: 'The team agreed on 3 priorities in one meeting instead of the usual three.',
    section: 'projects',
    kind: 'accomplishment',
    themes: ['leadership', 'transition'],
    people: ['Priya Raman'],
    starred: true,
    goal: 0,
  },
  {
    daysAgo: 5,
    title: 'Priya said my design review was the clearest she’s seen',
    body: '> It was the first review where I understood the risks before the meeting.',
    impact: '',
    section: 'collaboration',
    kind: 'kudos',
    themes: ['leadership'],
    people: ['Priya Raman'],
    starred: false,
  },
  {
    daysAgo: 9,
    title: 'Added evaluation gates to the model release pipeline',
    body: 'A candidate model now has to beat the current one on the offline benchmark and pass a shadow-traffic check before release.\n\n- wrote the gating job\n- documented how to override it',
    impact: 'Caught a regression of 4 points in precision before it reached customers.',
    section: 'projects',
    kind: 'accomplishment',
    themes: ['ml-engineering', 'quality'],
    people: ['Marco Silva'],
    starred: true,
    goal: 1,
    followUpAfterDays: 90,
  },
  {
    daysAgo: 16,
    title: 'Learned how enterprise customers run security reviews',
    body: 'Sat in on two vendor security questionnaires with our solutions engineer. Very different from consumer work: **procurement** decides more than product.',
    impact: '',
    section: 'learning',
    kind: 'learning',
    themes: ['transition'],
    people: ['Dana Okafor'],
    starred: false,
  },
  {
    daysAgo: 23,
    title: 'Mentored Sam through their first on-call week',
    body: 'Paired on the two pages that came in and wrote down the steps we took.',
    impact: 'Sam handled the next incident alone; the runbook now has 6 new steps.',
    section: 'collaboration',
    kind: 'accomplishment',
    themes: ['leadership', 'quality'],
    people: ['Sam Lee'],
    starred: false,
    goal: 0,
  },
  {
    daysAgo: 30,
    title: 'Wrote the design doc for feature-store caching',
    body: 'Compared three options with their latency and cost, and recommended read-through caching.',
    impact: 'Adopted by the search and ads teams.',
    section: 'design',
    kind: 'accomplishment',
    themes: ['ml-engineering'],
    people: ['Marco Silva'],
    starred: false,
  },
  {
    daysAgo: 37,
    title: 'Interviewed 4 candidates and rewrote the take-home rubric',
    body: 'The old rubric rewarded speed; the new one scores testing and communication.',
    impact: '',
    section: 'company',
    kind: 'accomplishment',
    themes: ['hiring'],
    people: [],
    starred: false,
  },
  {
    daysAgo: 44,
    title: 'Cut CI time for the ranking repo',
    body: 'Split the slow integration suite and cached the model fixtures.',
    impact: 'CI went from 38 minutes to 12, which made the tests 3x faster for everyone on the team.',
    section: 'projects',
    kind: 'accomplishment',
    themes: ['quality'],
    people: [],
    starred: true,
  },
  {
    daysAgo: 58,
    title: 'Blog post: what moving from big tech to a startup taught me',
    body: 'Wrote about owning problems end to end instead of handing them off.',
    impact: 'Shared by 2 engineering leaders I admire; 3 candidates mentioned it in interviews.',
    section: 'outside',
    kind: 'accomplishment',
    themes: ['transition'],
    people: [],
    starred: false,
  },
  {
    daysAgo: 66,
    title: 'Took over the customer escalation for the largest account',
    body: 'Joined the calls, found the misconfigured index, and wrote the fix and the post-mortem.',
    impact: '',
    section: 'projects',
    kind: 'accomplishment',
    themes: ['transition', 'enterprise'],
    people: ['Dana Okafor'],
    starred: false,
    followUpAfterDays: 60,
  },
];

export const SAMPLE_REFLECTION = `**What am I most proud of?** Running planning without anyone telling me how.

**What do I want to do more of?** Design reviews; less firefighting.

**What would I do differently?** Ask for feedback on the rubric before rolling it out.`;

/** The day of a sample entry, counted back from `today`. */
export function sampleDay(today: Day, daysAgo: number): Day {
  return addDaysToDay(today, -daysAgo);
}
