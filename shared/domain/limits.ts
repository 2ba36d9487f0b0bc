/** Sizes past which input is refused with a message instead of being stored. */
export const LIMITS = {
  titleLength: 500,
  /** Characters. A long design write-up with pasted logs stays well under this. */
  bodyLength: 2_000_000,
  impactLength: 200_000,
  themeNameLength: 60,
  themeDescriptionLength: 20_000,
  themesPerEntry: 50,
  linksPerEntry: 50,
  urlLength: 2_000,
  linkTitleLength: 300,
  queryLength: 500,
  personNameLength: 100,
  peoplePerEntry: 50,
  goalTitleLength: 300,
  goalDescriptionLength: 20_000,
  goalsPerEntry: 20,
  reflectionLength: 500_000,
  followUpQuestionLength: 500,
  followUpAnswerLength: 20_000,
  acceleratorLength: 100,
  pageSize: 500,
} as const;
