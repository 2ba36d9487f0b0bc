import { useState } from 'react';
import { errorMessage } from './errors';
import { Icon } from './Icon';
import { useToast } from './Toasts';
import { useFiles } from '../api/useFiles';
import { defaultPaper, type Paper, printHash, type PrintRequest } from './printRequest';

type Document = { what: 'draft'; draftId: string } | { what: 'brag'; period: Extract<PrintRequest, { what: 'brag' }>['period'] };

/**
 * In the desktop app, prints the document's print page to PDF (a hidden window) and saves it where
 * the person chooses. In a browser, opens the print page in a new tab, which brings up the print
 * dialog ("Save as PDF") once it is laid out. A4 or Letter, defaulting to the locale's.
 */
export function PrintButton({ document: doc, fileName, label }: { document: Document; fileName: string; label?: string }) {
  const [paper, setPaper] = useState<Paper>(() => defaultPaper(navigator.language));
  const files = useFiles();
  const toast = useToast();
  const open = async () => {
    const request = { ...doc, paper, auto: !files.savePdf };
    if (!files.savePdf) {
      window.open(`${window.location.pathname}${printHash(request)}`, '_blank');
      return;
    }
    try {
      const saved = await files.savePdf({ route: printHash(request), paper, fileName });
      if (saved) toast({ message: `Saved ${saved.name}` });
    } catch (error) {
      toast({ message: `Couldn’t make the PDF: ${errorMessage(error)}`, tone: 'error' });
    }
  };
  return (
    <span className="print-button">
      <button type="button" className="button button-small" onClick={() => void open()}>
        <Icon name="document" size={14} /> {label ?? (files.savePdf ? 'Save as PDF' : 'Print or PDF')}
      </button>
      <select
        className="select select-small"
        aria-label="Paper size"
        value={paper}
        onChange={(event) => setPaper(event.target.value as Paper)}
      >
        <option value="a4">A4</option>
        <option value="letter">Letter</option>
      </select>
    </span>
  );
}
