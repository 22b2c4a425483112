import { parseClaim } from '../claims/parse-claim';
import { foldDiacritics } from '../claims/normalize-text';
import { formatNumber } from '../numbers/format-number';
import { repairSeries } from '../numbers/repair-ambiguous';
import type { Measured, ParsedNumber, RepairedValue } from '../numbers/types';
import type { ReportTable, TableRow, ValueCell } from '../tables/types';
import type { RowResult } from './result';
import { verifyClaim } from './verify-claim';

type OkNumber = Extract<ParsedNumber, { ok: true }>;

/** Known values of one indicator by year, used to repair ambiguous cells by series continuity. */
export type SeriesIndex = ReadonlyMap<string, readonly { readonly year: number; readonly parsed: OkNumber }[]>;

const INDICATOR_ID_HEADERS = new Set(['ma chi tieu', 'ma', 'indicator_id', 'indicator id', 'id']);

/**
 * The row's `Mã chỉ tiêu` (indicator id) when the table has such a column.
 *
 * @example
 * indicatorIdOf(row) // 'san-luong-luong-thuc'
 */
export function indicatorIdOf(row: TableRow): string | null {
  for (const [header, value] of Object.entries(row.extras)) {
    if (INDICATOR_ID_HEADERS.has(foldDiacritics(header)) && value.trim() !== '') return value.trim();
  }
  return null;
}

function okCell(cell: ValueCell | null | undefined): OkNumber | null {
  return cell && cell.parsed.ok ? cell.parsed : null;
}

/** Reads every value of the row, applying series continuity when one of them is ambiguous. */
function resolveRowValues(row: TableRow, id: string | null, series: SeriesIndex): Map<number, RepairedValue> {
  const own: { year: number; parsed: OkNumber }[] = [];
  for (const [yearText, cell] of Object.entries(row.values)) {
    const parsed = okCell(cell);
    if (parsed) own.push({ year: Number(yearText), parsed });
  }
  const resolved = new Map<number, RepairedValue>();
  if (!own.some((p) => p.parsed.ambiguous)) {
    for (const p of own) resolved.set(p.year, { value: p.parsed.value, decimals: p.parsed.decimals });
    return resolved;
  }
  const others = (id ? series.get(id) : undefined) ?? [];
  const ownYears = new Set(own.map((p) => p.year));
  const context = others.filter((p) => !ownYears.has(p.year) && !p.parsed.ambiguous);
  const repaired = repairSeries([...own, ...context]);
  own.forEach((p, i) => {
    const r = repaired[i];
    if (r) resolved.set(p.year, r);
  });
  return resolved;
}

/**
 * Data-quality warnings for ambiguous cells (`147.210`). A cell read as a decimal by series
 * continuity always gets one; a cell kept as thousands gets one only when the other reading
 * would change the verdict, so plain thousands (`3.407`) do not drown the real findings.
 */
function qualityWarnings(
  row: TableRow,
  values: Map<number, RepairedValue>,
  verdictUnder: (decimalYears: ReadonlySet<number>) => string,
  verdict: string,
): string[] {
  const warnings: string[] = [];
  // Reading every ambiguous cell of the row the other way: a ratio of two such cells is unchanged,
  // so only a row that mixes readings can change its verdict.
  const keptYears = new Set([...values].filter(([, v]) => v.ambiguous && v.repair !== 'decimal-reading').map(([y]) => y));
  const other = keptYears.size > 0 ? verdictUnder(keptYears) : verdict;
  for (const [year, v] of values) {
    if (!v.ambiguous) continue;
    const raw = row.values[year]?.raw ?? '';
    const decimal = formatNumber(v.ambiguous.decimal.value, v.ambiguous.decimal.decimals);
    const thousands = formatNumber(v.ambiguous.thousands.value, 0);
    if (v.repair === 'decimal-reading') {
      warnings.push(
        `Năm ${year}: "${raw}" có thể đọc hai cách; đọc là ${decimal} (số thập phân) vì nếu đọc là ${thousands} thì lệch khoảng 1000 lần so với các năm khác`,
      );
      continue;
    }
    if (other !== verdict) {
      warnings.push(
        `Năm ${year}: "${raw}" có thể đọc hai cách; đang đọc là ${thousands}, nếu là ${decimal} thì kết quả đổi thành "${other}"`,
      );
    }
  }
  return warnings;
}

