import { isChainedIndexRow } from '../tables/chained-index';
import { headerKey } from '../tables/header-key';
import { tablePart } from '../tables/table-part';
import { claimColumnOf } from './claim-column';
import { idHeaderOf, indicatorIdOf } from './indicator-id';
import { claimReaderOf, type ClaimReader } from './row-claim';
import type { ClaimColumn } from '../claims/parse-claim';
import type { Lang, Localized } from '../i18n/lang';
import { formatNumber } from '../numbers/format-number';
import { repairSeries } from '../numbers/repair-ambiguous';
import type { Measured, ParsedNumber, RepairedValue } from '../numbers/types';
import type { ReportTable, TableRow, ValueCell } from '../tables/types';
import { KIND_RULES } from './kind-rules';
import type { RowResult } from './result';
import type { ClaimInput } from './types';
import { readValueUnitSign } from './value-unit';
import { verifyClaim } from './verify-claim';
import { ambiguousWarnings } from './ambiguous-warnings';

type OkNumber = Extract<ParsedNumber, { ok: true }>;

/** Known values of one indicator by year, used to repair ambiguous cells by series continuity. */
export type SeriesIndex = ReadonlyMap<string, readonly { readonly year: number; readonly parsed: OkNumber }[]>;

function okCell(cell: ValueCell | null | undefined): OkNumber | null {
  return cell && cell.parsed.ok ? cell.parsed : null;
}

/**
 * The values of a row by year when one of its cells is ambiguous (`147.210`): series continuity
 * decides its reading, using the row's other years and the indicator's values elsewhere.
 * `null` when no cell is ambiguous: the row's cells are then read as they are (see valueAt).
 */
function resolveRowValues(
  row: TableRow,
  years: readonly number[],
  id: string | null,
  series: SeriesIndex,
): Map<number, RepairedValue> | null {
  let ambiguous = false;
  for (const year of years) {
    const parsed = okCell(row.values[year]);
    if (parsed?.ambiguous) {
      ambiguous = true;
      break;
    }
  }
  if (!ambiguous) return null;
  const own: { year: number; parsed: OkNumber }[] = [];
  for (const year of years) {
    const parsed = okCell(row.values[year]);
    if (parsed) own.push({ year, parsed });
  }
  const ownYears = new Set(own.map((p) => p.year));
  const context = ((id ? series.get(id) : undefined) ?? []).filter((p) => !ownYears.has(p.year) && !p.parsed.ambiguous);
  const repaired = repairSeries([...own, ...context]);
  const resolved = new Map<number, RepairedValue>();
  own.forEach((p, i) => {
    const r = repaired[i];
    if (r) resolved.set(p.year, r);
  });
  return resolved;
}

/** The value of a row in a year: the repaired reading when the row had an ambiguous cell, else the cell's own. */
function valueAt(row: TableRow, repaired: Map<number, RepairedValue> | null, year: number): Measured | null {
  if (repaired !== null) return measured(repaired.get(year));
  const parsed = okCell(row.values[year]);
  // The parsed cell itself: the checker reads only `value` and `decimals`, and copies it where it keeps it.
  return parsed;
}

export const CHANGE_WORDS: Readonly<
  Record<Lang, { readonly times: string; readonly up: string; readonly down: string; readonly points: string; readonly same: string }>
> = {
  vi: { times: 'lần', up: 'tăng', down: 'giảm', points: 'điểm phần trăm', same: 'không đổi' },
  en: { times: 'times', up: 'up', down: 'down', points: 'percentage points', same: 'unchanged' },
};

// Grammar (folded): index-word := "chi so" | "=" space? "100" | "index" — an index, whose ratio between two years is a
//   change, in the table's title, the row's name or its section
// Example: "Chỉ số phát triển GRDP (Năm 2010 = 100)" and "Chỉ số giá tiêu dùng so với kỳ gốc" are indices; "Tỷ lệ hộ
//          nghèo" and "Cơ cấu - Structure (%)" are not.
const INDEX_WORD = /chi so|= ?100|\bindex/u;

/** Whether a row's change between two years is a difference in points: a rate or a share in %, not an index. */
function changesInPoints(table: ReportTable, row: TableRow): boolean {
  if (readValueUnitSign(row.unit) !== '%') return false;
  return ![table.title, row.indicator, row.section].some((text) => text !== null && INDEX_WORD.test(headerKey(text)));
}

/**
 * For a row without a claim: the ratio and the change, for display only (spec §3, verdict `none`). A rate or a share in %
 * (`inPoints`) changes by a difference in points, not by a ratio of two rates.
 *
 * @example
 * describeChange({ value: 10.6, decimals: 1 }, { value: 39.8, decimals: 1 }).en // "39,8 / 10,6 = 3,75 times (up 275,5%)"
 * describeChange({ value: 49.23, decimals: 2 }, { value: 48.67, decimals: 2 }, true).vi // "48,67 − 49,23: giảm 0,56 điểm phần trăm"
 */
