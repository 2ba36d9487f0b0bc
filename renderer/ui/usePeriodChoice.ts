import { useCallback, useState } from 'react';
import { PeriodChoice as PeriodChoiceSchema } from '../../shared/api/schemas';
import type { PeriodChoice } from '../query/keys';

const STORAGE_KEY = 'chronicle.review.period';

export function thisYear(): PeriodChoice {
  return { kind: 'year', year: new Date().getFullYear() };
}

function remembered(): PeriodChoice {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === null) return thisYear();
    // Checked with the backend's own schema: a stale or hand-edited value falls back to this year.
    const parsed = PeriodChoiceSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : thisYear();
  } catch {
    return thisYear();
  }
}

/** The review period the person chose last, kept across sessions (review season lasts weeks). */
export function usePeriodChoice(): [PeriodChoice, (choice: PeriodChoice) => void] {
  const [choice, setChoice] = useState<PeriodChoice>(remembered);
  const change = useCallback((next: PeriodChoice) => {
    setChoice(next);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Without storage the choice lasts for this window only.
    }
  }, []);
  return [choice, change];
}

/** The year a choice is about, for switching between year, half and quarter. */
export function yearOf(choice: PeriodChoice, fallback: number): number {
  return 'year' in choice ? choice.year : choice.kind === 'custom' ? Number(choice.to.slice(0, 4)) : fallback;
}