function round4(x: number | null): number | null {
  return x === null ? null : Math.round(x * 1e4) / 1e4;
}

/** For a row without a claim: the ratio and the change, for display only (spec §3, verdict `none`). */
function describeChange(from: Measured | null, to: Measured | null): { computed: number; message: string } | null {
  if (!from || !to || from.value <= 0) return null;
  const ratio = to.value / from.value;
  const pct = (ratio - 1) * 100;
  return {
    computed: round4(ratio) ?? ratio,
    message: `${formatNumber(to.value, to.decimals)} / ${formatNumber(from.value, from.decimals)} = ${formatNumber(ratio, 2)} lần (${pct >= 0 ? 'tăng' : 'giảm'} ${formatNumber(Math.abs(pct), 1)}%)`,
  };
}

function measured(v: RepairedValue | undefined): Measured | null {
  return v ? { value: v.value, decimals: v.decimals } : null;
}

/**
 * Checks every claim of a report table (spec §3) and returns the spec §4 result rows.
 * Section rows are not checked; rows without a claim get verdict `none`.
 *
 * @example
 * verifyReportTable(table).map((r) => r.verdict) // ['match', 'match', …]
 */
export function verifyReportTable(table: ReportTable, series: SeriesIndex = new Map()): RowResult[] {
  return table.rows.map((row) => verifyRow(table, row, series));
}

function verifyRow(table: ReportTable, row: TableRow, series: SeriesIndex): RowResult {
  const id = indicatorIdOf(row);
  const values = resolveRowValues(row, id, series);
  const claim = row.claim && row.claim.trim() !== '' ? parseClaim(row.claim) : null;
  const isPlan = claim?.ok === true && claim.kind === 'plan';
  const compare = table.compare;

  let from: RowResult['from'] = null;
  let to: RowResult['to'] = null;
  let fromValue: Measured | null = null;
  let toValue: Measured | null = null;
  let years: number | null = null;

  if (isPlan || (compare === null && row.plan !== null)) {
    const year = compare?.to ?? table.years[table.years.length - 1] ?? null;
    const plan = okCell(row.plan);
    fromValue = plan ? { value: plan.value, decimals: plan.decimals } : null;
    toValue = year !== null ? measured(values.get(year)) : null;
    if (year !== null) {
      from = { year, value: fromValue?.value ?? null };
      to = { year, value: toValue?.value ?? null };
    }
  } else if (compare) {
    fromValue = measured(values.get(compare.from));
    toValue = measured(values.get(compare.to));
    from = { year: compare.from, value: fromValue?.value ?? null };
    to = { year: compare.to, value: toValue?.value ?? null };
    years = compare.to - compare.from;
  }

  const v = verifyClaim({ from: fromValue, to: toValue, unit: row.unit, years, claim });
  const verdictUnder = (decimalYears: ReadonlySet<number>): string => {
    const pick = (year: number | undefined, current: Measured | null): Measured | null => {
      const amb = year !== undefined && decimalYears.has(year) ? values.get(year)?.ambiguous : undefined;
      return amb ? amb.decimal : current;
    };
    const alt = verifyClaim({
      from: isPlan ? fromValue : pick(from?.year, fromValue),
      to: pick(to?.year, toValue),
      unit: row.unit,
      years,
      claim,
    });
    return alt.verdict;
  };
  const display = v.verdict === 'none' ? describeChange(fromValue, toValue) : null;
  return {
    file: table.file,
    row: row.line,
    stt: row.stt,
    indicatorId: id,
    indicator: row.indicator,
    unit: row.unit,
    section: row.section,
    from,
    to,
    claim: row.claim,
    kind: v.claim?.kind ?? null,
    verdict: v.verdict,
    computed: display ? display.computed : round4(v.computed),
    message: display ? display.message : v.message,
    expected: v.expected,
    implied: v.implied,
    source: row.note,
    warnings: qualityWarnings(row, values, verdictUnder, v.verdict),
  };
}
