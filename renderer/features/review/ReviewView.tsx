import { type KeyboardEvent } from 'react';
import type { Day } from '../../../shared/domain/day';
import { formatDay } from '../../../shared/domain/review/period';
import type { SectionId } from '../../../shared/domain/sections';
import type { ReviewTab } from '../../app/navigation';
import { useReviewPeriod } from '../../query/queries';
import { Dashboard } from './Dashboard';
import { DraftView } from './DraftView';
import { PeriodPicker } from '../../ui/PeriodPicker';
import { ReadinessCheck } from './ReadinessCheck';
import { usePeriodChoice } from '../../ui/usePeriodChoice';
import { WritingView } from './WritingView';

const TABS: readonly { id: ReviewTab; label: string }[] = [
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'check', label: 'Readiness check' },
  { id: 'writing', label: 'Drafts' },
];

/**
 * Review season: pick a period, see it at a glance, fix what a reviewer would notice, and turn
 * it into writing (a summary, a packet, résumé bullets).
 */
export function ReviewView({
  tab = 'dashboard',
  draftId,
  onTab,
  onOpenDraft,
  onOpenEntry,
  onOpenDay,
  onNewEntry,
}: {
  tab?: ReviewTab;
  draftId?: string;
  onTab: (tab: ReviewTab) => void;
  onOpenDraft: (id: string | undefined) => void;
  onOpenEntry: (id: string) => void;
  onOpenDay: (day: Day) => void;
  onNewEntry: (preset: { date?: Day; section?: SectionId }) => void;
}) {
  const [choice, setChoice] = usePeriodChoice();
  const period = useReviewPeriod(choice);

  if (draftId) {
    return (
      <div className="page review-page">
        <div className="page-inner page-wide">
          <DraftView id={draftId} onBack={() => onOpenDraft(undefined)} onOpenEntry={onOpenEntry} />
        </div>
      </div>
    );
  }

  const onTabKey = (event: KeyboardEvent) => {
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    event.preventDefault();
    const index = TABS.findIndex((t) => t.id === tab);
    const next = TABS[(index + delta + TABS.length) % TABS.length];
    if (!next) return;
    onTab(next.id);
    event.currentTarget.querySelector<HTMLElement>(`#review-tab-${next.id}`)?.focus();
  };

  return (
    <div className="page review-page">
      <div className="page-inner page-wide">
        <header className="page-header review-header">
          <div className="review-title-row">
            <div>
              <h1 className="page-title">Review</h1>
              <p className="page-lede review-period-line" aria-live="polite">
                {period.data && !period.isError ? (
                  <>
                    <strong>{period.data.label}</strong>
                    {period.data.label !== `${formatDay(period.data.from)} – ${formatDay(period.data.to)}` && (
                      <span className="review-period-days">
                        {' '}
                        · {formatDay(period.data.from)} – {formatDay(period.data.to)}
                      </span>
                    )}
                  </>
                ) : (
                  '\u00a0'
                )}
              </p>
            </div>
          </div>
          <PeriodPicker choice={choice} onChange={setChoice} resolved={period.data} />
        </header>
        <div className="review-tabs" role="tablist" aria-label="Review" onKeyDown={onTabKey}>
          {TABS.map((t) => (
            <button
              key={t.id}
              id={`review-tab-${t.id}`}
              type="button"
              role="tab"
              aria-selected={tab === t.id}
              aria-controls="review-panel"
              tabIndex={tab === t.id ? 0 : -1}
              className={`review-tab ${tab === t.id ? 'is-current' : ''}`}
              onClick={() => onTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        <div id="review-panel" role="tabpanel" aria-labelledby={`review-tab-${tab}`} className="review-panel">
          {tab === 'dashboard' && <Dashboard choice={choice} onOpenEntry={onOpenEntry} onOpenDay={onOpenDay} onNewEntry={onNewEntry} />}
          {tab === 'check' && <ReadinessCheck choice={choice} onOpenEntry={onOpenEntry} onNewEntry={onNewEntry} />}
          {tab === 'writing' && <WritingView choice={choice} period={period.data} onOpenDraft={(id) => onOpenDraft(id)} />}
        </div>
      </div>
    </div>
  );
}
