import { type KeyboardEvent, useRef, useState } from 'react';

/**
 * A name that is renamed where it is shown (a goal, a theme, a person): typing changes only the
 * field; leaving it or pressing Enter renames, Escape puts the stored name back. A name changed
 * elsewhere (a merge, the CLI) shows up unless the person is typing in this field.
 */
export function RenameInPlace({
  value,
  label,
  className,
  multiline = false,
  invalid = false,
  onRename,
  onCancel,
}: {
  /** The stored name. */
  value: string;
  label: string;
  className: string;
  /** A wrapping one-line text area, for long names such as goals; line breaks become spaces. */
  multiline?: boolean;
  invalid?: boolean;
  /** Called with the typed name when it differs from the stored one (ignoring outer spaces). */
  onRename: (name: string) => void;
  /** Escape was pressed: the stored name is back; clear any problem shown for it. */
  onCancel?: () => void;
}) {
  const [text, setText] = useState(value);
  const [syncedFrom, setSyncedFrom] = useState(value);
  const editing = useRef(false);

  if (syncedFrom !== value) {
    setSyncedFrom(value);
    if (!editing.current) setText(value);
  }

  const commit = () => {
    editing.current = false;
    if (text.trim() === value) setText(value);
    else onRename(text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      event.currentTarget.blur();
    }
    if (event.key === 'Escape') {
      setText(value);
      onCancel?.();
    }
  };

  const shared = {
    className,
    'aria-label': label,
    'aria-invalid': invalid ? true : undefined,
    value: text,
    onFocus: () => {
      editing.current = true;
    },
    onBlur: commit,
    onKeyDown,
  };
  return multiline ? (
    <textarea {...shared} rows={1} onChange={(event) => setText(event.target.value.replace(/[\r\n]+/g, ' '))} />
  ) : (
    <input {...shared} onChange={(event) => setText(event.target.value)} />
  );
}
