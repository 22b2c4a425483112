import type { Lang } from '../i18n/lang';
import type { Verdict } from './types';

export type { Lang };

/**
 * How each verdict is shown: a word, a symbol that survives black-and-white printing, and a tone
 * for colour. A verdict is never shown by colour alone, so the word and symbol always go with it.
 */
export interface VerdictLabel {
  readonly word: Record<Lang, string>;
  readonly symbol: string;
  readonly tone: 'ok' | 'warn' | 'bad' | 'info' | 'muted';
  /** Rank for "worst first" ordering: lower is worse. */
  readonly rank: number;
}

export const VERDICT_LABELS: Readonly<Record<Verdict, VerdictLabel>> = {
  wrong_direction: { word: { vi: 'Sai chiều', en: 'Wrong direction' }, symbol: '⇅', tone: 'bad', rank: 0 },
  mismatch: { word: { vi: 'Không khớp', en: 'Mismatch' }, symbol: '✗', tone: 'bad', rank: 1 },
  match_points: { word: { vi: 'Khớp theo điểm %', en: 'Matches as points' }, symbol: '≈', tone: 'warn', rank: 2 },
  match_truncated: { word: { vi: 'Khớp nếu cắt số', en: 'Matches if truncated' }, symbol: '≈', tone: 'warn', rank: 3 },
  implied: { word: { vi: 'Suy ra giá trị', en: 'Implied value' }, symbol: '→', tone: 'info', rank: 4 },
  not_computable: { word: { vi: 'Không tính được', en: 'Not computable' }, symbol: '∅', tone: 'muted', rank: 5 },
  unparsed: { word: { vi: 'Không đọc được', en: 'Unparsed' }, symbol: '?', tone: 'muted', rank: 6 },
  match: { word: { vi: 'Khớp', en: 'Match' }, symbol: '✓', tone: 'ok', rank: 7 },
  none: { word: { vi: 'Không có so sánh', en: 'No claim' }, symbol: '·', tone: 'muted', rank: 8 },
};

/**
 * Orders verdicts worst first: wrong_direction, mismatch, match_points, match_truncated, …
 *
 * @example
 * ['match', 'mismatch'].sort(compareVerdicts) // ['mismatch', 'match']
 */
export function compareVerdicts(a: Verdict, b: Verdict): number {
  return VERDICT_LABELS[a].rank - VERDICT_LABELS[b].rank;
}
