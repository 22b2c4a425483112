import type { ClaimColumn } from '../claims/parse-claim';
import { parseNumber } from '../numbers/parse-number';
import { blockClaimsOf, namesIndex } from '../tables/block-label';
import { headerKey } from '../tables/header-key';
import { AVERAGE_HEADER } from '../tables/recognize-columns';
import type { ReportTable, TableRow } from '../tables/types';

// Grammar: PERCENT_HEADER = "(" [space] "%" [space] ")" [space] end of the header.
// Example: "Năm 2013 so với năm 2012 (%)" ends with it; "Tỷ lệ (%) năm 2013" does not.
const PERCENT_HEADER = /\(\s*%\s*\)\s*$/u;

// Grammar: BASE_100 = "=" [space] "100", not followed by a digit or a decimal mark and digit.
// Example: "Năm trước = 100", "(Năm 2010=100)".
const BASE_100 = /=\s*100(?![\d]|[.,]\d)/u;

// Grammar: NEGATIVE_CELL = start, space*, a minus ("-" | "−" | "–"), space*, a digit.
// Example: "-7,57", "− 0,44" are falls; "7,57" and "Giảm 7,57%" are not bare negatives.
const NEGATIVE_CELL = /^\s*[-−–]\s*\d/u;

/** An index below this is a fall by more than half: a column of bare figures all under it holds rates of growth. */
const LOWEST_INDEX = 50;

/**
 * Whether the bare figures of a column read as indices are rates of growth instead: one of them is negative, or
 * all of them (two at least) are under LOWEST_INDEX ("% 2019 so với 2018": -7,57, 28,33, 2,68 — the tra fish of the
 * Mekong delta, 8 months of 2019).
 */
function holdsGrowthRates(rows: readonly Pick<TableRow, 'claim'>[]): boolean {
  let figures = 0;
  let low = 0;
  for (const row of rows) {
    if (row.claim === null) continue;
    if (NEGATIVE_CELL.test(row.claim)) return true;
    const parsed = parseNumber(row.claim.trim());
    if (!parsed.ok) continue;
    figures++;
    if (parsed.value < LOWEST_INDEX) low++;
  }
  return figures >= 2 && low === figures;
}

/**
 * What a report table's claim column holds (spec §2b, table-csv.md):
 * - `average` when its header names an average rate ("Tốc độ tăng bình quân … (%)");
 * - `growth` when its header names a rise or fall ("Tăng, giảm năm 2019 so với năm 2018 (%)", "Tốc độ tăng (%)");
 * - `index` when the header, the title, a note or a section row says "… = 100" or "chỉ số phát triển";
 * - when the reader gave it the role `index`, its header ends in `(%)`, or the table prints no values (a table of
 *   indices alone): `index`, unless its bare figures are rates of growth (one negative, or all under 50): `growth`;
 * - otherwise `comparison`.
 * In an index column a bare `99,72` is the index of the later year on the earlier; in a growth column `-7,57` is a
 * fall of 7,57 %.
 *
 * @example
 * claimColumnOf(table) // 'index' for the header "Năm 2016 so với năm 2015 (%)" over 101,2 and 98,7
 */
export function claimColumnOf(table: Pick<ReportTable, 'columns' | 'title' | 'sections' | 'notes'> & { readonly rows: readonly Pick<TableRow, 'claim'>[] }): ClaimColumn {
  const claimHeader = table.columns.find((c) => c.role === 'claim' || c.role === 'index')?.header ?? '';
  if (AVERAGE_HEADER.test(headerKey(claimHeader))) return 'average';
  if (blockClaimsOf(claimHeader) === 'growth') return 'growth';
  const based = [claimHeader, table.title ?? '', ...table.notes, ...table.sections.map((s) => s.title)].some((text) => BASE_100.test(text) || namesIndex(text));
  if (based) return 'index';
  const valued = table.columns.some((c) => (c.role === 'year' || c.role === 'estimate') && c.year !== undefined);
  const header = table.columns.find((c) => c.role === 'claim')?.header ?? '';
  const indexed = table.columns.some((c) => c.role === 'index') || PERCENT_HEADER.test(header) || (!valued && claimHeader !== '');
  if (!indexed) return 'comparison';
  return holdsGrowthRates(table.rows) ? 'growth' : 'index';
}
