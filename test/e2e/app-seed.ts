/**
 * A realistic year of a brag document, for end-to-end tests and screenshots: an engineer a year
 * into a new job (big company to startup, IC to tech lead), in Julia Evans' template.
 */
import type { AppHarness } from './harness';

export interface SeedEntry {
  date: string;
  title: string;
  section: 'projects' | 'collaboration' | 'design' | 'company' | 'learning' | 'outside';
  themes: string[];
  body: string;
  impact: string;
  starred?: boolean;
  links?: { url: string; title: string }[];
}

export const SEED_THEMES = [
  { name: 'ml-engineering', description: 'Treating ML as engineering: pipelines, evaluation, reliability.' },
  { name: 'enterprise', description: 'Learning what enterprise customers need, and building it.' },
];

export const SEED_ENTRIES: SeedEntry[] = [
  {
    date: '2026-11-27',
    title: 'Cut model evaluation time from 3 hours to 22 minutes',
    section: 'projects',
    themes: ['ml-engineering', 'quality'],
    body: 'Rewrote the offline **evaluation harness** to shard by customer and cache embeddings.\n\n- Parallelised scoring across 16 workers\n- Added a golden-set regression check to CI',
    impact: 'Every model change now gets a full eval before merge; the team ships **2× more experiments** per week.',
    starred: true,
    links: [{ url: 'https://github.com/acme/ml/pull/1432', title: 'PR #1432' }],
  },
  {
    date: '2026-11-25',
    title: 'Ran my first on-call retro as tech lead',
    section: 'collaboration',
    themes: ['leadership'],
    body: 'Facilitated the retro for the ingestion outage: blameless timeline, three concrete follow-ups with owners.',
    impact: 'Two of the three follow-ups shipped within a week; pages for that service dropped from 9 to 2 the next month.',
  },
  {
    date: '2026-11-20',
    title: 'Design doc: feature store for enterprise tenants',
    section: 'design',
    themes: ['enterprise', 'ml-engineering'],
    body: 'Wrote the RFC for per-tenant feature isolation, compared three designs, and got sign-off from security and infra.',
    impact: 'Unblocked the Globex pilot, which needed data isolation guarantees before signing.',
    starred: true,
  },
  {
    date: '2026-11-18',
    title: 'Mentored Priya through her first production launch',
    section: 'collaboration',
    themes: ['leadership', 'growth'],
    body: 'Weekly pairing on rollout plans and dashboards; reviewed her launch checklist.',
    impact: 'She led the next launch on her own and now mentors our newest hire.',
  },
  {
    date: '2026-11-12',
    title: 'Interviewed 6 candidates and rewrote the ML systems question',
    section: 'company',
    themes: ['leadership'],
    body: 'The old question rewarded trivia. The new one is a realistic debugging exercise with a rubric.',
    impact: 'Interviewers agree more often: calibration disagreements went from 40% to 15%.',
  },
  {
    date: '2026-11-06',
    title: 'Learned how enterprise procurement actually works',
    section: 'learning',
    themes: ['enterprise', 'transition'],
    body: 'Sat in on three security reviews with our solutions engineer. Coming from consumer products, this was all new: SOC 2 questionnaires, DPAs, SSO requirements.',
    impact: '',
  },
  {
    date: '2026-10-29',
    title: 'Shipped SSO for the admin console',
    section: 'projects',
    themes: ['enterprise'],
    body: 'Implemented SAML and OIDC login with just-in-time provisioning.',
    impact: 'Closed the last blocker for two enterprise deals worth $480k ARR.',
    starred: true,
  },
  {
    date: '2026-10-22',
    title: 'Moved from individual contributor to tech lead of the ML platform team',
    section: 'company',
    themes: ['transition', 'leadership'],
    body: 'Took over planning, 1:1s with four engineers and the quarterly roadmap.',
    impact: 'The team committed to a roadmap for the first time; we delivered 5 of 6 goals that quarter.',
  },
  {
    date: '2026-10-15',
    title: 'Talk at the Bay Area MLOps meetup: "Evaluation is a build step"',
    section: 'outside',
    themes: ['ml-engineering'],
    body: '25-minute talk on treating model evaluation like compilation: fast, cached, required.',
    impact: 'About 120 attendees; two companies reached out to compare notes, one became a customer lead.',
  },
  {
    date: '2026-10-08',
    title: 'Fixed the flaky training pipeline that failed one night in five',
    section: 'projects',
    themes: ['quality', 'ml-engineering'],
    body: 'Traced it to a race between checkpoint upload and the next epoch. Added idempotent uploads and a retry budget.',
    impact: 'Zero failed nightly runs in the six weeks since; saves roughly 10 GPU-hours a week.',
  },
  {
    date: '2026-09-30',
    title: 'Onboarding guide for the ML platform',
    section: 'design',
    themes: ['growth'],
    body: 'Wrote the guide I wish I had when I joined: architecture map, how to run an experiment, who to ask.',
    impact: 'Two new hires shipped their first change in their first week.',
  },
  {
    date: '2026-09-17',
    title: 'Answered the most questions in #ml-help this quarter',
    section: 'collaboration',
    themes: ['growth'],
    body: 'Became the go-to person for training infrastructure questions.',
    impact: '',
  },
  {
    date: '2026-09-03',
    title: 'Migrated feature pipelines from cron scripts to Dagster',
    section: 'projects',
    themes: ['ml-engineering', 'quality'],
    body: '41 cron jobs with no owners became 12 typed, tested assets with lineage.',
    impact: 'Data freshness incidents went from weekly to none in two months.',
  },
  {
    date: '2026-08-20',
    title: 'Adjusted to working across time zones after the move east',
    section: 'learning',
    themes: ['transition'],
    body: 'Moved from Seattle to New York. Shifted my focus hours and moved syncs to overlap windows.',
    impact: '',
  },
  {
    date: '2026-08-06',
    title: 'Kudos from the VP of Sales for the Initech demo',
    section: 'outside',
    themes: ['enterprise'],
    body: 'Built a live demo of tenant-isolated recommendations in two days when the original plan fell through.',
    impact: 'The VP of Sales called it out at the all-hands; Initech signed a pilot.',
    starred: true,
  },
  {
    date: '2026-07-23',
    title: 'First month at the startup: shipped to production on day 9',
    section: 'projects',
    themes: ['transition'],
    body: 'Coming from a big company, the speed was a shock. Fixed a batching bug in the scoring service.',
    impact: 'p95 latency of the scoring API dropped from 480 ms to 190 ms.',
  },
];

/** Fills a journal through the bridge, as the page would, and returns the created ids by title. */
export async function seedJournal(app: AppHarness, entries: SeedEntry[] = SEED_ENTRIES): Promise<Map<string, string>> {
  for (const theme of SEED_THEMES) {
    await app.rpc('themes.create', theme).catch(() => undefined); // already there is fine
  }
  const ids = new Map<string, string>();
  // Oldest first, as they would have been written.
  for (const entry of [...entries].reverse()) {
    const created = await app.rpc<{ id: string }>('entries.create', {
      date: entry.date,
      title: entry.title,
      section: entry.section,
      body: entry.body,
      impact: entry.impact,
      newThemes: entry.themes,
      starred: entry.starred ?? false,
      links: entry.links ?? [],
    });
    ids.set(entry.title, created.id);
  }
  return ids;
}

/** Waits until `check` passes (Playwright-style auto-waiting for plain vitest assertions). */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      lastError = error;
      if (Date.now() > deadline) throw lastError;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The app's modifier key in Playwright's terms on this platform. */
export const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';
