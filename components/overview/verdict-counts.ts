import type { VerdictCounts } from '@/lib/dataset/types';
import { compareVerdicts } from '@/lib/verify/labels';
import { VERDICTS, type Verdict } from '@/lib/verify/types';

/**
 * The verdicts that occur among claims (rows without a claim left out), worst first.
 *
 * @example
 * claimVerdicts({ ...zero, match: 13, wrong_direction: 1, none: 4 }) // ['wrong_direction', 'match']
 */
export function claimVerdicts(counts: VerdictCounts): Verdict[] {
  return VERDICTS.filter((v) => v !== 'none' && counts[v] > 0).sort(compareVerdicts);
}

/**
 * Rows per verdict (rows without a claim left out), worst first.
 *
 * @example
 * countRowVerdicts([{ verdict: 'match' }, { verdict: 'mismatch' }, { verdict: 'match' }])
 * // [{ verdict: 'mismatch', count: 1 }, { verdict: 'match', count: 2 }]
 */
export function countRowVerdicts(rows: readonly { readonly verdict: Verdict }[]): { verdict: Verdict; count: number }[] {
  const counts = new Map<Verdict, number>();
  for (const row of rows) {
    if (row.verdict === 'none') continue;
    counts.set(row.verdict, (counts.get(row.verdict) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([verdict, count]) => ({ verdict, count }))
    .sort((a, b) => compareVerdicts(a.verdict, b.verdict));
}