export function describeChange(from: Measured, to: Measured, inPoints = false): Localized {
  if (inPoints) {
    const decimals = Math.max(from.decimals, to.decimals);
    const diff = to.value - from.value;
    const head = `${formatNumber(to.value, to.decimals)} − ${formatNumber(from.value, from.decimals)}`;
    const size = formatNumber(Math.abs(diff), decimals);
    // A difference that rounds to 0 at the printed decimals is no change.
    const zero = Number(Math.abs(diff).toFixed(decimals)) === 0;
    const points = (w: (typeof CHANGE_WORDS)[Lang]): string => `${head}: ${zero ? w.same : `${diff > 0 ? w.up : w.down} ${size} ${w.points}`}`;
    return { vi: points(CHANGE_WORDS.vi), en: points(CHANGE_WORDS.en) };
  }
  const ratio = to.value / from.value;
  const pct = (ratio - 1) * 100;
  const head = `${formatNumber(to.value, to.decimals)} / ${formatNumber(from.value, from.decimals)} = ${formatNumber(ratio, 2)}`;
  const change = formatNumber(Math.abs(pct), 1);
  const line = (w: (typeof CHANGE_WORDS)[Lang]): string => `${head} ${w.times} (${pct >= 0 ? w.up : w.down} ${change}%)`;
  return { vi: line(CHANGE_WORDS.vi), en: line(CHANGE_WORDS.en) };
}

/** Words of the display of a value against its plan, by language. */
const PLAN_WORDS: Readonly<Record<Lang, string>> = { vi: 'kế hoạch', en: 'of the plan' };

/**
 * For a row without a claim in a plan table: the value as a percentage of its plan, for display only.
 *
 * @example
 * describePlanShare({ value: 27, decimals: 0 }, { value: 27.5, decimals: 1 }).vi // "27,5 / 27 = 101,9% kế hoạch"
 */
export function describePlanShare(plan: Measured, actual: Measured): Localized {
  const head = `${formatNumber(actual.value, actual.decimals)} / ${formatNumber(plan.value, plan.decimals)} = ${formatNumber((actual.value / plan.value) * 100, 1)}%`;
  return { vi: `${head} ${PLAN_WORDS.vi}`, en: `${head} ${PLAN_WORDS.en}` };
}

function measured(v: RepairedValue | undefined): Measured | null {
  return v ? { value: v.value, decimals: v.decimals } : null;
}

/** What the checks of one table share: claims already parsed (tables repeat their claim texts). */
interface TableContext {
  readonly table: ReportTable;
  readonly series: SeriesIndex;
  readonly claims: ClaimReader;
  /** The readers of rows whose block says how their bare figures read (a yearbook's index or growth block). */
  readonly rowClaims: Map<ClaimColumn, ClaimReader>;
  /** `period` when the table speaks of a part of each year (table-part.ts): its bases are "kỳ gốc", not "năm gốc". */
  readonly basePeriod: 'year' | 'period';
}

/** The claim reader of one row: its block's, else its table's. */
function readerOf(context: TableContext, row: TableRow): ClaimReader {
  const column = row.claimColumn;
  if (column === undefined) return context.claims;
  let reader = context.rowClaims.get(column);
  if (reader === undefined) {
    reader = claimReaderOf(column);
    context.rowClaims.set(column, reader);
  }
  return reader;
}

/** A row of indices on the period before, with no claim: no ratio of two of them is shown (it would read as a change). */
const CHAINED_MESSAGE: Localized = {
  vi: 'Mỗi giá trị là chỉ số so với kỳ trước (kỳ trước = 100): tỷ số giữa hai năm không phải là mức thay đổi nên không tính.',
  en: 'Each value is an index on the period before (previous period = 100): the ratio of two years is no change, so none is computed.',
};

/** A row split by an unquoted decimal comma: its claim may be cut, so no verdict is given. */
const CUT_MESSAGE = {
  vi: 'Dòng này có nhiều ô hơn dòng tiêu đề (có thể do dấu phẩy thập phân không nằm trong ngoặc kép): nhận định có thể bị cắt nên không kiểm tra. Hãy lưu lại tệp với dấu ; làm dấu phân cách.',
  en: 'This row has more cells than the header (a decimal comma may be outside quotes): the claim may be cut, so it is not checked. Save the file again with ; as the delimiter.',
} as const;

/** A row with a stray cell in a file that no decimal comma splits (`;`): its values may be shifted, so no verdict is given. */
const STRAY_MESSAGE = {
  vi: 'Dòng này có nhiều ô hơn dòng tiêu đề (có một ô thừa): các số có thể bị lệch cột nên nhận định không được kiểm tra. Hãy xóa ô thừa.',
  en: 'This row has more cells than the header (a stray cell): its numbers may be shifted by a column, so the claim is not checked. Delete the stray cell.',
} as const;

/**
 * Checks every claim of a report table (spec §3) and returns the spec §4 result rows.
 * Section rows are not checked; rows without a claim get verdict `none` and still show their change.
 *
 * @example
 * verifyReportTable(table).map((r) => r.verdict) // ['match', 'match', …]
 */
