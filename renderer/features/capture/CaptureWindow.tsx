import { useEffect, useState } from 'react';
import { useSettings } from '../../query/queries';
import { CaptureForm } from './CaptureForm';
import { weekName } from './QuickCaptureDialog';

/**
 * The whole page when opened at #/capture: the desktop app opens it in a small window from the
 * global shortcut. It closes itself after saving or on Escape. (A browser tab may refuse to
 * close; then it says what happened and offers another.)
 */
export function CaptureWindow() {
  const settings = useSettings();
  const [added, setAdded] = useState<string | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) window.close();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    document.title = 'Quick capture – Chronicle';
  }, []);

  return (
    <main className="capture-window">
      <h1 className="capture-heading">Quick capture</h1>
      {added ? (
        <div className="capture-done" role="status">
          <p>{added}</p>
          <button
            type="button"
            className="button"
            autoFocus
            onClick={() => {
              setAdded(null);
              setRound((r) => r + 1);
            }}
          >
            Write another
          </button>
        </div>
      ) : (
        <CaptureForm
          key={round}
          onCancel={() => window.close()}
          onSaved={(entry) => {
            setAdded(`Added to ${weekName(entry, settings.data?.weekStartsOn ?? 1)}.`);
            window.close();
          }}
        />
      )}
    </main>
  );
}
