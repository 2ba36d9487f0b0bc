import { useState } from 'react';
import { SECTIONS } from '../../../shared/domain/sections';
import { Icon } from '../../ui/Icon';
import { shortcutLabel } from '../../ui/shortcuts';
import { useWelcomeActions } from '../../entries/useWelcomeActions';

/**
 * The first thing a new journal shows: what a brag document is, Julia Evans' template, and the
 * weekly habit; then a choice between example entries to look around and an empty journal.
 */
export function Welcome({ onNewEntry }: { onNewEntry: () => void }) {
  const { finishWelcome, loadExamples } = useWelcomeActions();
  const [busy, setBusy] = useState(false);

  const run = (work: () => Promise<void>) => {
    setBusy(true);
    void work().finally(() => setBusy(false));
  };

  return (
    <div className="welcome" aria-label="Welcome">
      <p className="welcome-kicker">Welcome to Chronicle</p>
      <h2 className="welcome-title">Your brag document starts here</h2>
      <p className="welcome-lede">
        A brag document is a running record of what you did at work and what happened because of it, so that at review time you don’t have
        to reconstruct a year from memory.
      </p>

      <div className="welcome-panels">
        <section className="welcome-panel" aria-labelledby="welcome-template">
          <h3 id="welcome-template">
            <Icon name="sections" size={15} /> Julia Evans’ template
          </h3>
          <p>
            Every entry belongs to one section, and can carry themes such as <em>leadership</em> or <em>transition</em>.
          </p>
          <ul className="welcome-sections">
            {SECTIONS.map((s) => (
              <li key={s.id}>{s.label}</li>
            ))}
          </ul>
          <p className="welcome-aside">Plus goals for this year and next, with entries as their evidence.</p>
        </section>
        <section className="welcome-panel" aria-labelledby="welcome-habit">
          <h3 id="welcome-habit">
            <Icon name="week" size={15} /> Five minutes a week
          </h3>
          <p>On a Friday, say: what did I do this week, what happened because of it, who helped, whom did I help?</p>
          <p>
            Write it exactly as good as it was. Months later, Chronicle asks what actually happened, so the real result gets written down.
          </p>
          <p className="welcome-aside">Missed a week? The streak forgives one a quarter. The reminder stays quiet once you’ve written.</p>
        </section>
        <section className="welcome-panel" aria-labelledby="welcome-yours">
          <h3 id="welcome-yours">
            <Icon name="journal" size={15} /> Yours, on this computer
          </h3>
          <p>Your journal is one file on this computer. Nothing is sent anywhere.</p>
          <p className="welcome-aside">Entries are kept as Markdown, ready for a review packet or a blog post.</p>
        </section>
      </div>

      <div className="welcome-actions">
        <button
          type="button"
          className="button button-primary button-large"
          disabled={busy}
          onClick={() => {
            void finishWelcome();
            onNewEntry();
          }}
        >
          <Icon name="plus" /> Write your first entry
        </button>
        <button type="button" className="button button-large" disabled={busy} onClick={() => run(loadExamples)}>
          Load example entries
        </button>
        <button type="button" className="button button-quiet button-large" disabled={busy} onClick={() => run(finishWelcome)}>
          Start with an empty journal
        </button>
      </div>
      <p className="empty-state-hint welcome-hint">
        Examples are marked and can be removed in one step. Or press <kbd>{shortcutLabel('Mod+N')}</kbd> any time to write.
      </p>
    </div>
  );
}
