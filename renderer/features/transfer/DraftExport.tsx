import { useState } from 'react';
import type { DraftListItem } from '../../../shared/domain/model';
import { useDraft, useDrafts } from '../../query/queries';
import { ExportButton } from './ExportButton';
import { ExportCard } from './ExportCard';
import { draftName } from './transferWords';
import { useSaveExport } from '../../entries/useSaveExport';

const GROUPS = [
  { kind: 'packet', label: 'Review packets' },
  { kind: 'bullets', label: 'Résumé bullets' },
] as const;

/** A saved review packet or set of résumé bullets, as the Markdown you edited. */
export function DraftExport() {
  const drafts = useDrafts();
  const saved = drafts.data?.filter((d) => d.kind === 'packet' || d.kind === 'bullets') ?? [];
  const [picked, setPicked] = useState('');
  const draft: DraftListItem | undefined = saved.find((d) => d.id === picked) ?? saved[0];
  const { saveFile } = useSaveExport();

  return (
    <ExportCard
      id="drafts"
      icon="review"
      title="Review packet or résumé bullets"
      description="A draft you saved in Review, with your edits, ready to send to your manager or paste into a résumé."
    >
      {drafts.isSuccess && saved.length === 0 ? (
        <p className="export-empty">No saved packet or bullets yet. Make them in Review → Drafts.</p>
      ) : (
        <>
          <div className="export-fields">
            <label className="export-field export-field-wide">
              <span className="field-label">Draft</span>
              <select className="input select select-small" value={draft?.id ?? ''} onChange={(event) => setPicked(event.target.value)}>
                {GROUPS.map((group) => {
                  const ofKind = saved.filter((d) => d.kind === group.kind);
                  return ofKind.length ? (
                    <optgroup key={group.kind} label={group.label}>
                      {ofKind.map((d) => (
                        <option key={d.id} value={d.id}>
                          {draftName(d)}
                        </option>
                      ))}
                    </optgroup>
                  ) : null;
                })}
              </select>
            </label>
          </div>
          {draft?.kind === 'bullets' ? (
            <BulletsExport draftId={draft.id} />
          ) : (
            <div className="export-actions">
              <ExportButton
                disabled={!draft}
                onExport={async () => {
                  if (draft) await saveFile({ kind: 'packet', draftId: draft.id });
                }}
              >
                Export packet
              </ExportButton>
            </div>
          )}
        </>
      )}
    </ExportCard>
  );
}

/** Résumé bullets: by default only the accepted ones, and never an empty file. */
function BulletsExport({ draftId }: { draftId: string }) {
  const [acceptedOnly, setAcceptedOnly] = useState(true);
  const { saveFile } = useSaveExport();
  const bullets = useDraft(draftId).data?.version.bullets ?? null;
  const accepted = bullets?.filter((b) => b.accepted).length ?? 0;
  const nothingAccepted = acceptedOnly && bullets !== null && accepted === 0;
  return (
    <>
      <label className="export-check">
        <input type="checkbox" checked={acceptedOnly} onChange={(event) => setAcceptedOnly(event.target.checked)} />
        <span>Only the bullets I accepted</span>
      </label>
      {nothingAccepted && (
        <p className="export-note" role="status">
          None of these {bullets.length} bullets is accepted yet. Accept the ones you want in Review → Drafts, or untick “Only the bullets I
          accepted” to export them all.
        </p>
      )}
      <div className="export-actions">
        <ExportButton disabled={nothingAccepted} onExport={() => saveFile({ kind: 'bullets', draftId, acceptedOnly })}>
          Export bullets
        </ExportButton>
      </div>
    </>
  );
}
