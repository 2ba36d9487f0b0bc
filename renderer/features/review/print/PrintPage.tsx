import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { formatDay } from '../../../../shared/domain/review/period';
import { useApi } from '../../../query/ApiContext';
import { errorMessage } from '../../../ui/errors';
import { draftSources } from '../draftSources';
import { MarkdownView } from '../MarkdownView';
import type { PrintRequest } from '../../../ui/printRequest';
import './print.css';

/**
 * A document made for paper: no app chrome, light always, the page size asked for, page numbers
 * in the margin, and footnotes gathered as endnotes ("Sources"). Electron prints it to PDF from a
 * hidden window; in a browser it opens the print dialog once it is ready.
 */
export function PrintPage({ request }: { request: PrintRequest }) {
  const api = useApi();
  const doc = useQuery({
    queryKey: ['print', request],
    queryFn: async () => {
      if (request.what === 'draft') {
        const draft = await api.invoke('drafts.get', { id: request.draftId });
        return {
          title: draft.title,
          subtitle: `${draft.period.label} · ${formatDay(draft.period.from)} – ${formatDay(draft.period.to)}`,
          markdown: draft.version.markdown,
        };
      }
      const [file, period] = await Promise.all([
        api.invoke('export.file', { kind: 'brag', period: request.period }),
        api.invoke('review.period', { period: request.period }),
      ]);
      return {
        title: `Brag document: ${period.label}`,
        subtitle: `${formatDay(period.from)} – ${formatDay(period.to)}`,
        markdown: file.content,
      };
    },
    retry: false,
  });

  useEffect(() => {
    document.documentElement.classList.add('is-print-page', `print-paper-${request.paper}`);
  }, [request.paper]);

  useEffect(() => {
    if (!doc.data && !doc.isError) return;
    if (doc.data) document.title = doc.data.title;
    // Fonts and layout first, then say it is ready (the PDF maker waits for this mark).
    void document.fonts.ready.then(() => {
      document.documentElement.dataset.printReady = doc.isError ? 'error' : 'true';
      if (request.auto && doc.data) window.print();
    });
  }, [doc.data, doc.isError, request.auto]);

  if (doc.isError) {
    return (
      <main className="print-document">
        <p role="alert">This document can’t be printed: {errorMessage(doc.error)}</p>
      </main>
    );
  }
  if (!doc.data) return <main className="print-document" aria-busy="true" />;
  // A brag document's own first heading repeats the title given above it.
  const markdown = doc.data.markdown.replace(/^# .*\n+/, '');
  return (
    <main className="print-document">
      <header className="print-header">
        <h1>{doc.data.title}</h1>
        <p className="print-subtitle">{doc.data.subtitle}</p>
      </header>
      <MarkdownView markdown={markdown} sources={draftSources(markdown)} onOpenEntry={() => {}} label={doc.data.title} />
    </main>
  );
}
