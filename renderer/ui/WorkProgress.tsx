import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { MethodName } from '../../shared/api/contract';
import type { Work, WorkTracker } from '../api/workInProgress';

/** A call that answers within this is not worth a bar: it would only flash. */
export const SHOW_AFTER_MS = 300;

const LABELS: Partial<Record<MethodName, string>> = {
  'review.dashboard': 'Counting the period',
  'review.check': 'Checking the period',
  'review.summary': 'Writing the summary',
  'review.packet': 'Writing the packet',
  'review.bullets': 'Drafting résumé bullets',
  'drafts.create': 'Writing the draft',
  'drafts.regenerate': 'Writing the draft again',
  'export.file': 'Exporting',
  'export.folder': 'Exporting',
  'import.preview': 'Reading the file',
  'import.commit': 'Importing',
  'samples.load': 'Adding the examples',
  'suggestions.list': 'Reading your commits',
};

function label(work: Work): string {
  if (work.phase === 'indexing') return 'Making it searchable';
  return LABELS[work.method] ?? 'Working';
}

const count = new Intl.NumberFormat();

/**
 * The progress bar for long work: one line per long call still running after a moment, with a
 * determinate bar and "3,000 of 10,000 entries" when the backend reports counts, else a moving one.
 */
export function WorkProgress({ tracker }: { tracker: WorkTracker }) {
  const running = useSyncExternalStore(tracker.subscribe, tracker.current);
  const [now, setNow] = useState(() => Date.now());
  // Wake up when the next call crosses the threshold, so a bar appears without waiting for an event.
  useEffect(() => {
    const hidden = running.filter((work) => work.startedAt + SHOW_AFTER_MS > now);
    if (hidden.length === 0) return;
    const next = Math.min(...hidden.map((work) => work.startedAt + SHOW_AFTER_MS));
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, next - Date.now()));
    return () => clearTimeout(timer);
  }, [running, now]);

  const shown = running.filter((work) => work.startedAt + SHOW_AFTER_MS <= now);
  const card = useRef<HTMLElement>(null);
  // A popover sits in the top layer, so the bar shows above a modal dialog (the import's preview)
  // instead of dimmed behind it. Shown again on each change, so it stays above a dialog opened later.
  useLayoutEffect(() => {
    const element = card.current;
    if (!element) return;
    if (element.matches(':popover-open')) element.hidePopover();
    element.showPopover();
  });
  if (shown.length === 0) return null;
  return (
    <section ref={card} popover="manual" className="work-progress" aria-label="Work in progress" aria-live="polite">
      {shown.map((work) => {
        const known = work.total !== undefined && work.done !== undefined && work.total > 0;
        const text = label(work);
        return (
          <div className="work-progress-item" key={work.id}>
            <div className="work-progress-label">{text}…</div>
            {known ? (
              <div
                className="work-progress-bar"
                role="progressbar"
                aria-label={text}
                aria-valuemin={0}
                aria-valuemax={work.total}
                aria-valuenow={work.done}
              >
                <span style={{ width: `${(100 * (work.done ?? 0)) / (work.total ?? 1)}%` }} />
              </div>
            ) : (
              <div className="work-progress-bar is-indeterminate" role="progressbar" aria-label={text}>
                <span />
              </div>
            )}
            {known && (
              <div className="work-progress-count">
                {count.format(work.done ?? 0)} of {count.format(work.total ?? 0)} entries
              </div>
            )}
          </div>
        );
      })}
    </section>
  );
}
