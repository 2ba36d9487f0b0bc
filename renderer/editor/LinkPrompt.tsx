import { useId, useState, type FormEvent, type JSX, type KeyboardEvent } from 'react';
import { normaliseLinkUrl } from './linkUrl';

type Props = Readonly<{
  /** The link being edited, or '' for a new one. */
  initialUrl: string;
  onApply: (url: string) => void;
  /** Present only when there is a link to remove. */
  onRemove?: (() => void) | undefined;
  onCancel: () => void;
}>;

/** The small inline form for a link's address; replaces window.prompt, which Electron does not offer. */
export function LinkPrompt({ initialUrl, onApply, onRemove, onCancel }: Props): JSX.Element {
  const [typed, setTyped] = useState(initialUrl);
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const url = normaliseLinkUrl(typed);
    if (url === null) {
      setProblem('Use a web address (https://…) or an e-mail address.');
      return;
    }
    onApply(url);
  };

  const cancelOnEscape = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };

  return (
    <form className="md-link-prompt" role="group" aria-label="Link address" onSubmit={submit} onKeyDown={cancelOnEscape}>
      <input
        className="md-link-prompt__input"
        type="text"
        inputMode="url"
        aria-label="Link address"
        aria-invalid={problem !== null}
        aria-describedby={problem !== null ? problemId : undefined}
        placeholder="https://example.com"
        value={typed}
        autoFocus
        spellCheck={false}
        onChange={(event) => {
          setTyped(event.target.value);
          setProblem(null);
        }}
      />
      <button type="submit" className="md-link-prompt__button md-link-prompt__button--primary">
        {initialUrl === '' ? 'Add link' : 'Save link'}
      </button>
      {onRemove !== undefined && (
        <button type="button" className="md-link-prompt__button" onClick={onRemove}>
          Remove link
        </button>
      )}
      <button type="button" className="md-link-prompt__button" onClick={onCancel}>
        Cancel
      </button>
      {problem !== null && (
        <span id={problemId} className="md-link-prompt__problem" role="alert">
          {problem}
        </span>
      )}
    </form>
  );
}
