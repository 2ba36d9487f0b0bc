import { type ReactNode, useState } from 'react';

/**
 * A settings list of plain strings (folders, emails): each with a Remove button, and a one-field
 * form below that adds one. Blank and already-listed values are not added; the field is cleared
 * only once `save` says the new list was kept, so a refused value stays there to be corrected.
 */
export function EditableList({
  items,
  listLabel,
  removeLabel,
  field,
  addText,
  save,
  children,
}: {
  items: readonly string[];
  listLabel: string;
  removeLabel: (item: string) => string;
  field: { id: string; label: string; placeholder: string; type?: 'email' };
  addText: string;
  save: (next: string[]) => Promise<boolean>;
  /** More buttons after the add button (choose a folder, use the detected email). */
  children?: ReactNode;
}) {
  const [value, setValue] = useState('');
  return (
    <>
      <ul className="settings-list" aria-label={listLabel}>
        {items.map((item) => (
          <li key={item} className="settings-list-item">
            <code>{item}</code>
            <button
              type="button"
              className="button button-small button-quiet"
              aria-label={removeLabel(item)}
              onClick={() => void save(items.filter((i) => i !== item))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form
        className="settings-add-row"
        onSubmit={(event) => {
          event.preventDefault();
          const added = value.trim();
          if (!added || items.includes(added)) return;
          void save([...items, added]).then((ok) => ok && setValue(''));
        }}
      >
        <label className="visually-hidden" htmlFor={field.id}>
          {field.label}
        </label>
        <input
          id={field.id}
          className="input"
          type={field.type}
          placeholder={field.placeholder}
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit" className="button button-small" disabled={!value.trim()}>
          {addText}
        </button>
        {children}
      </form>
    </>
  );
}
