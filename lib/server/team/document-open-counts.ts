import 'server-only';
import type { DocumentSummary } from '../../documents/types';
import { documentFindingTotal, type DocumentOpenCount } from '../../team/document-findings';
import { openFindings } from '../../team/findings';
import { getTeamStore } from '../store/default-store';
import type { TeamStore } from '../store/team-types';

/**
 * How many findings of each stored document are still open (no status other than `chưa xem`). A
 * store that cannot be read gives every finding as open (logged), never a broken page.
 *
 * @example
 * await documentOpenCounts(await documents.listDocuments()) // Map { '0123…' => { open: 3, total: 5 } }
 */
export async function documentOpenCounts(
  documents: readonly Pick<DocumentSummary, 'id' | 'counts' | 'checkCount'>[],
  store: TeamStore = getTeamStore(),
): Promise<Map<string, DocumentOpenCount>> {
  let decided: ReadonlyMap<string, number> = new Map();
  try {
    decided = await store.decidedCounts('document');
  } catch (error) {
    console.error('[soatso review] decisions on documents could not be counted', error);
  }
  return new Map(
    documents.map((d) => {
      const total = documentFindingTotal(d);
      return [d.id, { open: openFindings(total, decided.get(d.id) ?? 0), total }];
    }),
  );
}
