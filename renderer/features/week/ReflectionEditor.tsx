import type { Day } from '../../../shared/domain/day';
import type { ReflectionPeriod } from '../../../shared/domain/model';
import { MarkdownEditor } from '../../editor/MarkdownEditor';
import { useReflection } from '../../query/queries';
import { errorMessage } from '../../ui/errors';
import { SaveIndicator } from '../../ui/SaveIndicator';
import { useReflectionAutosave } from './useReflectionAutosave';

/** A reflection on a week, quarter or year, with the questions worth answering beside it. */
export function ReflectionEditor({
  period,
  start,
  label,
  prompts,
  placeholder,
  note,
}: {
  period: ReflectionPeriod;
  start: Day;
  /** The editor's accessible name, e.g. "Reflection on the week". */
  label: string;
  prompts: readonly string[];
  placeholder: string;
  note?: string;
}) {
  const reflection = useReflection(period, start);
  return (
    <div className="reflection">
      <ul className="reflection-prompts" aria-label="Questions to reflect on">
        {prompts.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ul>
      {note && <p className="reflection-note">{note}</p>}
      {reflection.isError ? (
        <p className="field-error" role="alert">
          Couldn’t load the reflection: {errorMessage(reflection.error)}
        </p>
      ) : reflection.isPending ? (
        <div className="reflection-loading" aria-busy="true" />
      ) : (
        <LoadedReflection
          key={`${period}-${start}`}
          period={period}
          start={start}
          initialBody={reflection.data?.body ?? ''}
          label={label}
          placeholder={placeholder}
        />
      )}
    </div>
  );
}

function LoadedReflection({
  period,
  start,
  initialBody,
  label,
  placeholder,
}: {
  period: ReflectionPeriod;
  start: Day;
  initialBody: string;
  label: string;
  placeholder: string;
}) {
  const { status, change, flush } = useReflectionAutosave(period, start, initialBody);
  return (
    <>
      <div className="reflection-editor">
        <MarkdownEditor
          initialMarkdown={initialBody}
          onChange={change}
          ariaLabel={label}
          placeholder={placeholder}
          variant="compact"
          onSubmitShortcut={() => void flush()}
        />
      </div>
      <SaveIndicator status={status} onRetry={() => void flush()} className="reflection-status" idleLabel="Saved as you type" />
    </>
  );
}
