import { ChronicleError } from '../../../../shared/api/errors';
import { isDay, MAX_YEAR, MIN_YEAR, type Day } from '../../../../shared/domain/day';
import { ENTRY_KINDS, KIND_LABELS, type EntryKind, type ImportGuess } from '../../../../shared/domain/model';
import { calendarDay } from './dates';
import { fitToLimits } from './fitToLimits';
import { splitTitle } from './titles';
import type { EntryGuess, ImportedEntry } from './types';

/**
 * Every guess an importer makes about an item, as a question with the answers it accepts, and the
 * one place answers are checked and applied. The preview and the import both call
 * `answerGuesses`, so what the preview shows after an answer is exactly what gets written.
 */

/**
 * A guess with its way of changing the entry kept off its enumerable fields: an import's result
 * stays plain data (compared, logged and copied as it always was), and only `answerGuesses`,
 * which knows to look, calls `apply`.
 */
function guess(made: EntryGuess): EntryGuess {
  const { apply, ...data } = made;
  return Object.defineProperty(data, 'apply', { value: apply, enumerable: false }) as EntryGuess;
}

const YES_NO_PERSON = [
  { value: 'yes', label: 'Yes, a person' },
  { value: 'no', label: 'No' },
];

/** "Is “Sam” a person?": a name read from the text; "no" takes it (and its role) off the entry. */
export function personGuess(name: string, role: string | undefined): EntryGuess {
  return guess({
    id: `person:${name}`,
    kind: 'person',
    question: `Is “${name}” a person?`,
    from: role ? `${name} (${role})` : name,
    answerType: 'choice',
    choices: YES_NO_PERSON,
    assumed: 'yes',
    apply: (entry, answer) => {
      if (answer !== 'no') return entry;
      const roles = entry.roles ? Object.fromEntries(Object.entries(entry.roles).filter(([who]) => who !== name)) : undefined;
      return {
        ...entry,
        people: entry.people.filter((p) => p !== name),
        ...(roles ? { roles } : {}),
      };
    },
  });
}

/** "Read as Learning because of “TIL:”": a marker word set the kind; any kind can be chosen instead. */
export function kindGuess(kind: EntryKind, written: string): EntryGuess {
  // "**kudos** from Dana:" is shown as the words, without the Markdown that emphasised them.
  const marker = written.replace(/\*\*|__/g, '');
  return guess({
    id: 'kind',
    kind: 'kind',
    question: `Read as ${KIND_LABELS[kind]} because of “${marker}” — right?`,
    from: marker,
    answerType: 'choice',
    choices: ENTRY_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] })),
    assumed: kind,
    apply: (entry, answer) => ({ ...entry, kind: answer as EntryKind }),
  });
}

/** "[modeling]" closing a line was read as a theme; "no" puts the words back at the end of the title. */
export function bracketThemeGuess(theme: string): EntryGuess {
  return guess({
    id: `theme:${theme}`,
    kind: 'theme',
    question: `Is “[${theme}]” a theme?`,
    from: `[${theme}]`,
    answerType: 'choice',
    choices: [
      { value: 'yes', label: 'Yes, a theme' },
      { value: 'no', label: 'No, keep it in the title' },
    ],
    assumed: 'yes',
    apply: (entry, answer) =>
      answer === 'no' ? { ...entry, themes: entry.themes.filter((t) => t !== theme), title: `${entry.title} [${theme}]` } : entry,
  });
}

/**
 * A sentence split into what was done and what came of it (at an arrow, "which made…",
 * "(impact: …)"); "no" keeps the sentence whole as the title, as it was written.
 */
export function impactGuess(impact: string, whole: { title: string; body: string }): EntryGuess {
  return guess({
    id: 'impact',
    kind: 'impact',
    question: `Is “${impact}” what happened because of it?`,
    from: whole.title,
    answerType: 'choice',
    choices: [
      { value: 'yes', label: 'Yes, the impact' },
      { value: 'no', label: 'No, keep the sentence whole' },
    ],
    assumed: 'yes',
    apply: (entry, answer) => (answer === 'no' ? { ...entry, title: whole.title, body: whole.body, impact: '' } : entry),
  });
}

/** The same month and day in another year; 29 February becomes the 28th in a common year. */
function inYear(day: Day, year: number): Day {
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  return calendarDay(year, month, date) ?? (calendarDay(year, month, date - 1) as Day);
}

