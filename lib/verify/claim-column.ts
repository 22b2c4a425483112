import type { ClaimColumn } from '../claims/parse-claim';
import { headerKey } from '../tables/header-key';
import { AVERAGE_HEADER } from '../tables/recognize-columns';
import type { ReportTable } from '../tables/types';

// Grammar: PERCENT_HEADER = "(" [space] "%" [space] ")" [space] end of the header.
// Example: "Năm 2013 so với năm 2012 (%)" ends with it; "Tỷ lệ (%) năm 2013" does not.
const PERCENT_HEADER = /\(\s*%\s*\)\s*$/u;

// Grammar: BASE_100 = "=" [space] "100", not followed by a digit or a decimal mark and digit.
// Example: "Năm trước = 100", "(Năm 2010=100)".
const BASE_100 = /=\s*100(?![\d]|[.,]\d)/u;

/**
 * What a report table's claim column holds (spec §2b, table-csv.md): `index` when the reader gave it the role
 * `index`, when its header ends in `(%)` or says "… = 100", or when the title, a note or a section row says
 * "Năm trước = 100"; `average` when its header names an average rate ("Tốc độ tăng bình quân … (%)"); otherwise
 * `comparison`. In an index column a bare `99,72` is the index of the later year on the earlier.
 *
 * @example
 * claimColumnOf(table) // 'index' for the header "Năm 2016 so với năm 2015 (%)"
 */
export function claimColumnOf(table: Pick<ReportTable, 'columns' | 'title' | 'sections' | 'notes'>): ClaimColumn {
  const claimHeader = table.columns.find((c) => c.role === 'claim' || c.role === 'index')?.header ?? '';
  if (AVERAGE_HEADER.test(headerKey(claimHeader))) return 'average';
  if (table.columns.some((c) => c.role === 'index')) return 'index';
  const header = table.columns.find((c) => c.role === 'claim')?.header ?? '';
  if (PERCENT_HEADER.test(header) || BASE_100.test(header)) return 'index';
  if (table.title !== null && BASE_100.test(table.title)) return 'index';
  if (table.notes.some((note) => BASE_100.test(note))) return 'index';
  return table.sections.some((s) => BASE_100.test(s.title)) ? 'index' : 'comparison';
}
