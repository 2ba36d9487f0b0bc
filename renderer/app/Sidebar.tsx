import type { ReactNode } from 'react';
import { useSystemInfo, useThemes } from '../query/queries';
import { Icon, type IconName } from '../ui/Icon';
import { shortcutLabel, withShortcut } from '../ui/shortcuts';
import type { View } from './navigation';

interface Props {
  view: View;
  onNavigate: (view: View) => void;
  onNewEntry: () => void;
  onSearch: () => void;
}

/** Where everything is: the journal, its highlights, themes and the trash. */
export function Sidebar({ view, onNavigate, onNewEntry, onSearch }: Props) {
  const themes = useThemes();
  const info = useSystemInfo();
  const filter = view.kind === 'journal' ? view.filter : null;
  const isJournal = filter !== null && !filter.themeId && !filter.starred;
  const isHighlights = filter !== null && !filter.themeId && Boolean(filter.starred);

  return (
    <nav className="sidebar" aria-label="Chronicle">
      <div className="sidebar-brand">Chronicle</div>
      <button type="button" className="button button-primary sidebar-new" title={withShortcut('New entry', 'Mod+N')} onClick={onNewEntry}>
        <Icon name="plus" /> New entry
      </button>
      <button type="button" className="sidebar-search" title={withShortcut('Search', 'Mod+K')} onClick={onSearch}>
        <Icon name="search" />
        <span>Search</span>
        <kbd>{shortcutLabel('Mod+K')}</kbd>
      </button>

      <ul className="sidebar-list">
        <NavItem
          icon="journal"
          label="Journal"
          count={info.data?.entryCount}
          current={isJournal}
          onClick={() => onNavigate({ kind: 'journal', filter: {} })}
        />
        <NavItem
          icon="star"
          label="Highlights"
          current={isHighlights}
          onClick={() => onNavigate({ kind: 'journal', filter: { starred: true } })}
        />
      </ul>

      <div className="sidebar-heading">
        <span>Themes</span>
        <button
          type="button"
          className={`link-button sidebar-manage ${view.kind === 'themes' ? 'is-current' : ''}`}
          aria-current={view.kind === 'themes' ? 'page' : undefined}
          onClick={() => onNavigate({ kind: 'themes' })}
        >
          Manage
        </button>
      </div>
      <ul className="sidebar-list sidebar-themes" aria-label="Themes">
        {themes.data?.map((theme) => (
          <NavItem
            key={theme.id}
            label={theme.name}
            marker={<span className="theme-dot" style={{ background: theme.color }} aria-hidden="true" />}
            count={theme.entryCount}
            current={filter?.themeId === theme.id}
            onClick={() => onNavigate({ kind: 'journal', filter: { themeId: theme.id } })}
          />
        ))}
        {themes.data?.length === 0 && <li className="sidebar-note">No themes yet</li>}
      </ul>

      <div className="sidebar-bottom">
        <ul className="sidebar-list">
          <NavItem
            icon="trash"
            label="Trash"
            count={info.data?.trashedCount || undefined}
            current={view.kind === 'trash'}
            onClick={() => onNavigate({ kind: 'trash' })}
          />
        </ul>
      </div>
    </nav>
  );
}

function NavItem({
  icon,
  marker,
  label,
  count,
  current,
  onClick,
}: {
  icon?: IconName;
  marker?: ReactNode;
  label: string;
  count?: number;
  current: boolean;
  onClick: () => void;
}) {
  return (
    <li>
      <button
        type="button"
        className={`nav-item ${current ? 'is-current' : ''}`}
        aria-current={current ? 'page' : undefined}
        onClick={onClick}
      >
        <span className="nav-marker">{icon ? <Icon name={icon} /> : marker}</span>
        <span className="nav-label">{label}</span>
        {count !== undefined && (
          <span className="nav-count" aria-label={`${count} ${count === 1 ? 'entry' : 'entries'}`}>
            {count.toLocaleString()}
          </span>
        )}
      </button>
    </li>
  );
}
