import { format } from 'date-fns';
import { dateOfDay, dayOf, weekStartOf } from '../../../shared/domain/day';
import type { Entry } from '../../../shared/domain/model';
import { useSettings } from '../../query/queries';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/Toasts';
import { CaptureForm } from './CaptureForm';

/** "this week", or "the week of 16 Nov" for an entry dated in another week. */
export function weekName(entry: Entry, weekStartsOn: Parameters<typeof weekStartOf>[1]): string {
  const week = weekStartOf(entry.date, weekStartsOn);
  if (week === weekStartOf(dayOf(new Date()), weekStartsOn)) return 'this week';
  return `the week of ${format(dateOfDay(week), 'd MMM yyyy')}`;
}

/** Quick capture from anywhere in the app: jot it down, get back to what you were doing. */
export function QuickCaptureDialog({ onClose, onOpenEntry }: { onClose: () => void; onOpenEntry: (id: string) => void }) {
  const toast = useToast();
  const settings = useSettings();
  return (
    <Dialog label="Quick capture" onClose={onClose} className="capture-dialog">
      <h2 className="capture-heading">Quick capture</h2>
      <CaptureForm
        onCancel={onClose}
        onSaved={(entry) => {
          onClose();
          toast({
            message: `Added to ${weekName(entry, settings.data?.weekStartsOn ?? 1)}`,
            action: { label: 'Open', run: () => onOpenEntry(entry.id) },
          });
        }}
      />
    </Dialog>
  );
}
