import { formatDay } from '../../../shared/domain/review/period';
import { useReviewPeriod } from '../../query/queries';
import { errorMessage } from '../../ui/errors';
import { PeriodPicker } from '../../ui/PeriodPicker';
import { usePeriodChoice } from '../../ui/usePeriodChoice';
import { PrintButton } from '../../ui/PrintButton';
import { ExportButton } from './ExportButton';
import { ExportCard } from './ExportCard';
import { useSaveExport } from '../../entries/useSaveExport';

/** The brag document itself, for the same period the review looks at (the choice is shared). */
export function BragExport() {
  const [choice, setChoice] = usePeriodChoice();
  const period = useReviewPeriod(choice);
  const { saveFile } = useSaveExport();
  const refused = period.isError;

  return (
    <ExportCard
      id="brag"
      icon="document"
      title="Brag document"
      description="Your goals and entries for a period in Julia Evans’ template, one section after another, with impact and themes."
    >
      <PeriodPicker choice={choice} onChange={setChoice} {...(period.data ? { resolved: period.data } : {})} />
      <div className="export-actions">
        <ExportButton disabled={refused} onExport={() => saveFile({ kind: 'brag', period: choice })}>
          Export brag document
        </ExportButton>
        {!refused && (
          <PrintButton
            document={{ what: 'brag', period: choice }}
            fileName={`Brag document ${period.data?.label ?? ''}`.trim().replace(/[\\/:*?"<>|]+/g, ' ') + '.pdf'}
          />
        )}
        {period.data && !refused && (
          <span className="export-note">
            {formatDay(period.data.from)} – {formatDay(period.data.to)}
          </span>
        )}
        {refused && (
          <span className="field-error" role="alert">
            {errorMessage(period.error)}
          </span>
        )}
      </div>
    </ExportCard>
  );
}
