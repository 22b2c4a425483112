import { impliedDecimals, printedValue } from '@/components/report/format-finding';
import type { RowView } from '@/lib/dataset/types';
import type { Lang } from '@/lib/i18n/lang';
import { formatNumber } from '@/lib/numbers/format-number';
import { formatRowFigure } from '@/lib/series/recomputed-figure';
import { compareVerdicts, VERDICT_LABELS } from '@/lib/verify/labels';
import type { Verdict } from '@/lib/verify/types';
import { OVERVIEW_STRINGS } from './strings';
import { isPlanKind } from '@/lib/verify/kind-rules';

/** A claim the overview asks the official to look at again. */
export interface ReviewItem {
  readonly key: string;
  readonly verdict: Verdict;
  readonly indicator: string;
  /** The claim as printed. */
  readonly claim: string;
  /** Why it needs another look, in one line. */
  readonly reason: string;
  /** The claim's row in its table (`/bang/<id>#row-<line>`). */
  readonly href: string;
  /** `true` for wrong or near-miss claims (bad and warn tones); `false` for implied and unreadable ones. */
  readonly urgent: boolean;
}

/** Verdicts that need no second look. */
const SETTLED: ReadonlySet<Verdict> = new Set(['match', 'none']);

function valuesOf(row: RowView): { from: string; to: string; years: string } | null {
  const from = printedValue(row, 'from');
  const to = printedValue(row, 'to');
  if (from === null || to === null || !row.from || !row.to) return null;
  return { from, to, years: `${row.from.year}–${row.to.year}` };
}

/** The one-line reason a checked claim needs another look, in the page language. */
function reasonOf(row: RowView, lang: Lang): string {
  const t = OVERVIEW_STRINGS[lang].review;
  const figure = formatRowFigure(row, lang) ?? '—';
  const expected = row.expected ?? '—';
  switch (row.verdict) {
    case 'wrong_direction': {
      const values = valuesOf(row);
      const fell = (row.to?.value ?? 0) < (row.from?.value ?? 0);
      return values ? t.wrongDirection(values.from, values.to, values.years, fell) : t.wrongDirectionBare;
    }
    case 'mismatch':
      return t.mismatch(figure, expected);
    case 'match_points':
      return t.matchPoints(figure, expected);
    case 'match_truncated':
      return t.matchTruncated(figure, expected);
    case 'implied': {
      const implied = row.implied;
      if (!implied) return t.notComputable;
      const year = (implied.side === 'from' ? row.from?.year : row.to?.year) ?? null;
      const isPlan = isPlanKind(row.kind) && implied.side === 'from';
      return t.implied(isPlan ? null : year, formatNumber(implied.value, impliedDecimals(row)));
    }
    case 'not_computable':
      return t.notComputable;
    case 'unparsed':
      return t.unparsed;
    case 'match':
    case 'none':
      return '';
  }
}

/**
 * The claims to look at again, worst first (document order within a verdict), each with a
 * one-line reason and a link to its table row: wrong direction, mismatch, matches only as points
 * or if truncated (urgent), then implied values and claims that could not be read or computed.
 *
 * @example
 * reviewItems(dataset.claims, 'vi')[0]
 * // { verdict: 'wrong_direction', indicator: 'Cơ cấu kinh tế: dịch vụ', reason: 'Số liệu 54,06 → 53,75 (2015–2022) giảm, ngược chiều nhận định.', … }
 */
export function reviewItems(claims: readonly RowView[], lang: Lang): ReviewItem[] {
  return claims
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => !SETTLED.has(row.verdict))
    .sort((a, b) => compareVerdicts(a.row.verdict, b.row.verdict) || a.index - b.index)
    .map(({ row }) => {
      const tone = VERDICT_LABELS[row.verdict].tone;
      return {
        key: row.key,
        verdict: row.verdict,
        indicator: row.indicator,
        claim: row.claim ?? '',
        reason: reasonOf(row, lang),
        href: `/bang/${row.tableId}${lang === 'en' ? '?lang=en' : ''}#row-${row.row}`,
        urgent: tone === 'bad' || tone === 'warn',
      };
    });
}
