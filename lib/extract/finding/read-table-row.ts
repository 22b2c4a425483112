import { makeFigure, NUMBER_SOURCE, UNIT_SOURCE, YEAR_SOURCE } from './figure-grammar';
import type { CompareTo, YearValue } from '../types';

/**
 * A PDF reader flattens a report table ("Chỉ tiêu | Đơn vị | Năm 2009 | Năm 2022 | so sánh") into a run of text:
 * "… Năm 2023 so sánh với năm 2012 1 Sản lượng chè Nghìn tấn 12,5 30,1 Tăng 2,4 lần 2 …".
 * A comparison printed right after two bare numbers, under such a header, is a table row.
 */
export interface TableRow {
  /** Offset of the first of the two values, relative to the text given as `before`'s container. */
  readonly valuesStart: number;
  readonly indicator: string | null;
  readonly years: readonly number[];
  readonly compareTo: CompareTo;
  readonly endpoints: { readonly from: YearValue; readonly to: YearValue };
}

// Grammar: two-values-before := number space+ number space* end
// Example: "… Nghìn tấn 12,5 30,1 " ends with the two values 12,5 and 30,1.
const TWO_VALUES_BEFORE = new RegExp(`(?<n1>${NUMBER_SOURCE})\\s+(?<n2>${NUMBER_SOURCE})\\s*$`, 'u');

// Grammar: table-header := ( "năm" space )? year space "so" space ( "sánh" space )? "với" space ( "năm" space )? year
// Example: "Năm 2023 so sánh với năm 2012" → compared year 2023, base year 2012.
const TABLE_HEADER = new RegExp(
  `(?:năm\\s+)?(?<y2>${YEAR_SOURCE})\\s+so\\s+(?:sánh\\s+)?với\\s+(?:năm\\s+)?(?<y1>${YEAR_SOURCE})`,
  'giu',
);

// Grammar: row-unit := unit space* end      (the unit column, printed after the indicator)
// Example: "Sản lượng chè Nghìn tấn" ends with the unit "Nghìn tấn".
const ROW_UNIT = new RegExp(`(?<![\\p{L}\\p{M}])(?<u>${UNIT_SOURCE}|USD)\\s*$`, 'iu');

// Grammar: row-number := digit{1,2} space+ at the start
// Example: "2 Số hộ khá" → "Số hộ khá".
const ROW_NUMBER = /^\d{1,2}\s+/u;

// Grammar: edge-junk := ( space | "," | ";" | ":" | "." )+ at either end
// Example: " Tỷ lệ hộ dùng điện " → "Tỷ lệ hộ dùng điện".
const EDGE_JUNK = /^[\s,;:.]+|[\s,;:.]+$/gu;

/** The last header that ends at or before `limit` (headers are in text order: a binary search). */
function lastHeaderWithin(headers: readonly TableHeader[], limit: number): TableHeader | null {
  let lo = 0;
  let hi = headers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((headers[mid]?.end ?? Infinity) <= limit) lo = mid + 1;
    else hi = mid;
  }
  return headers[lo - 1] ?? null;
}

/** A comparison header found in a clause ("Năm 2023 so sánh với năm 2012"). */
export interface TableHeader {
  /** Where the header ends in the clause. */
  readonly end: number;
  /** The compared year and the base year. */
  readonly to: number;
  readonly from: number;
}

/**
 * Every comparison header of a clause, in order (one pass; a clause's claims share it).
 *
 * @example
 * findTableHeaders('Năm 2023 so sánh với năm 2012 1 Sản lượng chè'); // [{ end: 29, to: 2023, from: 2012 }]
 */
export function findTableHeaders(text: string): TableHeader[] {
  const headers: TableHeader[] = [];
  TABLE_HEADER.lastIndex = 0;
  for (let m = TABLE_HEADER.exec(text); m !== null; m = TABLE_HEADER.exec(text)) {
    headers.push({ end: m.index + m[0].length, to: Number(m.groups?.['y2']), from: Number(m.groups?.['y1']) });
  }
  return headers;
}

/**
 * Reads the table row that ends just before a comparison claim, if the text before it is shaped like one.
 *
 * @param context the clause text before the claim (where the table header is looked for)
 * @param regionStart where this row's text starts in `context` (just after the previous claim)
 * @param headers the clause's comparison headers (findTableHeaders); those ending inside `context` count
 * @example
 * readTableRow('Năm 2023 so sánh với năm 2012 1 Sản lượng chè Nghìn tấn 12,5 30,1 ', 0);
 * // { indicator: 'Sản lượng chè', years: [2023], compareTo: { year: 2012 }, endpoints: { from: { value: 12.5, year: 2012, … }, … } }
 */
export function readTableRow(
  context: string,
  regionStart: number,
  headers: readonly TableHeader[] = findTableHeaders(context),
): TableRow | null {
  const region = context.slice(regionStart);
  const values = TWO_VALUES_BEFORE.exec(region);
  if (values === null) return null;
  const header = lastHeaderWithin(headers, context.length);
  if (header === null) return null;
  const y1 = header.from;
  const y2 = header.to;
  const headerEnd = header.end - regionStart;
  let label = region.slice(Math.max(0, headerEnd), values.index).replace(EDGE_JUNK, '').replace(ROW_NUMBER, '');
  const unitMatch = ROW_UNIT.exec(label);
  const unitText = unitMatch?.groups?.['u'];
  if (unitMatch !== null) label = label.slice(0, unitMatch.index);
  label = label.replace(EDGE_JUNK, '');
  const from = makeFigure(values.groups?.['n1'] ?? '', unitText);
  const to = makeFigure(values.groups?.['n2'] ?? '', unitText);
  if (from === null || to === null) return null;
  return {
    valuesStart: regionStart + values.index,
    indicator: label === '' ? null : label,
    years: [y2],
    compareTo: { year: y1 },
    endpoints: { from: { ...from, year: y1 }, to: { ...to, year: y2 } },
  };
}
