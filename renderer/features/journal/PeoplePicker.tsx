import { useCallback, useMemo } from 'react';
import { PersonName } from '../../../shared/api/schemas';
import { LIMITS } from '../../../shared/domain/limits';
import type { Person } from '../../../shared/domain/model';
import { ChipPicker, ChipRemoveButton } from '../../ui/ChipPicker';
import { Icon } from '../../ui/Icon';

type Option = { kind: 'person'; person: Person } | { kind: 'new'; name: string };

const MAX_SUGGESTIONS = 8;

/**
 * The people an entry involves, as chips, with suggestions from everyone already named in the
 * journal. A name not seen before is added as it is typed.
 */
export function PeoplePicker({
  value,
  people,
  onChange,
  label,
  error,
}: {
  value: string[];
  people: Person[];
  onChange: (names: string[]) => void;
  label: string;
  error?: string;
}) {
  const chosen = useMemo(() => new Set(value.map((n) => n.toLowerCase())), [value]);
  const suggest = useCallback(
    (query: string): Option[] => {
      const q = query.trim().toLowerCase();
      const matches = people
        .filter((p) => !chosen.has(p.name.toLowerCase()))
        .filter(
          (p) =>
            !q ||
            p.name
              .toLowerCase()
              .split(/\s+/)
              .some((word) => word.startsWith(q)) ||
            p.name.toLowerCase().includes(q),
        )
        // People you work with most come first.
        .sort((a, b) => b.entryCount - a.entryCount)
        .slice(0, MAX_SUGGESTIONS)
        .map((person): Option => ({ kind: 'person', person }));
      const exists = people.some((p) => p.name.toLowerCase() === q) || chosen.has(q);
      return q && !exists ? [...matches, { kind: 'new', name: query.trim() }] : matches;
    },
    [people, chosen],
  );

  const choose = (option: Option): string | null => {
    if (value.length >= LIMITS.peoplePerEntry) return `An entry can name at most ${LIMITS.peoplePerEntry} people.`;
    const parsed = PersonName.safeParse(option.kind === 'person' ? option.person.name : option.name);
    if (!parsed.success) return parsed.error.issues[0]?.message ?? 'That is not a name.';
    if (!chosen.has(parsed.data.toLowerCase())) onChange([...value, parsed.data]);
    return null;
  };

  return (
    <ChipPicker
      className="theme-picker people-picker"
      value={value}
      onChange={onChange}
      chipKey={(name) => name}
      renderChip={(name, remove) => (
        <span className="theme-chip person-chip" title={name}>
          <span className="person-initial" aria-hidden="true">
            {name.trim().charAt(0).toUpperCase()}
          </span>
          <span className="theme-chip-name">{name}</span>
          <ChipRemoveButton label={`Remove ${name}`} onClick={remove} />
        </span>
      )}
      suggest={suggest}
      choose={choose}
      fromText={(name): Option => ({ kind: 'new', name })}
      optionKey={(option) => (option.kind === 'person' ? option.person.id : 'new')}
      renderOption={(option) =>
        option.kind === 'person' ? (
          <>
            <span className="person-initial" aria-hidden="true">
              {option.person.name.charAt(0).toUpperCase()}
            </span>
            <span className="popup-option-label">{option.person.name}</span>
            <span className="popup-option-meta">{option.person.entryCount}</span>
          </>
        ) : (
          <>
            <Icon name="plus" size={14} />
            <span className="popup-option-label">Add “{option.name}”</span>
          </>
        )
      }
      inputLabel={label}
      listLabel="People"
      placeholder={value.length ? 'Add someone…' : 'Add a name, e.g. Priya Raman'}
      // A name typed and left is meant to be kept.
      commitOnBlur
      error={error}
    />
  );
}
