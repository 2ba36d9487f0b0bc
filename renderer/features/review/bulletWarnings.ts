import type { KeptBullet } from '../../../shared/domain/model';
import { MEASURE_PLACEHOLDER } from '../../../shared/domain/review/bullets';
import { findMeasures } from '../../../shared/domain/review/measures';
import { findWeakOpeners } from '../../../shared/domain/review/verbs';

type Warning = KeptBullet['warnings'][number];

/** The first word of a bullet, lower case: the verb a reader's eye lands on. */
export function openingVerb(text: string): string {
  return /^[\p{L}'’-]+/u.exec(text.trim())?.[0]?.toLowerCase() ?? '';
}

/**
 * A bullet after the person rewrote it: warnings about the generated wording (first person,
 * shortened) no longer apply; "no number" holds while the placeholder is there or the text
 * states no measure (a count, a percentage, a duration…); a weak opener is flagged if the new
 * text has one.
 */
export function edited(bullet: KeptBullet, text: string): KeptBullet {
  const needsMeasure = text.includes(MEASURE_PLACEHOLDER) || findMeasures(text).length === 0;
  const weak = findWeakOpeners(text);
  const warnings: Warning[] = [];
  if (weak[0])
    warnings.push({
      code: 'weak-opener',
      message: `“${weak[0]}” is a weak opener: say what you did yourself (built, fixed, reviewed, wrote…).`,
    });
  if (needsMeasure)
    warnings.push({
      code: 'no-measure',
      message: 'No number yet: replace the placeholder with how much, how many or how fast, from the entry.',
    });
  return { ...bullet, text, needsMeasure, warnings };
}

/**
 * The warnings to show for a bullet where it now stands: a verb is "repeated" only while an
 * earlier bullet in the current order opens with it.
 */
export function shownWarnings(bullet: KeptBullet, index: number, all: readonly KeptBullet[]): Warning[] {
  const verb = openingVerb(bullet.text);
  const repeats = verb !== '' && all.slice(0, index).some((other) => openingVerb(other.text) === verb);
  const stored = bullet.warnings.find((w) => w.code === 'repeated-verb');
  const rest = bullet.warnings.filter((w) => w.code !== 'repeated-verb');
  if (!repeats) return rest;
  return [...rest, stored ?? { code: 'repeated-verb', message: `“${verb}” already starts an earlier bullet: vary the verb.` }];
}

export const WARNING_NAMES: Record<string, string> = {
  'weak-opener': 'Weak opener',
  'repeated-verb': 'Repeated verb',
  'no-measure': 'No number',
  'too-long': 'Shortened',
  'first-person': 'First person',
};
