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
  return said.some((text) => CHAINED_BASE.test(headerKey(text)));
}
