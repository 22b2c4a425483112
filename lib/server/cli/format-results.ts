import { formatNumber } from '../../numbers/format-number';
import { describeTableProblem } from '../../tables/messages';
import type { TableWarning } from '../../tables/types';
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

/** At most this many reading notes are printed per table. */
const MAX_NOTES = 20;

/**
 * What reading the tables noted (a cell that is not a number, a legacy font, a table of indices alone), one line
 * each naming file, row and column, under a heading; empty when there is nothing to say.
 *
 * @example
 * formatTableNotes([{ warnings: [indicesOnlyWarning('cpi.csv', 2)] }]);
 * // 'Ghi chú khi đọc bảng:\n  cpi.csv: dòng 2: bảng chỉ in các chỉ số so sánh, …\n\n'
 */
export function formatTableNotes(tables: readonly { readonly warnings: readonly TableWarning[] }[]): string {
  const lines = tables.flatMap((t) => {
    const shown = t.warnings.slice(0, MAX_NOTES).map((w) => `  ${describeTableProblem(w, 'vi')}`);
    const more = t.warnings.length - shown.length;
    return more > 0 ? [...shown, `  … và ${more} ghi chú khác`] : shown;
  });
  return lines.length === 0 ? '' : `Ghi chú khi đọc bảng:\n${lines.join('\n')}\n\n`;
}
