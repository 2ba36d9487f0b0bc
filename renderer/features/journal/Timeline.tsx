import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, type Ref, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import type { EntryListItem } from '../../../shared/domain/model';
import type { EntryFilter } from '../../query/keys';
import { useEntryList, useSettings } from '../../query/queries';
import { errorMessage } from '../../ui/errors';
import { ExampleBadge } from '../../ui/ExampleBadge';
import { Icon } from '../../ui/Icon';
import { ThemeChip } from '../../ui/ThemeChip';
import { entryDateLabel, timelineRows } from '../../entries/weeks';

const WEEK_ROW_HEIGHT = 40;
const ENTRY_ROW_HEIGHT = 104;
/** Start loading the next page this many rows before the end, so scrolling never waits. */
const PREFETCH_ROWS = 30;

export interface TimelineHandle {
  focus(): void;
  /** Selects the entry `delta` places away from the selected one. */
  move(delta: number): void;
  /** The entry to show after `id` leaves the list: the next older one, else the newer one. */
  neighbourOf(id: string): string | null;
}

interface Props {
  ref?: Ref<TimelineHandle>;
  filter: EntryFilter;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Enter on the list: go to the editor. */
  onOpen: (id: string) => void;
  empty: ReactNode;
  label: string;
}

/** Entries newest first, grouped by week, paged in as you scroll and only the visible ones drawn. */
export function Timeline({ ref, filter, selectedId, onSelect, onOpen, empty, label }: Props) {
  const list = useEntryList(filter);
  const scrollRef = useRef<HTMLDivElement>(null);

  const entries = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const weekStartsOn = useSettings().data?.weekStartsOn ?? 1;
  const rows = useMemo(() => timelineRows(entries, weekStartsOn), [entries, weekStartsOn]);
  const rowIndexById = useMemo(() => new Map(rows.map((r, i) => [r.key, i])), [rows]);

  const virtualizer = useVirtualizer({
    count: rows.length + (list.hasNextPage ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (rows[index]?.kind === 'week' ? WEEK_ROW_HEIGHT : ENTRY_ROW_HEIGHT),
    overscan: 12,
    getItemKey: (index) => rows[index]?.key ?? 'loader',
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (list.hasNextPage && !list.isFetchingNextPage && lastIndex >= rows.length - PREFETCH_ROWS) {
      void list.fetchNextPage();
    }
  }, [lastIndex, rows.length, list]);

  const select = (entry: EntryListItem | undefined) => {
    if (!entry) return;
    onSelect(entry.id);
    const index = rowIndexById.get(entry.id);
    if (index !== undefined) virtualizer.scrollToIndex(index, { align: 'auto' });
  };

  const move = (delta: number) => {
    if (entries.length === 0) return;
    const current = selectedId ? entries.findIndex((e) => e.id === selectedId) : -1;
    const next = current < 0 ? (delta > 0 ? 0 : entries.length - 1) : current + delta;
    select(entries[Math.max(0, Math.min(entries.length - 1, next))]);
  };

  useImperativeHandle(ref, () => ({
    focus: () => scrollRef.current?.focus(),
    move,
    neighbourOf(id) {
      const index = entries.findIndex((e) => e.id === id);
      if (index < 0) return null;
      return (entries[index + 1] ?? entries[index - 1])?.id ?? null;
    },
  }));

  // Keep the selected entry in view when it is chosen from elsewhere (search, a new entry); only
  // when the selection changes, not on every page load, so the rows are read through a ref.
  const rowsNow = useRef({ rowIndexById, virtualizer });
  rowsNow.current = { rowIndexById, virtualizer };
  useEffect(() => {
    if (!selectedId) return;
    const index = rowsNow.current.rowIndexById.get(selectedId);
    if (index !== undefined) rowsNow.current.virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedId]);

  if (list.isPending) {
    return (
      <div className="timeline-status" aria-busy="true">
        Loading entries…
      </div>
    );
  }
  if (list.isError) {
    return (
      <div className="timeline-status" role="alert">
        Couldn’t load entries: {errorMessage(list.error)}{' '}
        <button type="button" className="button button-small" onClick={() => void list.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  if (entries.length === 0) return <>{empty}</>;

  const activeId = selectedId && rowIndexById.has(selectedId) ? `timeline-option-${selectedId}` : undefined;

  return (
    <div
      ref={scrollRef}
      className="timeline"
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={activeId}
      onKeyDown={(event) => {
        if (event.altKey || event.ctrlKey || event.metaKey) return;
        const key = event.key;
        if (key === 'ArrowDown' || key === 'j') move(1);
        else if (key === 'ArrowUp' || key === 'k') move(-1);
        else if (key === 'Home') select(entries[0]);
        else if (key === 'End') select(entries[entries.length - 1]);
        else if (key === 'PageDown') move(6);
        else if (key === 'PageUp') move(-6);
        else if (key === 'Enter' && selectedId) onOpen(selectedId);
        else return;
        event.preventDefault();
      }}
    >
      <div className="timeline-inner" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows[item.index];
          const style = { transform: `translateY(${item.start}px)` };
          if (!row) {
            return (
              <div key={item.key} className="timeline-row timeline-loader" style={{ ...style, height: item.size }} role="presentation">
                Loading older entries…
              </div>
            );
          }
          if (row.kind === 'week') {
            return (
              <div key={item.key} className="timeline-row timeline-week" style={{ ...style, height: item.size }} role="presentation">
                {row.label}
              </div>
            );
          }
          const entry = row.entry;
          const selected = entry.id === selectedId;
          return (
            <div
              key={item.key}
              // Rows are as tall as their content (a two-line title, an excerpt or not): measured.
              ref={virtualizer.measureElement}
              data-index={item.index}
              id={`timeline-option-${entry.id}`}
              role="option"
              aria-selected={selected}
              className={`timeline-row timeline-entry ${selected ? 'is-selected' : ''}`}
              style={style}
              onClick={() => {
                onSelect(entry.id);
                scrollRef.current?.focus({ preventScroll: true });
              }}
              onDoubleClick={() => onOpen(entry.id)}
            >
              <div className="timeline-entry-top">
                <span className="timeline-entry-date">{entryDateLabel(entry)}</span>
                {entry.starred && (
                  <span className="timeline-star" title="Starred">
                    <Icon name="star" size={13} filled />
                    <span className="visually-hidden">Starred</span>
                  </span>
                )}
                {entry.kind === 'kudos' && <span className="kind-badge kind-kudos">Kudos</span>}
                {entry.kind === 'learning' && <span className="kind-badge kind-learning">Learning</span>}
                {entry.sample && <ExampleBadge />}
              </div>
              <div className="timeline-entry-title" dir="auto" title={entry.title}>
                {entry.title}
              </div>
              {entry.excerpt ? (
                <div className="timeline-entry-excerpt" dir="auto">
                  {entry.excerpt}
                </div>
              ) : (
                entry.impactExcerpt && (
                  <div className="timeline-entry-excerpt timeline-entry-impact" dir="auto">
                    <span className="visually-hidden">Impact: </span>
                    {entry.impactExcerpt}
                  </div>
                )
              )}
              {entry.themes.length > 0 && (
                <div className="timeline-entry-themes">
                  {entry.themes.map((t) => (
                    <ThemeChip key={t.id} name={t.name} color={t.color} />
                  ))}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
