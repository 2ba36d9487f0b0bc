import type { ReactNode } from 'react';
import { KIND_LABELS, type EntryListItem } from '../../shared/domain/model';
import { ExampleBadge } from '../ui/ExampleBadge';
import { Icon } from '../ui/Icon';
import { ThemeChip } from '../ui/ThemeChip';
import { entryDateLabel } from './weeks';

/**
 * One entry in a compact list (the week, a goal's evidence, a person, a day, a theme's story).
 * The whole row opens the entry; `children` adds actions beside it.
 */
export function EntryRow({
  entry,
  onOpen,
  showImpact = false,
  showYear = false,
  compact = false,
  children,
}: {
  entry: EntryListItem;
  onOpen: (id: string) => void;
  /** Show what happened because of it, instead of the opening of the text. */
  showImpact?: boolean;
  showYear?: boolean;
  /** Date and title only, for short lists such as a goal's evidence. */
  compact?: boolean;
  children?: ReactNode;
}) {
  // Kudos are what someone else said: their words matter more than an "impact".
  const impactFirst = showImpact && entry.kind !== 'kudos';
  const text = impactFirst ? entry.impactExcerpt : entry.excerpt || entry.impactExcerpt;
  return (
    <li className="entry-row">
      <button type="button" className="entry-row-main" onClick={() => onOpen(entry.id)}>
        <span className="entry-row-top">
          <span className="entry-row-date">
            {entryDateLabel(entry)}
            {showYear && (entry.datePrecision ?? 'day') === 'day' && !entry.dateEnd && ` ${entry.date.slice(0, 4)}`}
          </span>
          {entry.kind !== 'accomplishment' && <span className={`kind-badge kind-${entry.kind}`}>{KIND_LABELS[entry.kind]}</span>}
          {entry.starred && (
            <span className="timeline-star" title="Starred">
              <Icon name="star" size={12} filled />
              <span className="visually-hidden">Starred</span>
            </span>
          )}
          {entry.sample && <ExampleBadge />}
        </span>
        <span className="entry-row-title" dir="auto">
          {entry.title}
        </span>
        {compact ? null : impactFirst ? (
          text ? (
            <span className="entry-row-impact">
              <span className="entry-row-impact-label">Impact</span> {text}
            </span>
          ) : (
            <span className="entry-row-impact is-missing">No impact written yet</span>
          )
        ) : (
          text && <span className="entry-row-excerpt">{text}</span>
        )}
        {!compact && entry.themes.length > 0 && (
          <span className="entry-row-themes">
            {entry.themes.map((t) => (
              <ThemeChip key={t.id} name={t.name} color={t.color} />
            ))}
          </span>
        )}
      </button>
      {children && <div className="entry-row-actions">{children}</div>}
    </li>
  );
}
