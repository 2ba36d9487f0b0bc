import type { Input } from '../../shared/api/contract';

export type Paper = 'a4' | 'letter';
type PeriodChoice = Input<'review.period'>['period'];

/** What a print page shows: a saved draft (summary or packet), or the brag document of a period. */
export type PrintRequest =
  { what: 'draft'; draftId: string; paper: Paper; auto: boolean } | { what: 'brag'; period: PeriodChoice; paper: Paper; auto: boolean };

export const PRINT_ROUTE = '#/print';

/** `#/print?draft=<id>&paper=letter` or `#/print?period=<json>`; null for any other address. */
export function parsePrintHash(hash: string): PrintRequest | null {
  if (!hash.startsWith(`${PRINT_ROUTE}?`)) return null;
  const params = new URLSearchParams(hash.slice(PRINT_ROUTE.length + 1));
  const paper: Paper = params.get('paper') === 'letter' ? 'letter' : 'a4';
  const auto = params.get('auto') === '1';
  const draftId = params.get('draft');
  if (draftId) return { what: 'draft', draftId, paper, auto };
  const period = params.get('period');
  if (period) {
    try {
      // The backend validates the choice; a malformed one is shown as its error.
      return { what: 'brag', period: JSON.parse(period) as PeriodChoice, paper, auto };
    } catch {
      return null;
    }
  }
  return null;
}

export function printHash(request: PrintRequest): string {
  const params = new URLSearchParams();
  if (request.what === 'draft') params.set('draft', request.draftId);
  else params.set('period', JSON.stringify(request.period));
  params.set('paper', request.paper);
  if (request.auto) params.set('auto', '1');
  return `${PRINT_ROUTE}?${params.toString()}`;
}

/** The paper size the person most likely uses: Letter in the US and Canada, A4 elsewhere. */
export function defaultPaper(locale: string): Paper {
  return /-(US|CA|MX|PH)\b/i.test(locale) ? 'letter' : 'a4';
}
