import { useState } from 'react';
import type { SectionInfo } from '../../../shared/domain/sections';
import { Icon } from '../../ui/Icon';

const STORAGE_KEY = 'chronicle.guidance.open';

/** Whether the guidance was last left open; remembered across entries and restarts. */
function useRememberedOpen(): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(() => {
    try {
      return localStorage.getItem(STORAGE_KEY) !== 'false';
    } catch {
      return true;
    }
  });
  const set = (next: boolean) => {
    setOpen(next);
    try {
      localStorage.setItem(STORAGE_KEY, String(next));
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for this window only.
    }
  };
  return [open, set];
}

/** The template's advice for the entry's section: at hand, one click to fold away. */
export function SectionGuidance({ section }: { section: SectionInfo }) {
  const [open, setOpen] = useRememberedOpen();
  return (
    <div className={`section-guidance ${open ? 'is-open' : ''}`}>
      <button
        type="button"
        className="section-guidance-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        title={open ? 'Hide the guidance' : 'Show the guidance for this section'}
      >
        <Icon name={open ? 'chevronDown' : 'chevronRight'} size={13} />
        <span className="section-blurb">{section.blurb}</span>
      </button>
      {open && (
        <ul className="section-prompts" aria-label={`Questions for ${section.label}`}>
          {section.prompts.map((prompt) => (
            <li key={prompt}>{prompt}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
