import { format } from 'date-fns';
import { useMemo, useState } from 'react';
import { dateOfDay } from '../../../shared/domain/day';
import type { Person } from '../../../shared/domain/model';
import { useEntryList, usePeople } from '../../query/queries';
import { useConfirm } from '../../ui/Confirm';
import { Dialog } from '../../ui/Dialog';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/errors';
import { Icon } from '../../ui/Icon';
import { RenameInPlace } from '../../ui/RenameInPlace';
import { EntryRow } from '../../entries/EntryRow';
import { usePeopleActions } from './usePeopleActions';

function shortDay(day: string | null): string {
  return day ? format(dateOfDay(day), 'd MMM yyyy') : '—';
}

function entries(n: number): string {
  return `${n.toLocaleString()} ${n === 1 ? 'entry' : 'entries'}`;
}

/** Everyone you worked with, helped, or got kudos from; and what you did together. */
export function PeopleView({
  personId,
  onPerson,
  onOpenEntry,
}: {
  personId?: string;
  onPerson: (id: string | undefined) => void;
  onOpenEntry: (id: string) => void;
}) {
  const people = usePeople();
  const [query, setQuery] = useState('');
  const list = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (people.data ?? [])
      .filter((p) => !q || p.name.toLowerCase().includes(q))
      .sort((a, b) => b.entryCount - a.entryCount || a.name.localeCompare(b.name));
  }, [people.data, query]);
  const selected = people.data?.find((p) => p.id === personId) ?? list[0];

  return (
    <div className="page">
      <div className="page-inner page-wide">
        <header className="page-header">
          <h1 className="page-title">People</h1>
          <p className="page-lede">
            Everyone your entries name: people you worked with, helped, or got kudos from. Collaboration is part of the work, and reviews
            ask about it.
          </p>
        </header>
        {people.isError && (
          <p className="field-error" role="alert">
            Couldn’t load people: {errorMessage(people.error)}
          </p>
        )}
        {people.isSuccess && people.data.length === 0 ? (
          <EmptyState title="No one named yet">
            <p>Add people to an entry (“With”, or “Who gave the kudos?”) and they gather here, with what you did together.</p>
          </EmptyState>
        ) : (
          <div className="people-layout">
            <div className="people-list-pane">
              <input
                className="input people-search"
                type="search"
                aria-label="Find someone"
                placeholder="Find someone…"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
              />
              <ul className="people-list" aria-label="People">
                {list.map((person) => (
                  <li key={person.id}>
                    <button
                      type="button"
                      className={`person-row ${selected?.id === person.id ? 'is-current' : ''}`}
                      aria-current={selected?.id === person.id ? 'true' : undefined}
                      onClick={() => onPerson(person.id)}
                    >
                      <span className="person-avatar" aria-hidden="true">
                        {person.name.charAt(0).toUpperCase()}
                      </span>
                      <span className="person-row-text">
                        <span className="person-row-name">{person.name}</span>
                        <span className="person-row-meta">
                          {entries(person.entryCount)}
                          {person.kudosCount > 0 && ` · ${person.kudosCount} kudos`}
                          {person.lastDate && ` · last ${format(dateOfDay(person.lastDate), 'd MMM')}`}
                        </span>
                      </span>
                    </button>
                  </li>
                ))}
                {list.length === 0 && <li className="sidebar-note">No one matches “{query.trim()}”</li>}
              </ul>
            </div>
            {selected && (
              <PersonDetail
                key={selected.id}
                person={selected}
                people={people.data ?? []}
                onOpenEntry={onOpenEntry}
                onGone={() => onPerson(undefined)}
              />
            )}
          </div>
        )}
      </div>
    </div>
  );
}

