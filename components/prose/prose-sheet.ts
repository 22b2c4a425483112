import type { ProseCheck, ProseClaimResult } from '@/lib/extract/check-prose';
import { CONSISTENCY_LABELS, SEVERITY_LABELS } from '@/lib/extract/checks/consistency-labels';
import { computedDecimals, numberCell, textCell } from '@/lib/export/cells';
import { toCsv } from '@/lib/export/csv';
import type { CsvDelimiter, ExportCell, ExportColumn, ExportRow, ExportSheet } from '@/lib/export/types';
import { localize, type Lang } from '@/lib/i18n/lang';
import { VERDICT_LABELS } from '@/lib/verify/labels';
import { basisText, compareText, orderFindings, yearsText } from './findings';
import { PROSE_EXPORT_STRINGS } from './strings';
import { rowMessage } from '@/lib/dataset/row-text';

const KEYS = ['no', 'finding', 'result', 'code', 'indicator', 'text', 'years', 'compareTo', 'computed', 'message', 'from', 'to', 'position'] as const;
type Key = (typeof KEYS)[number];

const WIDTHS: Record<Key, number> = {
  no: 5, finding: 18, result: 18, code: 24, indicator: 32, text: 40, years: 12, compareTo: 12, computed: 12, message: 60, from: 28, to: 28, position: 10,
};

function row(key: string, tone: ExportRow['tone'], cells: Record<Key, ExportCell>): ExportRow {
  return { key, tone, cells: KEYS.map((k) => cells[k]) };
}

function checkRow(check: ProseCheck, index: number, claims: readonly ProseClaimResult[], lang: Lang): ExportRow {
  const t = PROSE_EXPORT_STRINGS[lang];
  const severity = SEVERITY_LABELS[check.severity];
  const involved = check.claims.map((id) => claims[id]).filter((c): c is ProseClaimResult => c !== undefined);
  return row(`check-${index}`, severity.tone, {
    no: numberCell(index + 1, 0),
    finding: textCell(`${t.checkRow}: ${CONSISTENCY_LABELS[check.kind][lang]}`),
    result: textCell(`${severity.symbol} ${severity.word[lang]}`),
    code: textCell(check.kind),
    indicator: textCell(check.indicator),
    text: textCell(involved.map((c) => c.text).join(' | ')),
    years: textCell(check.year === null ? null : String(check.year)),
    compareTo: { kind: 'empty' },
    computed: check.computed === null ? { kind: 'empty' } : numberCell(check.computed, computedDecimals(Math.round(check.computed * 10_000) / 10_000)),
    message: textCell(localize(check.message, lang)),
    from: { kind: 'empty' },
    to: { kind: 'empty' },
    position: involved[0] === undefined ? { kind: 'empty' } : { kind: 'number', value: involved[0].start, decimals: 0, grouping: false },
  });
}

function claimRow(claim: ProseClaimResult, index: number, lang: Lang): ExportRow {
  const t = PROSE_EXPORT_STRINGS[lang];
  const label = VERDICT_LABELS[claim.verdict];
  return row(`claim-${claim.id}`, label.tone, {
    no: numberCell(index + 1, 0),
    finding: textCell(t.claimRow),
    result: textCell(`${label.symbol} ${label.word[lang]}`),
    code: textCell(claim.verdict),
    indicator: textCell(claim.indicator),
    text: textCell(claim.text),
    years: textCell(yearsText(claim.years, claim.period, lang)),
    compareTo: textCell(compareText(claim.compareTo, lang)),
    computed: claim.computed === null ? { kind: 'empty' } : numberCell(claim.computed, computedDecimals(claim.computed)),
    message: textCell(rowMessage(claim, lang)),
    from: textCell(basisText(claim.from, lang)),
    to: textCell(basisText(claim.to, lang)),
    position: { kind: 'number', value: claim.start, decimals: 0, grouping: false },
  });
}

/**
 * The findings as one sheet, in the order of the side panel: consistency checks (errors first), then every
 * claim that compares something, worst verdict first.
 *
 * @example
 * buildProseSheet({ claims, checks }, 'vi', 'Báo cáo').rows[0]?.cells[3]; // { kind: 'text', text: 'shares-not-100' }
 */
export function buildProseSheet(
  report: { readonly claims: readonly ProseClaimResult[]; readonly checks: readonly ProseCheck[] },
  lang: Lang,
  title: string,
): ExportSheet {
  const t = PROSE_EXPORT_STRINGS[lang];
  const columns: ExportColumn[] = KEYS.map((key) => ({
    key,
    header: t[key],
    kind: key === 'no' || key === 'computed' || key === 'position' ? 'number' : 'text',
    width: WIDTHS[key],
  }));
  const checks = report.checks.map((c, i) => checkRow(c, i, report.claims, lang));
  const findings = orderFindings(report.claims).map((c, i) => claimRow(c, checks.length + i, lang));
  return { title, columns, rows: [...checks, ...findings] };
}

/**
 * The findings as CSV text with a UTF-8 BOM (Excel reads Vietnamese), numbers as printed in Vietnamese, and
 * every text cell that starts like a formula neutralised with a leading `'`.
 *
 * @example
 * proseCsv({ claims, checks }, 'vi', ';').startsWith('\uFEFFSTT;Loại phát hiện;') // true
 */
export function proseCsv(
  report: { readonly claims: readonly ProseClaimResult[]; readonly checks: readonly ProseCheck[] },
  lang: Lang,
  delimiter: CsvDelimiter,
): string {
  return toCsv(buildProseSheet(report, lang, ''), { delimiter, numberStyle: 'vi', bom: true });
}
