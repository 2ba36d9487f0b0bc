import type { ReactNode } from 'react';
import { Icon, type IconName } from '../../ui/Icon';

/** One kind of export: what it is for, its few choices, and the button. */
export function ExportCard({
  id,
  icon,
  title,
  description,
  children,
}: {
  id: string;
  icon: IconName;
  title: string;
  description: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="card export-card" aria-labelledby={`export-${id}`}>
      <header className="card-header">
        <h3 className="card-title" id={`export-${id}`}>
          <Icon name={icon} /> {title}
        </h3>
        <p className="card-subtitle">{description}</p>
      </header>
      <div className="export-card-body">{children}</div>
    </section>
  );
}
