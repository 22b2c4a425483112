import { formatNumber } from '../../numbers/format-number';
import { VERDICT_LABELS, compareVerdicts } from '../../verify/labels';
import type { RowResult } from '../../verify/result';
import type { Verdict } from '../../verify/types';
import { yearPartText } from '../../verify/reference-period';
import type { PeriodKey } from '../../verify/reference-types';

function valueText(v: { year: number; value: number | null } | null, part: PeriodKey): string {
  if (!v) return '—';
  return v.value === null ? `(${yearPartText(String(v.year), part, 'vi')}: trống)` : formatNumber(v.value);
}

/**
 * Renders results as a plain-text Vietnamese report for a terminal: one block per claim and a
 * summary by verdict, worst first.
 *
 * @example
 * formatResultsText(results) // "bang.csv:2  GDP bình quân đầu người …\n…"
 */
export function formatResultsText(results: readonly RowResult[]): string {
  const lines: string[] = [];
  const claims = results.filter((r) => r.verdict !== 'none');
  for (const r of claims) {
    const label = VERDICT_LABELS[r.verdict];
    const part = r.period ?? '';
    const years = r.from && r.to ? ` (${yearPartText(String(r.from.year), part, 'vi')}→${yearPartText(String(r.to.year), part, 'vi')})` : '';
    lines.push(`${r.file}:${r.row}  ${r.indicator}${r.unit ? ` [${r.unit}]` : ''}`);
    lines.push(`    ${valueText(r.from, part)} → ${valueText(r.to, part)}${years}   “${r.claim ?? ''}”`);
    lines.push(`    ${label.symbol} ${label.word.vi}: ${r.message}`);
    for (const w of r.warnings) lines.push(`    ⚠ ${w.message.vi}`);
  }
  const counts = new Map<Verdict, number>();
  for (const r of claims) counts.set(r.verdict, (counts.get(r.verdict) ?? 0) + 1);
  const summary = [...counts.entries()]
    .sort(([a], [b]) => compareVerdicts(a, b))
    .map(([v, n]) => `${n} ${VERDICT_LABELS[v].word.vi.toLowerCase()}`)
    .join(', ');
  lines.push('');
  lines.push(`Tổng cộng ${claims.length} khẳng định: ${summary || 'không có'}.`);
  return lines.join('\n') + '\n';
}