export function verifyReportTable(table: ReportTable, series: SeriesIndex = new Map()): RowResult[] {
  const idHeader = idHeaderOf(table.rows[0]);
  // A monthly report's table speaks of a part of each year (table-part.ts): every row says which.
  const part = tablePart(table);
  const context: TableContext = { table, series, claims: claimReaderOf(claimColumnOf(table)), rowClaims: new Map(), basePeriod: part === '' ? 'year' : 'period' };
  const rows = table.rows;
  const results = new Array<RowResult>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as TableRow;
    const result = verifyRow(context, row, indicatorIdOf(row, idHeader));
    results[i] = part === '' ? result : { ...result, period: part };
  }
  return results;
}

/** The result of a row whose claim may have been cut by the delimiter: `unparsed`, with the reason as a warning. */
function cutResult(table: ReportTable, row: TableRow, id: string | null, from: RowResult['from'], to: RowResult['to']): RowResult {
  const message = table.meta.delimiter === ',' ? CUT_MESSAGE : STRAY_MESSAGE;
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
    kind: null,
    parsed: null,
    verdict: 'unparsed',
    computed: null,
    message: message.vi,
    messageEn: message.en,
    expected: null,
    implied: null,
    source: row.note,
    warnings: [{ code: 'cut-claim', message }],
  };
}

function verifyRow(context: TableContext, row: TableRow, id: string | null): RowResult {
  const { table, series } = context;
  const repaired = resolveRowValues(row, table.years, id, series);
  const compare: ReportTable['compare'] = row.compare ?? table.compare;
  // A row with a cell too many has only a claim to lose: one without a claim is read as it is (its read note says why).
  const cut = row.cut && row.claim !== null && row.claim.trim() !== '';
  const claim = cut ? null : readerOf(context, row)(row.claim, compare);
  // An index compares two years, never a value with its plan, whatever columns the table also has.
  const isIndex = claim?.ok === true && claim.kind === 'index';
  const isPlan =
    !isIndex && ((claim?.ok === true && KIND_RULES[claim.kind].planBase) || compare?.fromPlan === true || (compare === null && row.plan !== null));

  let from: RowResult['from'] = null;
  let to: RowResult['to'] = null;
  let fromValue: Measured | null = null;
  let toValue: Measured | null = null;
  let years: number | null = null;
  if (isPlan) {
    const year = compare?.to ?? table.years[table.years.length - 1] ?? null;
    const plan = okCell(row.plan);
    // A plan printed the same ambiguous way as a value read as a decimal is read so too: one row, one scale
    // ("580.000 | 671.896" beside "547,698": Kiên Giang's tourism, 2019).
    const sameReading = plan?.ambiguous && year !== null && repaired?.get(year)?.repair === 'decimal-reading';
    fromValue = plan ? (sameReading && plan.ambiguous ? plan.ambiguous.decimal : { value: plan.value, decimals: plan.decimals }) : null;
    toValue = year !== null ? valueAt(row, repaired, year) : null;
    if (year !== null) {
      from = { year, value: fromValue?.value ?? null };
      to = { year, value: toValue?.value ?? null };
    }
  } else if (compare) {
    fromValue = valueAt(row, repaired, compare.from);
    toValue = valueAt(row, repaired, compare.to);
    from = { year: compare.from, value: fromValue?.value ?? null };
    to = { year: compare.to, value: toValue?.value ?? null };
    years = compare.to - compare.from;
  }

  const input: ClaimInput = { from: fromValue, to: toValue, unit: row.unit, years, claim, basePeriod: context.basePeriod };
  const v = verifyClaim(input);
  if (cut) return cutResult(table, row, id, from, to);
  const chained = v.verdict === 'none' && isChainedIndexRow(table, row);
  const noClaimChange = v.verdict === 'none' && !chained && fromValue !== null && toValue !== null && fromValue.value > 0;
  // "Kế hoạch năm 2019 | Ước thực hiện năm 2019": a value against its plan is a share of it, not a change.
  const described =
    noClaimChange && fromValue && toValue ? (isPlan ? describePlanShare(fromValue, toValue) : describeChange(fromValue, toValue, changesInPoints(table, row))) : chained ? CHAINED_MESSAGE : v.message;
  const worded = { message: described, expected: v.expected };
  const message = worded.message;
  const warnings =
    repaired !== null && repaired.size > 0
      ? ambiguousWarnings(row, repaired, input, isPlan, from?.year, to?.year, v.verdict)
      : [];
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
    parsed: v.claim,
    verdict: v.verdict,
    // A row without a claim shows its ratio (spec §3); a plan form's message says it as a share of the plan.
    computed: noClaimChange && fromValue && toValue ? Math.round((toValue.value / fromValue.value) * 1e4) / 1e4 : v.computed,
    message: message.vi,
    messageEn: message.en,
    expected: worded.expected,
    implied: v.implied,
    source: row.note,
    warnings,
  };
}
