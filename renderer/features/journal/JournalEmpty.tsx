import type { JournalFilter } from '../../app/navigation';
import type { Theme } from '../../../shared/domain/model';
import { sectionInfo } from '../../../shared/domain/sections';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { shortcutLabel } from '../../ui/shortcuts';

/** The first thing a new user sees: what this is for, and how to start. */
export function EmptyJournal({ onNewEntry }: { onNewEntry: () => void }) {
  return (
    <EmptyState
      title="Your brag document starts here"
      action={
        <>
          <button type="button" className="button button-primary button-large" onClick={onNewEntry}>
            <Icon name="plus" /> Write your first entry
          </button>
          <p className="empty-state-hint">
            or press <kbd>{shortcutLabel('Mod+N')}</kbd> any time
          </p>
        </>
      }
    >
      <p>
        A brag document is a running record of what you did at work and what happened because of it, so that at review time you don’t have
        to reconstruct a year from memory.
      </p>
      <p className="empty-state-aside">Five minutes on a Friday is enough: what did I do this week, and what changed because of it?</p>
    </EmptyState>
  );
}

/** A filter that matches nothing says why, and what to do about it. */
export function EmptyFilter({ filter, theme, onNewEntry }: { filter: JournalFilter; theme?: Theme; onNewEntry: () => void }) {
  const write = (
    <button type="button" className="button" onClick={onNewEntry}>
      <Icon name="plus" /> New entry
    </button>
  );
  if (filter.themeId) {
    return (
      <EmptyState title={`No entries with “${theme?.name ?? 'this theme'}” yet`} action={write}>
        <p>A new entry written here gets this theme. You can also add it to past entries from the editor.</p>
      </EmptyState>
    );
  }
  if (filter.starred && !filter.section) {
    return (
      <EmptyState title="No highlights yet">
        <p>Star the entries you are proudest of. They gather here, ready for your next review.</p>
      </EmptyState>
    );
  }
  if (filter.section) {
    const section = sectionInfo(filter.section);
    return (
      <EmptyState title={`Nothing in ${section.label}${filter.starred ? ' is starred' : ''} yet`} action={write}>
        <p>{section.blurb}</p>
      </EmptyState>
    );
  }
  return <EmptyState title="No entries" action={write} />;
}
