import { headerKey } from './header-key';
import type { ReportTable, TableRow } from './types';

/*
 * A table of indices on the period before ("Chỉ số phát triển … (Năm trước = 100)", a CPI table's "Tháng trước = 100"):
 * each value is already its year's change, so the ratio of two of them means nothing.
 */

// Grammar (folded): chained-base := ( "nam truoc" | "thang truoc" | "quy truoc" | "ky truoc" | "cung ky" [ " nam truoc" ]
//   | "previous " ( "year" | "month" | "quarter" | "period" ) ) space? "=" space? "100" word-end — a base that moves with
//   each value; an index on one year ("năm 2010 = 100") is not chained, and its ratios are real changes
// Example: "chi so phat trien … (nam truoc = 100)", "thang truoc = 100", "(previous year = 100)"; not "nam 2010 = 100".
const CHAINED_BASE = /(?:nam truoc|thang truoc|quy truoc|ky truoc|cung ky(?: nam truoc)?|previous (?:year|month|quarter|period)) ?= ?100\b/;

/**
 * Whether a row's values are indices on the period before: its table's title or notes, or its section, say so.
 *
 * @example
 * isChainedIndexRow(table, row) // true under "Chỉ số phát triển GRDP (Năm trước = 100)"
 */
export function isChainedIndexRow(table: ReportTable, row: TableRow): boolean {
  const said = [table.title ?? '', ...table.notes, row.section ?? ''];
  return said.some((text) => CHAINED_BASE.test(headerKey(text))) || isChainedIndexTitle(headerKey(table.title ?? ''));
}

// Grammar (folded): chained-title := "chi so" any ( "so voi" space ( "cung ky" | ( "nam" | "thang" | "quy" | "ky" ) " truoc" )
//   | "as compared to the same period" | "over the previous" ) — an index table's title that names the period before
//   as the base in words
// Example: "chi so gia tieu dung … thang 12 so voi cung ky nam truoc"; not "chi so gia … so voi ky goc 2014".
const CHAINED_TITLE = /chi so.*(?:so voi (?:cung ky|(?:nam|thang|quy|ky) truoc)|as compared to the same period|over the previous)/u;

// Grammar (folded): iip-title := "chi so san xuat cong nghiep" with no fixed base ( year " = 100" | "ky goc" ) anywhere — a
//   yearbook's index of industrial production, printed on the year before unless it names its base year
// Example: "(tiep theo) chi so san xuat cong nghiep phan theo nganh cong nghiep"; not "… (nam 2010 = 100)".
const IIP_TITLE = /chi so san xuat cong nghiep/u;
const FIXED_BASE = /(?:19|20|21)\d{2} ?= ?100|ky goc/u;

/** Whether a table's folded title says its indices are each on the period before (see CHAINED_TITLE and IIP_TITLE). */
function isChainedIndexTitle(title: string): boolean {
  return CHAINED_TITLE.test(title) || (IIP_TITLE.test(title) && !FIXED_BASE.test(title));
}
