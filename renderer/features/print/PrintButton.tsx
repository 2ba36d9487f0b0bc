import { useState } from 'react';
import { Icon } from '../../ui/Icon';
import { defaultPaper, type Paper, printHash, type PrintRequest } from './printRequest';

type Document = { what: 'draft'; draftId: string } | { what: 'brag'; period: Extract<PrintRequest, { what: 'brag' }>['period'] };

/**
 * Opens the document's print page in a new tab, which brings up the browser's print dialog
 * ("Save as PDF") once it is laid out for paper. A4 or Letter, defaulting to the locale's.
 */
export function PrintButton({ document: doc, label = 'Print or PDF' }: { document: Document; label?: string }) {
  const [paper, setPaper] = useState<Paper>(() => defaultPaper(navigator.language));
  const open = () => {
    const request = { ...doc, paper, auto: true } as PrintRequest;
    window.open(`${window.location.pathname}${printHash(request)}`, '_blank');
  };
  return (
    <span className="print-button">
      <button type="button" className="button button-small" onClick={open}>
        <Icon name="document" size={14} /> {label}
      </button>
      <select className="select select-small" aria-label="Paper size" value={paper} onChange={(event) => setPaper(event.target.value as Paper)}>
        <option value="a4">A4</option>
        <option value="letter">Letter</option>
      </select>
    </span>
  );
}
