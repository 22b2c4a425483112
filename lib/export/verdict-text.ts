import { compareVerdicts, VERDICT_LABELS, type Lang } from '../verify/labels';
import type { Verdict } from '../verify/types';

/**
 * The verdicts of a set of claims in words, worst first, with counts: what a comparison chart
 * image says under its title so it stands on its own. Rows without a claim are left out.
 *
 * @example
 * verdictSummaryText(['match', 'wrong_direction', 'match', 'none'], 'vi') // '1 Sai chiều, 2 Khớp'
 * verdictSummaryText([], 'vi')                                           // ''
 */
export function verdictSummaryText(verdicts: readonly Verdict[], lang: Lang): string {
  const counts = new Map<Verdict, number>();
  for (const v of verdicts) if (v !== 'none') counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => compareVerdicts(a, b))
    .map(([v, n]) => `${n} ${VERDICT_LABELS[v].word[lang]}`)
    .join(', ');
}
