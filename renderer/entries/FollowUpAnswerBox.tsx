import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Entry } from '../../shared/domain/model';
import { useApi } from '../query/ApiContext';
import { entryWritten, journalChanged } from '../query/cache';
import { errorMessage } from '../ui/errors';

/**
 * "What actually happened?", answered where the follow-up is shown (the week, the review check).
 * The backend adds the answer to the entry's impact, dated. Mod+Enter answers too.
 */
export function FollowUpAnswerBox({
  followUpId,
  label,
  placeholder = 'What actually happened? Which number moved, who used it?',
  autoFocus = false,
  className,
  inputClassName = 'input',
  actionsClassName,
  onAnswered,
  onCancel,
  onDismiss,
}: {
  followUpId: string;
  label: string;
  placeholder?: string;
  autoFocus?: boolean;
  className: string;
  inputClassName?: string;
  actionsClassName: string;
  onAnswered: (entry: Entry) => void;
  /** Shows Cancel: close the box, nothing is sent. */
  onCancel?: () => void;
  /** Shows Dismiss: stop asking; a failure is shown in the box. */
  onDismiss?: () => Promise<void>;
}) {
  const api = useApi();
  const client = useQueryClient();
  const [answer, setAnswer] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };

  const submit = () =>
    run(async () => {
      const entry = await api.invoke('followUps.answer', { id: followUpId, answer });
      entryWritten(client, entry, { reorders: false });
      journalChanged(client);
      onAnswered(entry);
    });

  return (
    <form
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <textarea
        className={inputClassName}
        rows={2}
        aria-label={label}
        placeholder={placeholder}
        autoFocus={autoFocus}
        value={answer}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => {
          setAnswer(event.target.value);
          setProblem(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
            event.preventDefault();
            void submit();
          }
        }}
      />
      <div className={actionsClassName}>
        <button type="submit" className="button button-small button-primary" disabled={busy || !answer.trim()}>
          Add to impact
        </button>
        {onDismiss && (
          <button type="button" className="button button-small button-quiet" disabled={busy} onClick={() => void run(onDismiss)}>
            Dismiss
          </button>
        )}
        {onCancel && (
          <button type="button" className="button button-small button-quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
