import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useApi } from '../../query/ApiContext';
import { useDrafts, useThemes } from '../../query/queries';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { ExportButton } from './ExportButton';
import { ExportCard } from './ExportCard';
import { draftName, frontMatterTags, parseTags } from './transferWords';
import { useSaveExport } from '../../entries/useSaveExport';

type Source = 'summary' | 'theme';

const SOURCES: readonly { value: Source; label: string }[] = [
  { value: 'summary', label: 'From a summary' },
  { value: 'theme', label: 'From a theme' },
];

/** The tags the backend would choose for a summary draft, read from its default export. */
function useDefaultTags(draftId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['export.file', { kind: 'blog', draftId }],
    queryFn: async () => frontMatterTags((await api.invoke('export.file', { kind: 'blog', draftId })).content),
    enabled: draftId !== '',
    retry: false,
  });
}

/** A post for a static site: front matter (title, date, tags, description) and the text. */
export function BlogExport() {
  const [source, setSource] = useState<Source>('summary');
  return (
    <ExportCard
      id="blog"
      icon="reflect"
      title="Blog post"
      description="Markdown with front matter a static-site generator accepts. Footnotes that point at your journal are left out."
    >
      <SegmentedControl value={source} options={SOURCES} onChange={setSource} label="Write the post from" size="small" />
      {source === 'summary' ? <FromSummary /> : <FromTheme />}
    </ExportCard>
  );
}

function FromSummary() {
  const drafts = useDrafts();
  const summaries = drafts.data?.filter((d) => d.kind === 'summary') ?? [];
  const [picked, setPicked] = useState('');
  const draftId = picked || summaries[0]?.id || '';
  const defaults = useDefaultTags(draftId);
  const [tags, setTags] = useState<{ draftId: string; text: string } | null>(null);
  const { saveFile } = useSaveExport();

  // Each draft starts from its own suggested tags; edits stay until another draft is picked.
  useEffect(() => {
    if (defaults.data && tags?.draftId !== draftId) setTags({ draftId, text: defaults.data.join(', ') });
  }, [defaults.data, draftId, tags?.draftId]);

  if (drafts.isSuccess && summaries.length === 0) {
    return <p className="export-empty">No saved summary yet. Write one in Review → Drafts, then export it here.</p>;
  }
  const tagText = tags?.draftId === draftId ? tags.text : '';
  return (
    <>
      <div className="export-fields">
        <label className="export-field">
          <span className="field-label">Summary</span>
          <select className="input select select-small" value={draftId} onChange={(event) => setPicked(event.target.value)}>
            {summaries.map((d) => (
              <option key={d.id} value={d.id}>
                {draftName(d)}
              </option>
            ))}
          </select>
        </label>
        <label className="export-field export-field-wide">
          <span className="field-label">Tags</span>
          <input
            className="input select-small"
            value={tagText}
            placeholder="Separated by commas"
            spellCheck={false}
            onChange={(event) => setTags({ draftId, text: event.target.value })}
          />
        </label>
      </div>
      <div className="export-actions">
        <ExportButton disabled={!draftId} onExport={() => saveFile({ kind: 'blog', draftId, tags: parseTags(tagText) })}>
          Export blog post
        </ExportButton>
      </div>
    </>
  );
}

function FromTheme() {
  const themes = useThemes();
  const list = themes.data?.filter((t) => t.entryCount > 0) ?? [];
  const [picked, setPicked] = useState('');
  const themeId = picked || list[0]?.id || '';
  const { saveFile } = useSaveExport();

  if (themes.isSuccess && list.length === 0) {
    return <p className="export-empty">No theme has entries yet. Add themes to entries, then write about one here.</p>;
  }
  return (
    <>
      <div className="export-fields">
        <label className="export-field">
          <span className="field-label">Theme</span>
          <select className="input select select-small" value={themeId} onChange={(event) => setPicked(event.target.value)}>
            {list.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name} ({t.entryCount})
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="export-actions">
        <ExportButton disabled={!themeId} onExport={() => saveFile({ kind: 'themePost', themeId })}>
          Export theme post
        </ExportButton>
      </div>
    </>
  );
}
