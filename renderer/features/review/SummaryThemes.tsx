import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { DraftPeriod } from '../../../shared/domain/model';
import { THEME_SCORE_RULE, type ThemeSuggestion } from '../../../shared/domain/review/themeSuggestions';
import { useEntry, useReviewSummary } from '../../query/queries';
import { errorMessage } from '../../ui/errors';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import { useReviewActions } from './useReviewActions';

interface OrderedTheme {
  /** What review.orderThemes stores: a theme's id, or a suggested theme's name. */
  key: string;
  name: string;
  entryCount: number;
  suggested: boolean;
}

/**
 * Beside a summary: the order its themes are told in (the first leads), which the person can
 * change and save, and the themes suggested for untagged entries, which they can accept.
 */
export function SummaryThemes({ period, onRegenerate }: { period: DraftPeriod; onRegenerate: () => Promise<void> }) {
  const summary = useReviewSummary({ kind: 'custom', from: period.from, to: period.to });
  const actions = useReviewActions();
  const toast = useToast();
  const [edited, setEdited] = useState<OrderedTheme[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const fromSummary: OrderedTheme[] = (summary.data?.themeOrder ?? []).map((t) => ({
    key: t.id ?? t.name,
    name: t.name,
    entryCount: t.entryCount,
    suggested: t.suggested,
  }));
  const order = edited ?? fromSummary;

  // Keep the keyboard on the theme that moved, so Alt+↓ can be pressed again and again.
  useEffect(() => {
    if (!focusKey) return;
    listRef.current?.querySelector<HTMLElement>(`[data-theme-key="${CSS.escape(focusKey)}"]`)?.focus();
    setFocusKey(null);
  }, [focusKey]);

  const move = (from: number, to: number) => {
    if (to < 0 || to >= order.length || from === to) return;
    const next = [...order];
    const [moved] = next.splice(from, 1);
    if (!moved) return;
    next.splice(to, 0, moved);
    setEdited(next);
    setFocusKey(moved.key);
  };

  const save = async () => {
    setBusy(true);
    try {
      await actions.orderThemes(order.map((t) => t.key));
      setEdited(null);
      await onRegenerate();
    } catch (error) {
      toast({ message: `Couldn’t save the theme order: ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const accept = async (suggestion: ThemeSuggestion) => {
    setBusy(true);
    try {
      const theme = await actions.acceptTheme({ themeId: suggestion.themeId, name: suggestion.name, entryIds: suggestion.entryIds });
      const count = suggestion.entryIds.length;
      toast({ message: `Tagged ${count} ${count === 1 ? 'entry' : 'entries'} with “${theme.name}”` });
    } catch (error) {
      toast({ message: `Couldn’t accept “${suggestion.name}”: ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  if (summary.isError) {
    return (
      <section className="draft-side-section" aria-labelledby="theme-order-heading">
        <h2 className="section-heading" id="theme-order-heading">
          Theme order
        </h2>
        <p className="field-error" role="alert">
          Couldn’t read the themes: {errorMessage(summary.error)}
        </p>
      </section>
    );
  }

  const suggestions = summary.data?.suggestions ?? [];
  return (
    <>
      <section className="draft-side-section" aria-labelledby="theme-order-heading">
        <h2 className="section-heading" id="theme-order-heading">
          Theme order <span className="card-count">{order.length}</span>
        </h2>
        {order.length === 0 ? (
          <p className="field-hint">{summary.data ? 'No theme in this period yet.' : '…'}</p>
        ) : (
          <>
            <p className="field-hint">The first theme leads the summary. Move one with the arrows, or Alt+↑/↓ on it.</p>
            <p className="field-hint theme-order-rule">{THEME_SCORE_RULE}</p>
            <ol className="theme-order" ref={listRef} aria-label="Theme order">
              {order.map((theme, index) => (
                <ThemeRow key={theme.key} theme={theme} index={index} count={order.length} onMove={(to) => move(index, to)} />
              ))}
            </ol>
            <div className="theme-order-actions">
              <button
                type="button"
                className="button button-small button-primary"
                disabled={edited === null || busy}
                onClick={() => void save()}
                title="Keep this order for summaries and packets, and write this summary again in it as a new version"
              >
                Save order and rewrite
              </button>
              {edited !== null && (
                <button type="button" className="button button-small button-quiet" disabled={busy} onClick={() => setEdited(null)}>
                  Undo changes
                </button>
              )}
            </div>
          </>
        )}
      </section>
      {suggestions.length > 0 && (
        <section className="draft-side-section" aria-labelledby="theme-suggestions-heading">
          <h2 className="section-heading" id="theme-suggestions-heading">
            Suggested themes <span className="card-count">{suggestions.length}</span>
          </h2>
          <p className="field-hint">Untagged entries the summary already places. Accepting tags them.</p>
          <ul className="theme-suggestions" aria-label="Suggested themes">
            {suggestions.map((s) => (
              <li key={`${s.themeId ?? ''}:${s.name}`} className="theme-suggestion" aria-label={`Suggested theme ${s.name}`}>
                <div className="theme-suggestion-head">
                  <span className="theme-suggestion-name">
                    <Icon name="tag" size={12} /> {s.name}
                  </span>
                  <span className="theme-suggestion-basis">{s.basis === 'tagged' ? 'like your tagged entries' : 'new workstream'}</span>
                </div>
                <ul className="theme-suggestion-entries">
                  {s.entryIds.map((id) => (
                    <EntryTitle key={id} id={id} />
                  ))}
                </ul>
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy}
                  aria-label={`Accept ${s.name}`}
                  onClick={() => void accept(s)}
                >
                  <Icon name="check" size={13} /> Accept
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function ThemeRow({ theme, index, count, onMove }: { theme: OrderedTheme; index: number; count: number; onMove: (to: number) => void }) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    onMove(index + (event.key === 'ArrowUp' ? -1 : 1));
  };
  const lead = index === 0;
  return (
    <li className={`theme-order-item ${lead ? 'is-lead' : ''}`} onKeyDown={onKeyDown}>
      <span
        className="theme-order-name"
        tabIndex={0}
        data-theme-key={theme.key}
        aria-label={`${index + 1}. ${theme.name}${lead ? ', the lead' : ''}${theme.suggested ? ', suggested' : ''}, ${theme.entryCount} ${
          theme.entryCount === 1 ? 'entry' : 'entries'
        } (Alt+↑ or Alt+↓ to move)`}
      >
        <span className="theme-order-number">{index + 1}</span>
        <span className="theme-order-text">{theme.name}</span>
        {lead && <span className="theme-order-lead">lead</span>}
        {theme.suggested && <span className="theme-order-suggested">suggested</span>}
      </span>
      <span className="theme-order-count" title={`${theme.entryCount} ${theme.entryCount === 1 ? 'entry' : 'entries'}`}>
        {theme.entryCount}
      </span>
      <span className="theme-order-tools">
        <button
          type="button"
          className="button button-small button-quiet"
          disabled={lead}
          aria-label={`Pin ${theme.name} as lead`}
          title="Pin as the lead theme"
          onClick={() => onMove(0)}
        >
          Lead
        </button>
        <button
          type="button"
          className="icon-button"
          disabled={lead}
          aria-label={`Move ${theme.name} up`}
          title="Move up (Alt+↑)"
          onClick={() => onMove(index - 1)}
        >
          <Icon name="arrowUp" size={13} />
        </button>
        <button
          type="button"
          className="icon-button"
          disabled={index === count - 1}
          aria-label={`Move ${theme.name} down`}
          title="Move down (Alt+↓)"
          onClick={() => onMove(index + 1)}
        >
          <Icon name="arrowDown" size={13} />
        </button>
      </span>
    </li>
  );
}

function EntryTitle({ id }: { id: string }) {
  const entry = useEntry(id);
  return <li className="theme-suggestion-entry">{entry.data?.title ?? (entry.isError ? 'An entry no longer in the journal' : '…')}</li>;
}