function PersonDetail({
  person,
  people,
  onOpenEntry,
  onGone,
}: {
  person: Person;
  people: Person[];
  onOpenEntry: (id: string) => void;
  onGone: () => void;
}) {
  const actions = usePeopleActions();
  const confirm = useConfirm();
  const filter = useMemo(() => ({ personId: person.id }), [person.id]);
  const list = useEntryList(filter);
  const [problem, setProblem] = useState<string | null>(null);
  const [merging, setMerging] = useState(false);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  const rename = (name: string) => {
    actions.rename(person.id, name).then(
      () => setProblem(null),
      (error: unknown) => setProblem(errorMessage(error)),
    );
  };

  const remove = async () => {
    const ok = await confirm({
      title: `Remove ${person.name}?`,
      message: (
        <p>
          {person.name} is taken off {entries(person.entryCount)}; the entries themselves stay. This cannot be undone.
        </p>
      ),
      confirmLabel: 'Remove',
      danger: true,
    });
    if (!ok) return;
    actions.remove(person.id).then(onGone, (error: unknown) => setProblem(errorMessage(error)));
  };

  return (
    <section className="person-detail" aria-label={person.name}>
      <header className="person-detail-header">
        <span className="person-avatar person-avatar-large" aria-hidden="true">
          {person.name.charAt(0).toUpperCase()}
        </span>
        <RenameInPlace
          className="input person-name-input"
          label={`Name of ${person.name}`}
          value={person.name}
          invalid={Boolean(problem)}
          onRename={rename}
          onCancel={() => setProblem(null)}
        />
        <div className="person-actions">
          <button type="button" className="button button-small button-quiet" disabled={people.length < 2} onClick={() => setMerging(true)}>
            <Icon name="merge" size={14} /> Merge…
          </button>
          <button type="button" className="button button-small button-quiet button-danger-quiet" onClick={() => void remove()}>
            <Icon name="trash" size={14} /> Remove
          </button>
        </div>
      </header>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <dl className="person-stats">
        <div>
          <dt>Entries</dt>
          <dd>{person.entryCount.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Kudos from them</dt>
          <dd>{person.kudosCount.toLocaleString()}</dd>
        </div>
        <div>
          <dt>First</dt>
          <dd>{shortDay(person.firstDate)}</dd>
        </div>
        <div>
          <dt>Latest</dt>
          <dd>{shortDay(person.lastDate)}</dd>
        </div>
      </dl>
      {items.length > 0 && (
        <ul className="entry-rows" aria-label={`Entries with ${person.name}`}>
          {items.map((entry) => (
            <EntryRow key={entry.id} entry={entry} onOpen={onOpenEntry} showYear />
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <button type="button" className="button button-small" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          Show older
        </button>
      )}
      {merging && <MergePersonDialog person={person} people={people} onClose={() => setMerging(false)} />}
    </section>
  );
}

function MergePersonDialog({ person, people, onClose }: { person: Person; people: Person[]; onClose: () => void }) {
  const actions = usePeopleActions();
  const others = people.filter((p) => p.id !== person.id).sort((a, b) => a.name.localeCompare(b.name));
  const [targetId, setTargetId] = useState(others[0]?.id ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const target = others.find((p) => p.id === targetId);
  return (
    <Dialog label={`Merge ${person.name}`} onClose={onClose} className="confirm-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!targetId) return;
          actions.merge(person.id, targetId).then(onClose, (error: unknown) => setProblem(errorMessage(error)));
        }}
      >
        <h2 className="dialog-title">Merge {person.name} into someone else</h2>
        <div className="dialog-body">
          <p>For two spellings of one person. Their entries are joined under one name.</p>
          <label className="stacked-field">
            <span>Same person as</span>
            <select className="input select" aria-label="Same person as" value={targetId} onChange={(e) => setTargetId(e.target.value)}>
              {others.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <p>
            {entries(person.entryCount)} move to “{target?.name ?? ''}”, and “{person.name}” is removed.
          </p>
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={!targetId}>
            Merge
          </button>
        </div>
      </form>
    </Dialog>
  );
}
