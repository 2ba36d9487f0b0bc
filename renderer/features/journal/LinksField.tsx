import { LIMITS } from '../../../shared/domain/limits';
import type { Link } from '../../../shared/domain/model';
import { Icon } from '../../ui/Icon';
import type { FieldProblem } from '../../entries/entryDraft';

/** Links attached to an entry: a pull request, a design doc, a dashboard. */
export function LinksField({ links, problems, onChange }: { links: Link[]; problems: FieldProblem[]; onChange: (links: Link[]) => void }) {
  const set = (index: number, patch: Partial<Link>) => onChange(links.map((link, i) => (i === index ? { ...link, ...patch } : link)));

  return (
    <div className="links-field">
      {links.length > 0 && (
        <ul className="links-list">
          {links.map((link, index) => {
            const problem = problems.find((p) => p.field === 'links' && p.index === index);
            return (
              <li key={index} className="link-row">
                <Icon name="link" size={14} />
                <input
                  className="input link-url"
                  type="url"
                  inputMode="url"
                  aria-label={`Link ${index + 1} address`}
                  placeholder="https://…"
                  value={link.url}
                  aria-invalid={problem ? true : undefined}
                  onChange={(event) => set(index, { url: event.target.value })}
                />
                <input
                  className="input link-title"
                  aria-label={`Link ${index + 1} title`}
                  placeholder="What it is (optional)"
                  value={link.title}
                  onChange={(event) => set(index, { title: event.target.value })}
                />
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove link ${index + 1}`}
                  title="Remove link"
                  onClick={() => onChange(links.filter((_, i) => i !== index))}
                >
                  <Icon name="close" size={14} />
                </button>
                {problem && (
                  <p className="field-error link-error" role="alert">
                    {problem.message}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {links.length < LIMITS.linksPerEntry && (
        <button type="button" className="button button-quiet" onClick={() => onChange([...links, { url: '', title: '' }])}>
          <Icon name="plus" size={14} /> Add link
        </button>
      )}
    </div>
  );
}
