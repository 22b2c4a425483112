import { headerKey } from '../../tables/header-key';
import { itemNumber } from '../../tables/item-number';
import type { ReportTable, TableRow } from '../../tables/types';
import { standardBreakdownsOf } from './standard-breakdowns';

/*
 * The lists of a table by district that table-totals.ts adds up: the rows after a total, numbered 1, 2, … or each a
 * district, named by its kind ("Huyện Lập Thạch") or under a column of names headed as districts ("Huyện, thành phố").
 */

// Grammar (folded): admin-unit := ( bullet space* )? ( "thanh pho" | "thi xa" | "huyen" | "quan" ) space — a district named by
//   its kind; bullet := "-" | "–" | "+" | "•" | "*"
// Example: "Huyện Lập Thạch", "Thị xã Phú Thọ", "Thành phố Vĩnh Yên", "- Huyện Đắk Glei" (Kon Tum's yearbook) are districts.
const ADMIN_UNIT = /^(?:[-–+•*] *)?(?:thanh pho|thi xa|huyen|quan) /u;

// Grammar (folded): district-column := [ "ten" space ] UNIT ( space* ( "," | "/" | "-" ) space* UNIT )* ; UNIT := "huyen"
//   | "quan" | "thi xa" | "thanh pho" | "tp" | "xa" | "phuong" | "thi tran" | "don vi hanh chinh" — the header of a column
//   of names that says every row is an administrative unit, named or not by its kind
// Example: "Huyện, thành phố" (Nam Định's spring rice, 2018: "Toàn tỉnh" over "Mỹ Lộc", "Vụ Bản", …), "Quận/huyện",
//          "Tên huyện", "Đơn vị hành chính"; not "Chỉ tiêu", nor "Huyện Mỹ Lộc" (a name).
const DISTRICT_COLUMN = /^(?:ten )?(?:huyen|quan|thi xa|thanh pho|tp|xa|phuong|thi tran|don vi hanh chinh)(?: *[,/-] *(?:huyen|quan|thi xa|thanh pho|tp|xa|phuong|thi tran|don vi hanh chinh))*$/u;

/**
 * Whether the table's column of names is headed as a list of administrative units ("Huyện, thành phố").
 *
 * @example
 * namesDistricts(table) // true under "Huyện, thành phố | Diện tích (ha) | …"
 */
export function namesDistricts(table: ReportTable): boolean {
  const names = table.columns.find((c) => c.role === 'indicator');
  return names !== undefined && DISTRICT_COLUMN.test(headerKey(names.header));
}

/**
 * Whether a row is named as a district by its kind ("Huyện …", "Thị xã …", "Thành phố …", "Quận …").
 *
 * @example
 * isDistrictName(row) // true for "Huyện Lập Thạch"
 */
export function isDistrictName(row: TableRow): boolean {
  return ADMIN_UNIT.test(headerKey(row.indicator));
}

/**
 * The rows after a total that are its parts: a numbered list 1, 2, … or a list of districts (named by their kind, or
 * under a column headed as districts, `byDistrict`, with no other breakdown among them); `null` for any other.
 *
 * @example
 * partsAfter(rowsUnderToanTinh, true)?.length // 10: Nam Định's city and nine districts, named without their kind
 */
export function partsAfter(rows: readonly TableRow[], byDistrict: boolean): TableRow[] | null {
  const numbered = rows.filter((r) => itemNumber(r.indicator) !== null);
  if (numbered.length > 0) {
    // The numbers run 1, 2, 3 … without a gap or a repeat: one list, every item of it.
    const runs = numbered.every((r, i) => itemNumber(r.indicator) === i + 1);
    return runs ? numbered : null;
  }
  if (rows.every(isDistrictName)) return [...rows];
  // Under a column headed "Huyện, thành phố" the rows are districts, unless the total is broken down otherwise too
  // ("Thành thị", "Nông thôn" above the districts): such a table is no single list.
  return byDistrict && standardBreakdownsOf(rows).length === 0 ? [...rows] : null;
}