/** "Year 2023 from the heading “2023” — right?": a date without a year took one from around it. */
export function yearGuess(year: number, source: string): EntryGuess {
  return guess({
    id: 'year',
    kind: 'year',
    question: `Year ${year} from ${source} — right?`,
    from: source,
    answerType: 'year',
    choices: [],
    assumed: String(year),
    apply: (entry, answer) => {
      const wanted = Number(answer);
      if (entry.date === null || wanted === year) return entry;
      const shift = wanted - year;
      const end = entry.dateEnd ? inYear(entry.dateEnd, Number(entry.dateEnd.slice(0, 4)) + shift) : entry.dateEnd;
      return { ...entry, date: inYear(entry.date, wanted), ...(end !== undefined ? { dateEnd: end } : {}) };
    },
  });
}

/** "4/8" read as month/day; the other reading is offered when it is a real day. */
export function dayMonthGuess(text: string, read: Day, other: Day, warning: string | undefined): EntryGuess {
  const label = (day: Day) => new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
  return guess({
    id: 'dayMonth',
    kind: 'dayMonth',
    question: `“${text}” read as ${label(read)} — or ${label(other)}?`,
    from: text,
    answerType: 'choice',
    choices: [
      { value: 'monthDay', label: label(read) },
      { value: 'dayMonth', label: label(other) },
    ],
    assumed: 'monthDay',
    ...(warning ? { warning: warning } : {}),
    apply: (entry, answer) => (answer === 'dayMonth' ? { ...entry, date: other } : entry),
  });
}

export interface GoalChoice {
  year: number;
  title: string;
}

const goalValue = (goal: GoalChoice) => `${goal.year}:${goal.title}`;

/** Which goal an entry that says it served one meant: the best match, another goal, or none. */
export function goalGuess(hint: string, choices: readonly GoalChoice[], assumed: GoalChoice | undefined, warning: string): EntryGuess {
  return guess({
    id: 'goal',
    kind: 'goal',
    question: assumed ? `Linked to the goal “${assumed.title}” — right?` : 'Which goal did it serve?',
    from: hint ? `goal ${hint}` : 'goal',
    answerType: 'choice',
    choices: [...choices.map((g) => ({ value: goalValue(g), label: g.title })), { value: 'none', label: 'None of these' }],
    assumed: assumed ? goalValue(assumed) : 'none',
    warning: warning,
    apply: (entry, answer) => {
      const goal = choices.find((g) => goalValue(g) === answer);
      return { ...entry, goals: goal ? [{ year: goal.year, title: goal.title }] : [] };
    },
  });
}

const NO_DATE_QUESTION = 'The file does not say when this was: which day?';

/** The question every undated item asks, whichever importer read it. */
function dateGuess(entry: ImportedEntry, defaultDate: Day | undefined): EntryGuess {
  const why = entry.warnings.find((w) => /pick (?:a date|one) before saving|does not say when/.test(w));
  return guess({
    id: 'date',
    kind: 'date',
    // The reason it has no date is the question: "“June” does not say which year; pick a date…".
    question: why ?? NO_DATE_QUESTION,
    from: why ?? '',
    answerType: 'day',
    choices: [],
    assumed: defaultDate ?? '',
    ...(why ? { warning: why } : {}),
    apply: (e, answer) => ({ ...e, date: answer, datePrecision: 'day', dateEnd: null }),
  });
}

function badAnswer(id: string, why: string): ChronicleError {
  return new ChronicleError('invalid_input', `The answer to question ${id} ${why}.`, { question: id });
}

/** Checks one answer against its question; throws a one-line invalid_input error when it does not fit. */
function checkAnswer(guess: EntryGuess, id: string, answer: string): void {
  if (guess.answerType === 'choice' && !guess.choices.some((c) => c.value === answer))
    throw badAnswer(id, `must be one of ${guess.choices.map((c) => c.value).join(', ')}`);
  if (guess.answerType === 'day' && !isDay(answer)) throw badAnswer(id, 'must be a day written yyyy-mm-dd');
  if (guess.answerType === 'year' && !(/^\d{4}$/.test(answer) && Number(answer) >= MIN_YEAR && Number(answer) <= MAX_YEAR))
    throw badAnswer(id, `must be a year from ${MIN_YEAR} to ${MAX_YEAR}`);
}

export interface AnsweredEntry {
  /**
   * The entry as the answers (and the default day) make it, fitted to the limits again: one
   * entry, or in the rare case an answer pushes a body past its limit, its parts.
   */
  parts: ImportedEntry[];
  /** Its questions, with the answer in force, ids prefixed by the entry's place in the file. */
  guesses: ImportGuess[];
  /** The file gave it no date: it takes the default day unless its own question was answered. */
  undated: boolean;
}

