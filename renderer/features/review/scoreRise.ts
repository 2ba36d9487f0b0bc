/**
 * "3 since your last fix": how far the readiness score rose, in whole points as the score itself
 * is shown (a rise of 3.1 beside "Score 74" reads as a different number). Null when the shown
 * score did not rise.
 */
export function scoreRise(before: number, after: number): string | null {
  const rise = Math.round(after) - Math.round(before);
  return rise > 0 ? `${rise} since your last fix` : null;
}
