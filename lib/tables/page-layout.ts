import { isBlankCell } from './collapse-whitespace';
import { filledCells } from './note-rows';
import type { Column } from './types';

/*
 * Yearbook tables keyed from the printed page into a sheet: the table's number in a cell of its own left of the title,
 * which leaves its column empty below the title and the rows' names in the next column.
 */

type Records = readonly (readonly string[])[];

// Grammar: table-number := ( ( "biểu" | "bảng" | "table" ) space+ )? digits{1,3} letter? "."? — a yearbook table's number
// Example: "78", "8.", "Biểu 30", "12a".
const TABLE_NUMBER = /^(?:(?:biểu|bảng|table)\s+)?\d{1,3}[a-z]?\.?$/iu;

/** Least words of a title beside its table number. */
const MIN_TITLE_WORDS = 4;

/**
 * A yearbook table's title line keyed with its number in a cell of its own ("78 | Tổng mức bán lẻ hàng hoá … phân theo
 * ngành kinh doanh"): two cells, the number first, then words. It is the title, never a header over years down.
 *
 * @example
 * isNumberedTitle(['78', 'Tổng mức bán lẻ hàng hoá theo ngành kinh doanh', '']) // true
 */
export function isNumberedTitle(record: readonly string[]): boolean {
  const cells = filledCells(record);
  return cells.length === 2 && TABLE_NUMBER.test(cells[0] ?? '') && (cells[1] ?? '').split(/\s+/u).length >= MIN_TITLE_WORDS;
}

/** Most body records looked at to tell which unnamed column holds the rows' names. */
const NAME_PROBE_RECORDS = 50;

/**
 * A header with no indicator cell takes its first unnamed column as the rows' names (header-columns.ts). A yearbook
 * table keyed with its number left of its title ("48 | Cơ cấu chi ngân sách địa phương") leaves that column empty
 * below the title, and prints the names in the next one: when the chosen column is blank in every body record (up to
 * the first blank record) and a later unnamed column left of the values holds text, that column holds the names.
 *
 * @example
 * namesColumnFromBody(records, dataStart, columns).find((c) => c.role === 'indicator')?.index // 1
 */
export function namesColumnFromBody(records: Records, dataStart: number, columns: Column[]): Column[] {
  const chosen = columns.find((c) => c.role === 'indicator' && c.header === '');
  if (chosen === undefined) return columns;
  const body: (readonly string[])[] = [];
  for (let r = dataStart; r < records.length && body.length < NAME_PROBE_RECORDS; r++) {
    const record = records[r] ?? [];
    if (record.every(isBlankCell)) break;
    body.push(record);
  }
  const holdsText = (index: number): boolean => body.some((record) => !isBlankCell(record[index] ?? ''));
  if (body.length === 0 || holdsText(chosen.index)) return columns;
  const firstValue = columns.findIndex((c) => c.role !== 'other' && c.role !== 'indicator');
  const names = columns.find((c) => c.index > chosen.index && (firstValue < 0 || c.index < firstValue) && c.role === 'other' && c.header === '' && holdsText(c.index));
  if (names === undefined) return columns;
  return columns.map((c) =>
    c.index === chosen.index ? { index: c.index, header: c.header, role: 'other' } : c.index === names.index ? { index: c.index, header: c.header, role: 'indicator' } : c,
  );
}
