import 'server-only';
import type { VerdictCounts } from '../../dataset/types';
import { findingCount, openFindings } from '../../team/findings';
import { getTeamStore } from '../store/default-store';
import type { TeamStore } from '../store/team-types';

export interface OpenCount {
  readonly open: number;
  readonly total: number;
}

/**
 * How many findings of each dataset are still open (no status other than `chưa xem`). A store
 * that cannot be read gives every finding as open (logged), never a broken page.
 *
 * @example
 * await openCounts([{ id: 'cao-bang', counts }]) // Map { 'cao-bang' => { open: 7, total: 12 } }
 */
export async function openCounts(
  datasets: readonly { readonly id: string; readonly counts: VerdictCounts }[],
  store: TeamStore = getTeamStore(),
): Promise<ReadonlyMap<string, OpenCount>> {
  let decided: ReadonlyMap<string, number> = new Map();
  try {
    decided = await store.decidedCounts('dataset');
  } catch (error) {
    console.error('[soatso review] decisions could not be counted', error);
  }
  return new Map(
    datasets.map((d) => {
      const total = findingCount(d.counts);
      return [d.id, { open: openFindings(total, decided.get(d.id) ?? 0), total }];
    }),
  );
}
