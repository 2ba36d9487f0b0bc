import { useState } from 'react';
import type { ImportGuess } from '../../../shared/domain/model';
import { SegmentedControl } from '../../ui/SegmentedControl';

/** Choices short enough to sit side by side; longer ones (goal titles) go in a list box. */
const SIDE_BY_SIDE = 36;

/**
 * One place where the import guessed, asked as a question with the control its answer needs: a
 * choice, a day or a year. Answering re-reads the preview, so the row shows the answer's effect.
 */
export function ImportQuestion({
  guess,
  onAnswer,
  note,
}: {
  guess: Pick<ImportGuess, 'question' | 'from' | 'answerType' | 'choices' | 'answer' | 'answered' | 'kind'>;
  onAnswer: (answer: string) => void;
  /** Said after the question, e.g. how many items a shared question covers. */
  note?: string;
}) {
  return (
    <div className={`import-question ${guess.answered ? 'is-answered' : ''}`} data-kind={guess.kind}>
      <span className="import-question-text" title={guess.from ? `Read from: ${guess.from}` : undefined}>
        {guess.question}
        {note && <span className="import-row-note">{note}</span>}
      </span>
      <span className="import-question-answer">
        {guess.answerType === 'choice' ? (
          <ChoiceAnswer guess={guess} onAnswer={onAnswer} />
        ) : guess.answerType === 'day' ? (
          <input
            className="input input-date select-small"
            type="date"
            min="1900-01-01"
            max="9999-12-31"
            value={guess.answer}
            aria-label={guess.question}
            onChange={(event) => {
              if (event.target.value) onAnswer(event.target.value);
            }}
          />
        ) : (
          <YearAnswer key={guess.answer} year={guess.answer} label={guess.question} onAnswer={onAnswer} />
        )}
        {guess.answered && <span className="import-answered">answered</span>}
      </span>
    </div>
  );
}

function ChoiceAnswer({
  guess,
  onAnswer,
}: {
  guess: Pick<ImportGuess, 'question' | 'choices' | 'answer'>;
  onAnswer: (answer: string) => void;
}) {
  const long = guess.choices.length > 3 || guess.choices.some((c) => c.label.length > SIDE_BY_SIDE);
  if (long)
    return (
      <select
        className="select select-small"
        aria-label={guess.question}
        value={guess.answer}
        onChange={(event) => onAnswer(event.target.value)}
      >
        {guess.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    );
  return <SegmentedControl size="small" label={guess.question} value={guess.answer} options={guess.choices} onChange={onAnswer} />;
}

/** A year typed digit by digit: only a whole four-digit year is sent, so typing never shows an error. */
function YearAnswer({ year, label, onAnswer }: { year: string; label: string; onAnswer: (answer: string) => void }) {
  const [draft, setDraft] = useState(year);
  return (
    <input
      className="input select-small import-year"
      type="number"
      inputMode="numeric"
      min={1900}
      max={9999}
      value={draft}
      aria-label={label}
      onChange={(event) => {
        const typed = event.target.value;
        setDraft(typed);
        if (/^\d{4}$/.test(typed) && Number(typed) >= 1900 && typed !== year) onAnswer(typed);
      }}
    />
  );
}
