import { type ReactNode, useState } from 'react';
import { Icon } from '../../ui/Icon';

/** Runs an export once at a time: a second click while saving does nothing. */
export function ExportButton({
  onExport,
  disabled,
  children,
  primary = true,
}: {
  onExport: () => Promise<void>;
  disabled?: boolean;
  children: ReactNode;
  primary?: boolean;
}) {
  const [saving, setSaving] = useState(false);
  return (
    <button
      type="button"
      className={`button button-small ${primary ? 'button-primary' : ''}`}
      disabled={disabled || saving}
      aria-busy={saving || undefined}
      onClick={() => {
        setSaving(true);
        void onExport().finally(() => setSaving(false));
      }}
    >
      <Icon name="download" size={14} />
      {children}
    </button>
  );
}
