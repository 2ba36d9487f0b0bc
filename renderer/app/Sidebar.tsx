import { type ReactNode, useState } from 'react';
import { SECTIONS } from '../../shared/domain/sections';
import { useSystemInfo, useThemes } from '../query/queries';
import { Icon, type IconName } from '../ui/Icon';
import { QUICK_CAPTURE_SHORTCUT, shortcutLabel, withShortcut } from '../ui/shortcuts';
import { placeShortcut, TRANSFER_SHORTCUT, type View } from './navigation';

interface Props {
  view: View;
  onNavigate: (view: View) => void;
  onNewEntry: () => void;
  onSearch: () => void;
  onCapture: () => void;
}

const SECTIONS_OPEN_KEY = 'chronicle.sidebar.sections';

function useRememberedToggle(key: string, initial: boolean): [boolean, () => void] {
  const [open, setOpen] = useState(() => {
    try {
      const stored = localStorage.getItem(key);
      return stored === null ? initial : stored === 'true';
    } catch {
      return initial;
    }
  });
  const toggle = () =>
    setOpen((was) => {
      try {
        localStorage.setItem(key, String(!was));
      } catch {
        // Without storage the choice lasts for this window only.
      }
      return !was;
    });
  return [open, toggle];
}

/** Where everything is: the week, the journal and its views, sections, themes; trash and settings at the bottom. */
export function Sidebar({ view, onNavigate, onNewEntry, onSearch, onCapture }: Props) {
  const themes = useThemes();
  const info = useSystemInfo();
  const [sectionsOpen, toggleSections] = useRememberedToggle(SECTIONS_OPEN_KEY, false);
  const filter = view.kind === 'journal' ? view.filter : null;
  const isJournal = filter !== null && !filter.themeId && !filter.starred && !filter.section;
  const isHighlights = filter !== null && !filter.themeId && Boolean(filter.starred);
  const currentSection = filter && !filter.themeId && !filter.starred ? filter.section : undefined;

  return (
    <nav className="sidebar" aria-label="Chronicle">
      <div className="sidebar-brand">Chronicle</div>
      <div className="sidebar-actions">
        <button type="button" className="button button-primary sidebar-new" title={withShortcut('New entry', 'Mod+N')} onClick={onNewEntry}>
          <Icon name="plus" /> New entry
        </button>
        <button
          type="button"
          className="button sidebar-capture"
          aria-label="Quick capture"
          title={withShortcut('Quick capture', QUICK_CAPTURE_SHORTCUT)}
          onClick={onCapture}
        >
          <Icon name="bolt" />
        </button>
      </div>
      <button type="button" className="sidebar-search" title={withShortcut('Search', 'Mod+K')} onClick={onSearch}>
        <Icon name="search" />
        <span>Search</span>
        <kbd>{shortcutLabel('Mod+K')}</kbd>
      </button>

      <ul className="sidebar-list">
        <NavItem icon="week" label="This week" current={view.kind === 'week'} onClick={() => onNavigate({ kind: 'week' })} />
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
        <NavItem icon="calendar" label="Calendar" current={view.kind === 'calendar'} onClick={() => onNavigate({ kind: 'calendar' })} />
        <NavItem
          icon="goal"
          label="Goals"
          current={view.kind === 'goals' || view.kind === 'reflections'}
          onClick={() => onNavigate({ kind: 'goals' })}
        />
        <NavItem icon="people" label="People" current={view.kind === 'people'} onClick={() => onNavigate({ kind: 'people' })} />
        <NavItem icon="tag" label="Themes" current={view.kind === 'themes'} onClick={() => onNavigate({ kind: 'themes' })} />
        <NavItem icon="review" label="Review" current={view.kind === 'review'} onClick={() => onNavigate({ kind: 'review' })} />
      </ul>

      <div className="sidebar-heading">
        <button type="button" className="sidebar-heading-toggle" aria-expanded={sectionsOpen} onClick={toggleSections}>
          <Icon name={sectionsOpen ? 'chevronDown' : 'chevronRight'} size={12} />
          <span>Sections</span>
        </button>
      </div>
      {sectionsOpen && (
        <ul className="sidebar-list" aria-label="Sections">
          {SECTIONS.map((section) => (
            <NavItem
              key={section.id}
              label={section.label}
              marker={<span className="section-marker" aria-hidden="true" />}
              current={currentSection === section.id}
              onClick={() => onNavigate({ kind: 'journal', filter: { section: section.id } })}
            />
          ))}
        </ul>
      )}

      <div className="sidebar-heading">
        <span className="sidebar-heading-text">Themes</span>
        <button
          type="button"
          className={`link-button sidebar-manage ${view.kind === 'themes' ? 'is-current' : ''}`}
          aria-current={view.kind === 'themes' ? 'page' : undefined}
          title={withShortcut('Manage themes', placeShortcut('Themes') ?? '')}
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
            icon="transfer"
            label="Export & import"
            shortcut={TRANSFER_SHORTCUT}
            current={view.kind === 'transfer'}
            onClick={() => onNavigate({ kind: 'transfer' })}
          />
          <NavItem
            icon="trash"
            label="Trash"
            count={info.data?.trashedCount || undefined}
            current={view.kind === 'trash'}
            onClick={() => onNavigate({ kind: 'trash' })}
          />
          <NavItem
            icon="settings"
            label="Settings"
            shortcut="Mod+,"
            current={view.kind === 'settings'}
            onClick={() => onNavigate({ kind: 'settings' })}
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
  shortcut = placeShortcut(label),
  onClick,
}: {
  icon?: IconName;
  marker?: ReactNode;
  label: string;
  count?: number;
  current: boolean;
  shortcut?: string;
  onClick: () => void;
}) {
  return (
    <li>
      <button
        type="button"
        className={`nav-item ${current ? 'is-current' : ''}`}
        aria-current={current ? 'page' : undefined}
        title={icon && shortcut ? withShortcut(label, shortcut) : undefined}
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
