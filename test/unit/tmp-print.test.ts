import { test } from 'vitest';
import { suggestThemes } from '../../shared/domain/review/themeSuggestions';
import { reviewSummary } from '../../shared/domain/review/summary';
import { JOURNALS } from '../fixtures/journals';
test('print', () => {
  for (const j of JOURNALS) {
    console.log(j.author, JSON.stringify(suggestThemes(j.data.entries, j.data.themes)));
    const r = reviewSummary(j.data);
    console.log(r.themeOrder.map((t) => `${t.name}:${t.score}${t.suggested ? '(s)' : ''}`).join(', '));
  }
  console.log(reviewSummary(JOURNALS[4]!.data).markdown.replace(/^\[\^.*$/gm, ''));
});
