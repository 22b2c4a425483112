import { CONSISTENCY_LABELS, EXPLAINED_LABELS, SEVERITY_LABELS } from '../../extract/checks/consistency-labels';
import type { ProseClaimResult, ProseReport } from '../../extract/check-prose';
import type { DocumentTable } from '../../prose/document-tables';
import { isPeriod } from '../../extract/finding/find-time-phrases';
import type { ClaimYears } from '../../extract/types';
import { WHOLE_YEAR, yearPartText } from '../../verify/reference-period';
import type { PeriodKey } from '../../verify/reference-types';
import { VERDICT_LABELS, compareVerdicts } from '../../verify/labels';
import type { Verdict } from '../../verify/types';

import { lineFinder } from '../../text/line-finder';

/**
 * Years as a reader writes them: "2022", "2015, 2022", "2016–2020", or "—".
 *
 * @example
 * formatYears({ from: 2016, to: 2020 }); // '2016–2020'
 */
export function formatYears(years: ClaimYears, part: PeriodKey = WHOLE_YEAR): string {
  if (isPeriod(years)) return `${years.from}–${years.to}`;
  return years.length === 0 ? '—' : yearPartText(years.join(', '), part, 'vi');
}

function compareText(claim: ProseClaimResult): string {
  const c = claim.compareTo;
  if (c === null) return '';
  return 'year' in c ? ` so với ${yearPartText(String(c.year), c.part ?? WHOLE_YEAR, 'vi')}` : ` so với ${c.period.from}–${c.period.to}`;
}

/** What the CLI prints beyond the findings. */
export interface ProseOutputOptions {
  /** Also the figure groups the consistency checks examined and did not report, each with why (`--explain`). */
  readonly explain: boolean;
}

/**
 * A checked text as a plain Vietnamese report for a terminal: the checked rows of the tables inside the
 * document, then every claim that compares something, in text order with its line, then the consistency checks
 * (and, with `explain`, what they examined and did not report), then a summary by verdict, worst first.
 *
 * @example
 * formatProseText(report, 'bao-cao.txt'); // "bao-cao.txt:412  ⇅ Sai chiều  “tăng từ 54,06% … lên 53,75% …”\n…"
 */
export function formatProseText(
  report: ProseReport,
  file: string,
  tables: readonly DocumentTable[] = [],
  options: ProseOutputOptions = { explain: false },
): string {
  const lineOf = lineFinder(report.text);
  const lines: string[] = [];
  for (const table of tables) {
    for (const r of table.results.filter((row) => row.verdict !== 'none')) {
      const label = VERDICT_LABELS[r.verdict];
      const page = table.page === null ? '' : ` trang ${table.page}`;
      lines.push(`${file} bảng ${table.index}${page}, dòng ${r.row}  ${label.symbol} ${label.word.vi}  ${r.indicator}: “${r.claim ?? ''}”`);
      lines.push(`    ${r.message}`);
    }
  }
  const checked = report.claims.filter((c) => c.verdict !== 'none');
  for (const c of checked) {
    const label = VERDICT_LABELS[c.verdict];
    const where = c.page === undefined ? `${file}:${lineOf(c.start)}` : `${file} trang ${c.page}`;
    lines.push(`${where}  ${label.symbol} ${label.word.vi}  “${c.text}”`);
    lines.push(`    ${c.indicator ?? '(không rõ chỉ tiêu)'} · ${formatYears(c.years, c.period)}${compareText(c)}`);
    lines.push(`    ${c.message}`);
  }
  if (report.checks.length > 0) {
    lines.push('');
    lines.push('Kiểm tra nhất quán:');
    for (const check of report.checks) {
      const severity = SEVERITY_LABELS[check.severity];
      const paged = check.spans.some((s) => s.page !== undefined);
      const where = check.spans.map((s) => s.page ?? lineOf(s.start)).filter((l, i, all) => all.indexOf(l) === i);
      lines.push(`  ${severity.symbol} ${severity.word.vi} — ${CONSISTENCY_LABELS[check.kind].vi} (${paged ? 'trang' : 'dòng'} ${where.join(', ')})`);
      lines.push(`    ${check.message.vi}`);
    }
  }
  if (report.setAside.length > 0) {
    lines.push('');
    for (const source of report.setAside) lines.push(`  ⊘ ${source.message.vi}`);
  }
  if (report.questions.length > 0) {
    lines.push('');
    lines.push('Cần xác nhận chỉ tiêu (chưa đối chiếu):');
    for (const q of report.questions) lines.push(`  ? “${q.name}” là ${q.candidates.map((c) => `“${c}”`).join(' hay ')}?`);
  }
  if (options.explain && report.explanations.length > 0) {
    lines.push('');
    lines.push('Đã kiểm tra, không báo lỗi:');
    for (const explanation of report.explanations) {
      const paged = explanation.spans.some((s) => s.page !== undefined);
      const where = explanation.spans.map((s) => s.page ?? lineOf(s.start)).filter((l, i, all) => all.indexOf(l) === i);
      lines.push(`  ○ ${EXPLAINED_LABELS[explanation.kind].vi} (${paged ? 'trang' : 'dòng'} ${where.join(', ')})`);
      lines.push(`    ${explanation.message.vi}`);
    }
  }
  const counts = [...Object.entries(report.counts)]
    .filter(([v, n]) => v !== 'none' && n > 0)
    .sort(([a], [b]) => compareVerdicts(a as Verdict, b as Verdict))
    .map(([v, n]) => `${n} ${VERDICT_LABELS[v as Verdict].word.vi.toLowerCase()}`);
  const errors = report.checks.filter((c) => c.severity === 'error').length;
  const warnings = report.checks.length - errors;
  lines.push('');
  lines.push(
    `Tổng cộng ${report.claims.length} số liệu, ${checked.length} nhận định có so sánh: ${counts.join(', ') || 'không có'}; ` +
      `kiểm tra nhất quán: ${errors} lỗi, ${warnings} cảnh báo.`,
  );
  return lines.join('\n') + '\n';
}

