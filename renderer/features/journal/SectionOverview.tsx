import type { SectionInfo } from '../../../shared/domain/sections';
import { Icon } from '../../ui/Icon';
import { shortcutLabel } from '../../ui/shortcuts';

/** A section of the template, explained: what belongs here and what to ask yourself. */
export function SectionOverview({ section, count, onNewEntry }: { section: SectionInfo; count?: number; onNewEntry: () => void }) {
  return (
    <div className="section-overview">
      <p className="section-overview-kicker">Section of your brag document</p>
      <h2 className="section-overview-title">{section.label}</h2>
      <p className="section-overview-blurb">{section.blurb}</p>
      <h3 className="section-heading">Questions worth answering</h3>
      <ul className="section-overview-prompts">
        {section.prompts.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ul>
      <div className="section-overview-actions">
        <button type="button" className="button button-primary" onClick={onNewEntry}>
          <Icon name="plus" size={14} /> New entry in {section.label}
        </button>
        <span className="empty-state-hint">
          <kbd>{shortcutLabel('Mod+N')}</kbd>
          {count !== undefined && ` · ${count.toLocaleString()} ${count === 1 ? 'entry' : 'entries'} so far`}
        </span>
      </div>
    </div>
  );
}
