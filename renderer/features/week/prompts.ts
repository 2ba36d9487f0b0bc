/** Julia Evans' reflection prompts, by the period they suit best. */
export const WEEK_PROMPTS = [
  'What am I most proud of this week?',
  'What do I want to do more of, or less of?',
  'What worked, and why?',
  'What would I do differently?',
  'Did anybody tell you that you did something well?',
] as const;

export const QUARTER_PROMPTS = [
  'What themes are there in what I did?',
  'Which projects had the effect I wanted, and why?',
  'What do I want to do more of, or less of, next quarter?',
  'What would I do differently?',
] as const;

export const YEAR_PROMPTS = [
  'What was the major theme of this year?',
  'What am I most proud of?',
  'Which projects had the effect I wanted, and which did not? Why?',
  'What did I learn?',
  'If stuck: what would you tell a friend to convince them to join your team?',
] as const;

/** The gentle nudge for an empty week. */
export const WEEK_QUESTIONS = 'What did you do this week? What happened because of it? Who helped, whom did you help?';