/**
 * The JSON the CLI prints: every claim with the spec's fields first, then the consistency checks (`message` in
 * Vietnamese as spec §4 fixes it, `messageEn` beside it), then the tables read inside the document (each with its
 * page for a PDF, and its rows as spec §4 results), `setAside` when a data set was not used because it holds another
 * place's figures, and with `explain` the field `explanations`: what the checks examined and did not report, each with
 * why.
 *
 * @example
 * JSON.parse(JSON.stringify(proseJson(report, 'bao-cao.txt'))).claims[0].verdict; // 'none'
 */
export function proseJson(
  report: ProseReport,
  file: string,
  tables: readonly DocumentTable[] = [],
  options: ProseOutputOptions = { explain: false },
): { file: string; claims: unknown[]; checks: unknown[]; tables: readonly DocumentTable[]; questions: unknown[]; setAside?: unknown[]; explanations?: unknown[] } {
  const lineOf = lineFinder(report.text);
  const claims = report.claims.map((c) => ({
    text: c.text,
    start: c.start,
    end: c.end,
    kind: c.kind,
    indicator: c.indicator,
    years: c.years,
    ...(c.period === '' ? {} : { period: c.period }),
    figure: c.figure,
    verdict: c.verdict,
    computed: c.computed,
    message: c.message,
    basis: c.basis,
    id: c.id,
    line: lineOf(c.start),
    ...(c.page === undefined ? {} : { page: c.page }),
    claim: c.claim,
    compareTo: c.compareTo,
    figures: c.figures,
    qualifier: c.qualifier,
    direction: c.direction,
    source: c.source,
    expected: c.expected,
    implied: c.implied,
    from: c.from,
    to: c.to,
    messageEn: c.messageEn,
    reference: c.reference,
    ...(c.provisional ? { provisional: true } : {}),
  }));
  const checks = report.checks.map((k) => ({
    kind: k.kind,
    severity: k.severity,
    message: k.message.vi,
    messageEn: k.message.en,
    claims: k.claims,
    spans: k.spans,
    lines: k.spans.map((s) => lineOf(s.start)),
    ...(k.spans.some((s) => s.page !== undefined) ? { pages: k.spans.map((s) => s.page) } : {}),
    indicator: k.indicator,
    year: k.year,
    computed: k.computed,
  }));
  const questions = [...report.questions];
  // The data sets not used because they hold another place's figures (a sibling field, spec §4 allows it).
  const setAside = report.setAside.length === 0 ? {} : { setAside: report.setAside.map((s) => ({ ...s, message: s.message.vi, messageEn: s.message.en })) };
  if (!options.explain) return { file, claims, checks, tables, questions, ...setAside };
  const explanations = report.explanations.map((e) => ({
    kind: e.kind,
    message: e.message.vi,
    messageEn: e.message.en,
    claims: e.claims,
    spans: e.spans,
    lines: e.spans.map((s) => lineOf(s.start)),
  }));
  return { file, claims, checks, tables, questions, ...setAside, explanations };
}
