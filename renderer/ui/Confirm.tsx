import { createContext, type ReactNode, useCallback, useContext, useRef, useState } from 'react';
import { Dialog } from './Dialog';

export interface ConfirmOptions {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  /** Destructive actions get a red button. */
  danger?: boolean;
}

type Ask = (options: ConfirmOptions) => Promise<boolean>;
const ConfirmContext = createContext<Ask | null>(null);

/** Asks before something that cannot be undone. */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<ConfirmOptions | null>(null);
  const resolveRef = useRef<(answer: boolean) => void>(() => {});

  const ask = useCallback<Ask>(
    (options) =>
      new Promise<boolean>((resolve) => {
        resolveRef.current(false);
        resolveRef.current = resolve;
        setPending(options);
      }),
    [],
  );

  const answer = (value: boolean) => {
    resolveRef.current(value);
    resolveRef.current = () => {};
    setPending(null);
  };

  return (
    <ConfirmContext.Provider value={ask}>
      {children}
      {pending && (
        <Dialog label={pending.title} onClose={() => answer(false)} className="confirm-dialog">
          <form
            method="dialog"
            onSubmit={(event) => {
              event.preventDefault();
              answer(true);
            }}
          >
            <h2 className="dialog-title">{pending.title}</h2>
            <div className="dialog-body">{pending.message}</div>
            <div className="dialog-actions">
              <button type="button" className="button" onClick={() => answer(false)} autoFocus>
                Cancel
              </button>
              <button type="submit" className={pending.danger ? 'button button-danger' : 'button button-primary'}>
                {pending.confirmLabel}
              </button>
            </div>
          </form>
        </Dialog>
      )}
    </ConfirmContext.Provider>
  );
}

export function useConfirm(): Ask {
  const ask = useContext(ConfirmContext);
  if (!ask) throw new Error('useConfirm must be used inside <ConfirmProvider>');
  return ask;
}
