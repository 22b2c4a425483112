import type { ProseResponse } from '../prose/types';
import { identify } from './finding-ids';
import type { DocumentCheckResult } from './types';

/**
 * What a document keeps of a check: the findings of `POST /api/prose`'s answer under stable ids, with
 * the verdict counts of the text and of its tables together.
 *
 * @example
 * toDocumentResult(answer).claims[0]?.id // 'c-1a2b3c4d-1'
 */
export function toDocumentResult(response: Pick<ProseResponse, 'claims' | 'checks' | 'tables' | 'counts' | 'display' | 'pageBreaks' | 'sources'>): DocumentCheckResult {
  const identified = identify(response.claims, response.checks, response.tables);
  const counts = { ...response.counts };
  for (const table of response.tables) for (const row of table.results) counts[row.verdict] += 1;
  return {
    ...identified,
    counts,
    display: response.display,
    pageBreaks: response.pageBreaks,
    sources: response.sources,
  };
}