/**
 * Applies the user's answers to every entry of an import. Every answer must name a question this
 * file asks and be one of its accepted answers, else nothing is applied and the call is refused.
 */
export function answerGuesses(
  entries: readonly ImportedEntry[],
  answers: Readonly<Record<string, string>>,
  defaultDate: Day | undefined,
  /** What names each entry in question ids; its place in the list unless given. */
  keys?: readonly string[],
): AnsweredEntry[] {
  const used = new Set<string>();
  const out = entries.map((original, place): AnsweredEntry => {
    const index = keys?.[place] ?? String(place);
    const asked = [...(original.date === null ? [dateGuess(original, defaultDate)] : []), ...(original.guesses ?? [])];
    let entry = original;
    let changed = false;
    const guesses = asked.map((guess): ImportGuess => {
      const id = `${index}:${guess.id}`;
      const given = Object.hasOwn(answers, id) ? answers[id] : undefined;
      if (given !== undefined) {
        checkAnswer(guess, id, given);
        used.add(id);
      }
      const answer = given ?? guess.assumed;
      if (answer !== '' && (given !== undefined || guess.kind === 'date')) {
        entry = guess.apply(entry, answer);
        changed = true;
      }
      const { apply: _apply, ...shown } = guess;
      return { ...shown, id, answer, answered: given !== undefined };
    });
    // An answer can lengthen the title (a tag put back, a sentence kept whole): fit it again.
    const parts = changed
      ? fitToLimits({ ...entry, warnings: [] }).map((part) => ({
          ...part,
          warnings: [...new Set([...original.warnings, ...part.warnings])],
        }))
      : [entry];
    return { parts, guesses, undated: original.date === null };
  });
  const unknown = Object.keys(answers).find((id) => !used.has(id));
  if (unknown !== undefined)
    throw new ChronicleError('invalid_input', `This file asks no question ${unknown}; read the preview again.`, { question: unknown });
  return out;
}

const NOTE_CHOICES = [
  { value: 'note', label: 'Keep as a note' },
  { value: 'entry', label: 'Make it an entry' },
];

/** A note as an entry of its own: its first line the title, the rest the body; its day is asked. */
function noteAsEntry(note: string): ImportedEntry {
  const [first = '', ...more] = note.split('\n');
  const { title, rest } = splitTitle(first.trim());
  return {
    date: null,
    title,
    body: [rest, more.join('\n').trim()].filter(Boolean).join('\n\n'),
    impact: '',
    section: 'projects',
    kind: 'accomplishment',
    themes: [],
    people: [],
    starred: false,
    warnings: [],
  };
}

export interface AnsweredNotes {
  /** The notes still kept as notes (the year's reflection). */
  kept: string[];
  /** The notes the user made entries, with the key their own questions are named by ("n0"). */
  entries: { key: string; entry: ImportedEntry }[];
  /** One question per note, "Kept as a note, not an entry — right?", with the answer in force. */
  questions: ImportGuess[];
  /** The answers that are not about notes, for answerGuesses. */
  rest: Record<string, string>;
}

/**
 * Text around the entries (an introduction, a name and role line, a format note) is kept as a
 * note, which is itself a guess: each note asks whether it should be an entry instead.
 */
export function answerNotes(notes: readonly string[], answers: Readonly<Record<string, string>>): AnsweredNotes {
  const rest: Record<string, string> = {};
  const given = new Map<string, string>();
  for (const [id, answer] of Object.entries(answers)) {
    if (/^note:\d+$/.test(id)) given.set(id, answer);
    else rest[id] = answer;
  }
  const kept: string[] = [];
  const entries: AnsweredNotes['entries'] = [];
  const questions = notes.map((note, k): ImportGuess => {
    const id = `note:${k}`;
    const answer = given.get(id);
    if (answer !== undefined && !NOTE_CHOICES.some((c) => c.value === answer)) throw badAnswer(id, 'must be one of note, entry');
    given.delete(id);
    if (answer === 'entry') entries.push({ key: `n${k}`, entry: noteAsEntry(note) });
    else kept.push(note);
    return {
      id,
      kind: 'note',
      question: 'Kept as a note, not an entry — right?',
      from: note,
      answerType: 'choice',
      choices: NOTE_CHOICES,
      assumed: 'note',
      answer: answer ?? 'note',
      answered: answer !== undefined,
    };
  });
  const unknown = [...given.keys()][0];
  if (unknown !== undefined)
    throw new ChronicleError('invalid_input', `This file asks no question ${unknown}; read the preview again.`, { question: unknown });
  return { kept, entries, questions, rest };
}
